import { testContent } from './support/botHarness';
import { emptyAnswerState, type AnswerState } from '../src/knowledge/answerState';
import type { AnswerPlan } from '../src/knowledge/answerPlanner';
import type { Intent } from '../src/nlu/intents';

// mend47b: an anti-inflammatory a doctor prescribed, or named after other medicines in a list, is one the person
// takes: a painkiller question after it must not offer a second NSAID. A question is still no statement.
const { answers } = testContent();
const ask = (text: string, before: AnswerState = emptyAnswerState()) =>
  answers.planner.plan({ text, intent: 'medication' as Intent, score: 0.9, ranked: [{ intent: 'medication' as Intent, score: 0.9 }], aboutBack: true }, before);
const passageOf = (plan: AnswerPlan) => ('passage' in plan && plan.passage ? plan.passage.id : plan.kind);

describe('a prescribed or listed NSAID is one the person takes', () => {
  test.each<[string, boolean]>([
    ['the gp prescribed me diazepam and naproxen last week', true],
    ['I was given tablets methocarbamol plus diclofenac at the walk-in clinic', true],
    ['i take paracetamol and ibuprofen most days for my knees', true],
    ['doctor gave me celebrex', true],
    ['i took paracetamol, can i take ibuprofen too?', false],
    ['can the doctor give me naproxen?', false],
    ['i take paracetamol but would naproxen work better', false],
  ])('%s: takes an NSAID %s', (text, takes) => {
    expect(ask(text).state.facts.known.takes_nsaid === true).toBe(takes);
  });

  test('paracetamol asked about next is the with-an-NSAID answer, not one that offers ibuprofen', () => {
    const { state } = ask('my doctor prescribed tizanidine and etoricoxib for the spasm');
    const { plan } = ask('and can I have paracetamol for the pain as well?', state);
    expect(passageOf(plan)).toBe('med-paracetamol-with-nsaid');
  });
});
