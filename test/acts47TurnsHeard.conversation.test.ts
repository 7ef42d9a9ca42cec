import { wholeBotSteps, type Step } from './support/botHarness';

// What the person just said is heard: a sign denied with doubt is a no (no check opened for it), a goodbye
// pauses a running check (never its next question), and a turn to the writer's own back opens nothing of the
// other person's pain.
const CHECK_QUESTION = /more questions? after this one/i;
const PAUSED = /paused the symptom check/i;

describe('turns heard as said', () => {
  test.each<[string, Step[], string?]>([
    ['a sign denied with doubt beside a hedged ache: the ache answered, no check opened', [
      ['what should I do for a back spasm before bed? low back, both sides', [/./]],
      ["weak legs? not that I've noticed. a bit of an ache in my left buttock maybe", [/./], [CHECK_QUESTION, /please (call|get seen)/i]],
    ]],
    ['a sign denied plainly after the offer is still the check\'s answer', [
      ['hurt my back at work yesterday, low down', [/check your symptoms/i]],
      ['no numbness, legs fine, about a 6', [CHECK_QUESTION]],
    ]],
    ['a goodbye at a check question pauses the check; the "night" after it is no onset', [
      ['my back hurts, can you check my symptoms', [/where is the pain/i]],
      ['cheers. off to sleep now, night', [PAUSED], [CHECK_QUESTION, /started night/i]],
    ], 'en-GB'],
    ['thanks and going to sleep at the score question: paused, no "give me a number"', [
      ['my back hurts, can you check my symptoms', [/where is the pain/i]],
      ['lower back', [/when did it start/i]],
      ['ok thanks, going to sleep now', [PAUSED], [/number from 0 to 10/i]],
    ]],
    ['an answer said before a goodbye is still heard', [
      ['my back hurts, can you check my symptoms', [/where is the pain/i]],
      ['lower back', [/when did it start/i]],
      ['since monday, gotta go', [/monday/i], [PAUSED]],
    ]],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await wholeBotSteps(steps, locale);
  });
});

describe('a turn to the writer\'s own back', () => {
  test.each<[string, Step[], string?]>([
    ['a check started for the writer does not open with the son\'s side and day', [
      ['my son is 15, he hurt his back at rugby on saturday, right side low down. what should he do?', [/./]],
      ['can he take ibuprofen', [/./]],
      // The son's day is not hers: when hers began is asked.
      ['my own back is killing me now from sitting in the stands, lower back, about a 7', [/when did it start/i], [/right side/i, /saturday/i]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await wholeBotSteps(steps, locale);
  });
});
