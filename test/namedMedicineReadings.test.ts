import { runSteps, type Step } from './support/botHarness';

// A message that names a medicine is about that medicine, whatever else its words sound like: never the "no warning
// signs" reply to "it's fine", never a passage that speaks of no medicine, and the person's known facts warn first.
describe('a named medicine decides what the message is about', () => {
  test.each<[string, Step[], string?]>([
    ['pregnant, then told an anti-inflammatory is alright: the pregnancy warning, not "good"', [
      ['I am 28 weeks pregnant and my back keeps cramping', [/./]],
      ['my aunt says just take a couple of nurofen, it is fine', [/avoid ibuprofen/], [/none of the warning signs/]],
    ], 'en-GB'],
    ['pregnant, and a naproxen said to be okay by a friend: the NSAID warning first', [
      ['26 weeks pregnant, which way should I lie at night?', [/./]],
      ['my friend says take some aleve it is fine', [/^In pregnancy, avoid/]],
    ], 'en-US'],
    ['no pregnancy or other fact: "it is fine" about a medicine is still no denial of warning signs', [
      ['my neighbour says ibuprofen is fine', [/./], [/none of the warning signs/]],
    ], 'en-US'],
    ['a prescribed muscle relaxant with a how-many question: the medicine, not the same-day list', [
      ['the doctor at urgent care gave me tizanidine. how many can i take', [/label|[Mm]uscle relaxants|prescribed/], [/a past cancer/]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});

// After an emergency instruction, a refusal that names the place ("not going to hospital") is not a plan to go.
describe('a refusal after an escalation is not backed as a plan', () => {
  test.each<[string, Step[], string?]>([
    ['not going to the emergency department: the instruction again, never "the right plan"', [
      ['my back hurts and since this morning I cannot feel anything down there between my legs', [/[Cc]all 911/]],
      ['it is probably nothing, I am not going to the emergency room for that', [/911/], [/right plan/]],
    ], 'en-US'],
    ['going in: still backed', [
      ['my back hurts and since this morning I cannot feel anything down there between my legs', [/[Cc]all 911/]],
      ['ok my partner is taking me to the hospital now', [/right plan/]],
    ], 'en-US'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});
