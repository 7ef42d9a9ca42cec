import { wholeBotSteps, type Step } from './support/botHarness';

// Answers that fit what was asked (mend43a, our own wording): which side hurts gets the side's answer
// (the same advice either side, and the kidney signs that need a same-day visit), not the age answer.

const cases: Array<[name: string, locale: string, steps: Step[]]> = [
  [
    'asked whether the side matters, the answer is about the side',
    'en-GB',
    [
      ['my lower back went on the left when I lifted a crate yesterday', [/./]],
      ['is it a bad sign that it is only on one side?', [/side makes no difference/i, /in waves/i], [/age alone/i]],
    ],
  ],
];

describe('answers that fit what was asked (mend43a)', () => {
  test.each(cases)('%s', async (_name, locale, steps) => {
    await wholeBotSteps(steps, locale);
  });
});
