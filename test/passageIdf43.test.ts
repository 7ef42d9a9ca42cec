/**
 * How the answer-passage matcher weighs a word by how rare it is among the examples (IDF,
 * passageMatcher.ts idfOf), and that a passage added to knowledge/passages changes no answer it
 * has nothing to do with: the IDF is measured against a fixed count of examples, so only the new
 * passage's own words move.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAnswers, type Answers } from '../src/knowledge/answers';
import { emptyAnswerState } from '../src/knowledge/answerState';
import { IDF_DOCUMENTS, PassageMatcher, idfOf } from '../src/knowledge/passageMatcher';
import type { Passage } from '../src/knowledge/passages';
import { TextNormalizer } from '../src/nlu/textNormalizer';
import { PATHS } from '../src/paths';
import { testContent } from './support/botHarness';

const { understander, answers, knowledge, redFlags } = testContent();

function passage(id: string, examples: string[]): Passage {
  return { id, topic: 'nutrition', question: examples[0], examples: examples.slice(1), answer: 'An answer.', tags: [], next: [], sources: [], evidence: 'low', file: 'test' };
}

/** A passage of a made-up pastime: it shares everyday words ("ok", "hurts", "stiff") with many passages, and no topic's own word. */
const DUMMY_EXAMPLES = ['Juggling with a sore back?', 'can i juggle with back pain', 'is juggling ok when my back hurts', 'juggling clubs and a stiff back'];

describe('a word one passage alone uses', () => {
  const words = (t: string) => t.toLowerCase().split(/\W+/).filter(Boolean);
  const lone = passage('lone', ['swings?', 'are kettlebell swings ok', 'swings with a bad back', 'can i do swings']);
  const other = passage('other', ['walking or resting?', 'is walking ok', 'should i keep walking', 'resting or walking today']);
  const matcher = new PassageMatcher([lone, other], words);
  const idf = (w: string) => matcher.termsWithIdf(w)[0].idf;

  test('said in one example, it weighs the most a seen word can, 1 + ln(N / 2)', () => {
    expect(idf('kettlebell')).toBeCloseTo(idfOf(1), 12);
    expect(idf('kettlebell')).toBeCloseTo(1 + Math.log(IDF_DOCUMENTS / 2), 12);
  });

  test('said in every example of its one passage, it weighs less: examples are counted, not passages', () => {
    expect(idf('swings')).toBeCloseTo(idfOf(4), 12);
    expect(idf('swings')).toBeLessThan(idf('kettlebell'));
  });

  test('a word no example holds weighs more still in a question, but is no rare word of any passage', () => {
    expect(idf('trampoline')).toBeCloseTo(1 + Math.log(IDF_DOCUMENTS), 12);
    expect(matcher.rarestWordOf('trampoline or kettlebell', lone, 0)).toBe('kettlebel'); // a Porter stem
    expect(matcher.coverage('trampoline', [lone, other])).toEqual([0, 0]);
  });

  test('the count it is weighed against is fixed: another passage leaves its weight alone', () => {
    const more = new PassageMatcher([lone, other, passage('third', ['stretching?', 'can i stretch', 'gentle stretches'])], words);
    expect(more.termsWithIdf('kettlebell walking')).toEqual(matcher.termsWithIdf('kettlebell walking'));
  });
});

// Questions (none a passage example) and the passage each reaches: a fixed table, read with and without the dummy passage.
const TABLE: [string, string][] = [
  ['should I put a hot water bottle on it or frozen peas', 'ice-heat-which'],
  ['is it ok to have a glass of wine with ibuprofen', 'med-alcohol'],
  ['how many days until my back stops seizing up', 'recovery-how-long'],
  ['will magnesium tablets stop the cramping', 'nutrition-magnesium'],
  ['can I still drive to work with my back like this', 'rest-driving-machinery'],
  ['what sleeping position is best for a bad back', 'sleep-positions'],
  ['do I need an x-ray for this', 'diag-scans'],
  ['can a chiropractor fix it', 'alt-misalignment'],
  ['why did my back go into spasm', 'causes-what'],
  ['how do I stop this happening again', 'prevention-habits'],
  ['is bed rest a good idea', 'rest-keep-moving'],
  ['can I mix paracetamol with ibuprofen', 'med-paracetamol-ibuprofen'],
];

function planned(a: Answers, q: string): string {
  const u = understander.understand(q);
  const { plan } = a.planner.plan({ text: u.text, intent: u.intent, score: u.score, ranked: u.ranked ?? [], aboutBack: true }, emptyAnswerState());
  return 'passage' in plan && plan.passage ? plan.passage.id : plan.kind;
}

describe('a passage added to knowledge/passages flips no unrelated answer', () => {
  let dir: string;
  let withDummy: Answers;

  beforeAll(() => {
    // knowledge/ as it is, with one more passage file: everything but passages/ linked, passages/ its files linked plus the dummy.
    dir = mkdtempSync(join(tmpdir(), 'passage-idf-'));
    for (const entry of readdirSync(PATHS.knowledge)) if (entry !== 'passages') symlinkSync(join(PATHS.knowledge, entry), join(dir, entry));
    mkdirSync(join(dir, 'passages'));
    for (const f of readdirSync(join(PATHS.knowledge, 'passages'))) symlinkSync(join(PATHS.knowledge, 'passages', f), join(dir, 'passages', f));
    const [question, ...examples] = DUMMY_EXAMPLES;
    const yaml = ['topic: nutrition', 'passages:', '  - id: test-juggling', `    question: ${question}`, '    examples:', ...examples.map((e) => `      - ${e}`), '    answer: Juggling is a test passage here.', '    sources: [nhs-back-pain]', '    evidence: low', ''];
    writeFileSync(join(dir, 'passages', 'zz-test-juggling.yaml'), yaml.join('\n'));
    withDummy = loadAnswers(dir, knowledge, TextNormalizer.fromDirectory(PATHS.lexicon), (t) => redFlags.factScope(t), (t) => redFlags.wordScope(t));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the dummy passage is loaded and reached by its own question', () => {
    expect(withDummy.library.get('test-juggling')).toBeDefined();
    expect(planned(withDummy, 'is juggling bad for my back')).toBe('test-juggling');
  });

  test('no table question is a passage example (the table would measure memory)', () => {
    const examples = new Set(answers.library.passages.flatMap((p) => p.examples.map((e) => e.toLowerCase())));
    expect(TABLE.map(([q]) => q).filter((q) => examples.has(q.toLowerCase()))).toEqual([]);
  });

  test.each(TABLE)('%s -> %s, with or without it', (q, id) => {
    expect(planned(answers, q)).toBe(id);
    expect(planned(withDummy, q)).toBe(id);
  });

  test('the weight of every word the dummy does not use is unchanged', () => {
    const words = answers.words;
    const before = new PassageMatcher(answers.library.passages, words);
    const after = new PassageMatcher(withDummy.library.passages, words);
    const dummyTerms = new Set(after.termsWithIdf(DUMMY_EXAMPLES.join(' ')).map((t) => t.term));
    const asked = TABLE.map(([q]) => q).join(' ');
    const kept = before.termsWithIdf(asked).filter((t) => !dummyTerms.has(t.term));
    expect(kept.length).toBeGreaterThan(20);
    expect(after.termsWithIdf(asked).filter((t) => !dummyTerms.has(t.term))).toEqual(kept);
  });
});
