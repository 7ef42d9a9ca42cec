import { wholeBotSteps, type Step } from './support/botHarness';

// The heart row's sweating and upper back pain told of someone else, one message each, either
// first: the turn that completes the picture is an emergency. Sweat from a hot day with a low back
// told of the writer stays no emergency. Our own wordings.
const EMERGENCY = /^Please call|call 911 for (him|her) now|call 999 for (him|her) now|call 000 for (him|her) now/i;

describe('sweating and upper back pain of someone else, across two messages', () => {
  test.each<[string, string, Step[]]>([
    ['sweating first, the pain next', 'en-GB', [
      ['my father is sweating like anything right now', [], []],
      ['and he says there is an ache right between his shoulder blades', [EMERGENCY]],
    ]],
    ['the pain first, sweating next', 'en-US', [
      ['my wife has had an ache between her shoulder blades for an hour', [], [EMERGENCY]],
      ['she is really sweaty as well now', [EMERGENCY]],
    ]],
    ['a hot day and a low back of the writer stays no emergency', 'en-GB', [
      ['my lower back went when I lifted the lawnmower this morning', [], [EMERGENCY]],
      ['my son is running around in the heat and I am sweaty too', [], [EMERGENCY]],
    ]],
  ])('%s', async (_name, locale, steps) => {
    await wholeBotSteps(steps, locale);
  });
});
