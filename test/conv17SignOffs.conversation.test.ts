import { asksSomething } from '../src/triage/yesNo';
import { wholeBotSteps, type Step } from './support/botHarness';

// Set 10's acts kinds, in our own wording: a sign-off that also says what the
// person will do, an apology for a sharp tone, or a last-word "nice one", met
// with a short close rather than a passage or the "no answer" fallback.

const FALLBACK = /not something i can help with|don't have an answer/i;
const WELCOME = /you're welcome/i;
const NO_APOLOGY_NEEDED = /no need to apologise/i;

/** One table of [user says, bot replies] through the whole bot. */
const botSteps = (steps: Step[], locale = 'en-GB') => wholeBotSteps(steps, locale);

describe('"will" with no one named opens a plan, not a question', () => {
  test.each([
    ['lovely, will try that tonight', false],
    ['ok will give the walking a go', false],
    ['will keep you posted', false],
    ['will heat help me sleep', true],
    ['will it get better on its own', true],
  ])('%s -> asks: %s', (text, asks) => {
    expect(asksSomething(text)).toBe(asks);
  });
});

describe('a sign-off after an answer gets a short close', () => {
  test.each<[string, RegExp]>([
    ['Thanks a lot. Will try the heat pack later', WELCOME],
    ['apologies for being grumpy earlier, rough few days at work', NO_APOLOGY_NEEDED],
    ['no, nothing else. nice one', WELCOME],
  ])('%s', async (closing, reply) => {
    await botSteps([
      ['is a warm shower ok for a stiff lower back?', [/heat|warm/i]],
      [closing, [reply], [FALLBACK, /sources:/i]],
    ]);
  });

  test('a thanks that opens a question still gets the answer', async () => {
    await botSteps([
      ['is a warm shower ok for a stiff lower back?', [/heat|warm/i]],
      ['cheers. can I still go swimming with it?', [/swim/i], [WELCOME]],
    ]);
  });

  test('an apology that corrects a detail is read as the correction', async () => {
    await botSteps([
      ['is a warm shower ok for a stiff lower back?', [/heat|warm/i]],
      ["sorry about that, I meant it's my upper back", [], [NO_APOLOGY_NEEDED]],
    ]);
  });
});
