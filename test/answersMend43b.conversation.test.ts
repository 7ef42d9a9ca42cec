import { wholeBotSteps, type Step } from './support/botHarness';

// mend43b, conversations about answers, by kind (phrasings our own):
// - a cause told as an event in an earlier message outside the symptom check ("she reached down for her
//   shoes") rules out the "first bout over 50 with no clear cause" alarm told later; a habit or a job's
//   duties ("I lift all day at work") is no event, and the alarm stands (triggers.yaml `habitual`);
// - a pet word naming a thing with the next word ("the cat bowl") is no pet: no vet reply
//   (fact-concerns.yaml `notBefore`).
const SEEN_TODAY = /seen today|urgent appointment/i;
const CAUSE_NOTE = /You told me what started it/i;
const VET = /\bvet\b/i;

describe('a cause told before, outside the check', () => {
  test.each<[string, Step[], string?]>([
    ['an event told earlier: the first-bout note, not the same-day alarm', [
      ['my mum is stuck on the bathroom floor with her back, what should I do', [/./]],
      ['she reached down to pick up her slippers and it locked. her legs are ok', [/./]],
      ["she's 71 and this is the first time her back has ever done this", [CAUSE_NOTE], [SEEN_TODAY]],
    ], 'en-GB'],
    ['a habit told earlier is no cause: the alarm stands', [
      ['what can I do for a back spasm', [/./]],
      ['I lift heavy sacks all day at work', [/./]],
      ["I'm 67 and I've never had back pain before in my life", [SEEN_TODAY], [CAUSE_NOTE]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await wholeBotSteps(steps, locale);
  });
});

describe('a pet word naming a thing is no pet', () => {
  test.each<[string, Step[], string?]>([
    ['the bowl, not the cat', [['my back went as I reached down for the cat bowl, what helps?', [/./], [VET]]], 'en-GB'],
    ['the pet itself still gets the vet', [['my dog is limping and yelping, can I give him ibuprofen', [VET]]], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await wholeBotSteps(steps, locale);
  });
});
