import { wholeBotSteps, type Step } from './support/botHarness';

// A report about a leg, written of someone else in one longer sentence, was read as a greeting (the
// intent model's unsure guess, 0.48-0.62 for both rows below before this rule) and got "Hi! How is your back?". A longer one-sentence
// message greets only when the model is sure; real hellos of that length still greet.
const HELLO = /how is your back\?/i;

describe('a greeting needs the model to be sure of a longer sentence', () => {
  test.each<[string, Step[]]>([
    ['a friend\'s leg told after a floor question is no hello', [
      ['my mate pulled his back lifting at the gym and he is stuck lying down, what do we do', [/./]],
      ['my husband says his right leg feels weak', [/./], [HELLO]],
    ]],
    ['an arm told first thing is no hello either', [
      ['his left arm feels tingly and weak', [/./], [HELLO]],
    ]],
    ['a real hello of several words still greets', [
      ['hello there, first time trying this out', [HELLO]],
    ]],
  ])('%s', async (_name, steps) => {
    await wholeBotSteps(steps);
  });
});
