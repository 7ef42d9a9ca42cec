// Tables of questions and the passage each must reach, shared by the passage suites: one planner call
// (no dialog) per question, and a guard that no question is itself a passage example (the table would
// then measure memory, not matching).
import { emptyAnswerState } from '../../src/knowledge/answerState';
import { testContent } from './botHarness';

const { understander, answers } = testContent();

/** The passage the planner picks for a first question about the back (or the plan's kind when none). */
export function passageFor(q: string): string {
  const u = understander.understand(q);
  const { plan } = answers.planner.plan({ text: u.text, intent: u.intent, score: u.score, ranked: u.ranked ?? [], aboutBack: true }, emptyAnswerState());
  return 'passage' in plan && plan.passage ? plan.passage.id : plan.kind;
}

/** Questions that must reach their passage, and near questions that must keep theirs. */
export function describePassageTables(title: string, reach: readonly [string, string][], keep: readonly [string, string][]): void {
  describe(title, () => {
    const examples = new Set(answers.library.passages.flatMap((p) => p.examples.map((e) => e.toLowerCase())));

    test('no question here is a passage example (the table would measure memory)', () => {
      expect([...reach, ...keep].map(([q]) => q).filter((q) => examples.has(q.toLowerCase()))).toEqual([]);
    });

    test.each(reach)('%s -> %s', (q, id) => expect(passageFor(q)).toBe(id));

    test.each(keep)('near question keeps its passage: %s -> %s', (q, id) => expect(passageFor(q)).toBe(id));
  });
}
