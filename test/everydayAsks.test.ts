import { emptyAnswerState } from '../src/knowledge/answerState';
import { runSteps, testContent, type Step } from './support/botHarness';

// Issue 12 (answers): everyday asks that had no passage of their own, so a neighbouring answer
// (getting into a car, the mattress, the gardening principle, a product's heat patch) spoke instead.
// Each is asked in words that are none of the passages' examples, and reaches its own answer.
describe('an everyday ask reaches the passage written for it', () => {
  const { answers, understander } = testContent();
  const planned = (q: string): string => {
    const u = understander.understand(q);
    const { plan } = answers.planner.plan({ text: u.text, intent: u.intent, score: u.score, ranked: u.ranked ?? [], aboutBack: true }, emptyAnswerState());
    return 'passage' in plan && plan.passage ? plan.passage.id : plan.kind;
  };
  test.each<[string, string]>([
    // A baby in a cot, and settling one at night without lifting.
    ['lifting my son out of his cot with a spasm', 'rest-child-cot'],
    ['how do I pick up my baby from the bassinet with back pain', 'rest-child-cot'],
    // An infant car seat is the baby's weight carried, not getting into the car oneself.
    ['carrying the baby in her car seat from the car to the house hurts my back', 'rest-child-car-seat'],
    // Out of hours: who to call.
    ['who can I call on a Sunday if my back gets worse', 'doctor-out-of-hours'],
    // A chiropractor or an osteopath against a physio.
    ['would a chiropractor or a physio be better for my back', 'alt-chiro-or-physio'],
    // A stick-on heat wrap: the label, the skin.
    ['how long can a stick on heat wrap stay on my back', 'ice-heat-wrap'],
    // Return to a contact sport.
    ['how soon can I get back to tackling in rugby', 'rest-sport-return'],
    // A teenager's painkillers.
    ['what painkiller can my 16 year old take for his back', 'med-teenager'],
  ])('%s -> %s', (q, passage) => {
    expect(planned(q)).toBe(passage);
  });
});

// What the new answers say, in a conversation and by locale: the advice line for the locale, the
// label for a wrap, the prescription followed (never "someone else's"); a cot and a car seat each their own answer.
describe('the new everyday answers say what the notes support', () => {
  test.each<[string, Step[], string?]>([
    ['out of hours in the UK: NHS 111, and 999 for the emergency signs', [
      ['who do I phone if my back gets worse over the bank holiday weekend', [/NHS 111/, /999/]],
    ], 'en-GB'],
    ['out of hours in Canada: a walk-in clinic or 811', [
      ['my family doctor is closed until monday, who can help with my back', [/811/, /walk-in/]],
    ], 'en-CA'],
    ['out of hours in Australia: healthdirect', [
      ['where can I get help at night if my back gets worse', [/healthdirect/, /000/]],
    ], 'en-AU'],
    ['a stick-on wrap: its label and the skin, not "20 minutes"', [
      ['how long can a stick on heat wrap stay on my back', [/label/, /skin/], [/20 minutes/]],
    ], 'en-US'],
    ['a cot, then the infant car seat: each its own answer', [
      ['lifting my son out of his cot with a spasm', [/cot side/, /knees/]],
      ['and carrying him about in the car seat?', [/car seat/, /pram/], [/[Ss]lide the seat back/]],
    ], 'en-GB'],
    ['the chiropractor question answers the chiropractor, with the physio as the usual first choice', [
      ['would a chiropractor or a physio be better for my back', [/chiropractor/, /physio/, /low evidence/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});
