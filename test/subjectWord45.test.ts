/**
 * A question naming a subject one passage is asked about (a word rare among the examples) prefers that passage over a
 * close one sharing only everyday words (readingOrder.ts bySubjectWord). Made-up passages: the mechanism, not the data.
 */
import { WEIGHTS } from '../src/knowledge/answerPlan';
import { PassageMatcher } from '../src/knowledge/passageMatcher';
import type { Passage } from '../src/knowledge/passages';
import type { Scored } from '../src/knowledge/passageRanking';
import { bySubjectWord } from '../src/knowledge/readingOrder';

function passage(id: string, examples: string[], answer = 'An answer.'): Passage {
  return { id, topic: 'nutrition', question: examples[0]!, examples: examples.slice(1), answer, tags: [], next: [], sources: [], evidence: 'low', file: 'test' };
}

const words = (t: string) => t.toLowerCase().split(/\W+/).filter(Boolean);
const generic = passage('generic', ['what can help?', 'how long until it helps', 'anything that helps', 'what helps most']);
const owner = passage('owner', ['is a kettlebell ok?', 'kettlebell swings with a sore back', 'when can i use a kettlebell again']);
// Names the subject in its answer only: it is not asked about it.
const mentions = passage('mentions', ['is lifting ok?', 'lifting with a sore back'], 'Avoid a kettlebell for now.');
// A way of saying that three passages are asked about: not a subject any one of them owns.
const stuck = [1, 2, 3].map((n) => passage(`stuck${n}`, [`topic${n} when wedged?`, `wedged and topic${n}`]));
const matcher = new PassageMatcher([generic, owner, mentions, ...stuck], words);

const at = (p: Passage, sim: number, total = sim): Scored => ({ passage: p, sim, total });
const ok = WEIGHTS.noneMin + 0.1;

const cases: { name: string; text: string; ranked: Scored[]; first: string }[] = [
  { name: 'the passage asked about the subject goes first', text: 'and a kettlebell then', ranked: [at(generic, ok + 0.1), at(owner, ok)], first: 'owner' },
  { name: 'from a little further down the top readings', text: 'and a kettlebell then', ranked: [at(generic, ok + 0.1), at(mentions, ok + 0.05), at(owner, ok)], first: 'owner' },
  { name: 'not when the first reading speaks of the subject (in its answer too)', text: 'and a kettlebell then', ranked: [at(mentions, ok + 0.1), at(owner, ok)], first: 'mentions' },
  { name: 'not for a reading that only names it in its answer', text: 'and a kettlebell then', ranked: [at(generic, ok + 0.1), at(mentions, ok)], first: 'generic' },
  { name: 'not for a reading far behind', text: 'and a kettlebell then', ranked: [at(generic, ok + WEIGHTS.keyWordsReorderFar + 0.05), at(owner, ok)], first: 'generic' },
  { name: 'not for a reading the words hardly fit', text: 'and a kettlebell then', ranked: [at(generic, ok), at(owner, WEIGHTS.noneMin - 0.05)], first: 'generic' },
  { name: 'not for a word many passages are asked about', text: 'and wedged then', ranked: [at(generic, ok + 0.1), at(stuck[0]!, ok)], first: 'generic' },
  { name: 'not for a question naming no rare word', text: 'and it then', ranked: [at(generic, ok + 0.1), at(owner, ok)], first: 'generic' },
];

describe('a question naming a subject prefers the passage asked about it', () => {
  test.each(cases)('$name', ({ text, ranked, first }) => {
    const order = ranked.map((r) => ({ ...r }));
    bySubjectWord(matcher, text, order);
    expect(order[0]!.passage.id).toBe(first);
    expect(order).toHaveLength(ranked.length);
  });
});
