import { runSteps, type Step } from './support/botHarness';

// A passage that sounds like a question but answers another: the question kind, or what the person passes on, decides.
describe('answers to the question asked, not to one that sounds alike', () => {
  test.each<[string, Step[], string?]>([
    ["a relative's heat pack is not someone else's medicine", [
      ['my partner has an electric heat pad, would warmth help my back?', [/^Heat has the better evidence/], [/prescribed for someone else/]],
    ], 'en-GB'],
    ['tablets from the doctor are their own prescription', [
      ['the GP gave me some tablets and I feel groggy, is that normal?', [], [/prescribed for someone else/]],
    ], 'en-GB'],
    ["someone else's strong painkillers still get that answer", [
      ['can I try a couple of my flatmate\'s tramadol for my back?', [/prescribed for someone else/]],
    ], 'en-GB'],
    ['advice passed on by a friend is checked against the passages', [
      ['heat or cold for a tight lower back?', [/^Heat has the better evidence/]],
      ['my cousin reckons I should get a lumbar brace from the chemist', [/back belts or corsets/], [/What helps most now/]],
    ], 'en-GB'],
  ])('%s', async (_name, steps, locale = 'en-US') => {
    await runSteps(steps, locale);
  });
});
