import { wholeBotSteps, type Step } from './support/botHarness';
import { saysAlreadyDoing } from '../src/triage/checkAsides';

// Mend 35a, in our own wording: told that the advice just given is already
// being followed or is known already, the bot says so in a line and gives what
// else there is (the rest of the message, or more of the last answer), never
// the passage nearest the message's words (a medicine line for "already") nor
// the stock "simple assistant" apology; a complaint whose rest names a need gets
// that need answered.

const botSteps = (steps: Step[], locale = 'en-GB') => wholeBotSteps(steps, locale);
const COVERED = /that part's covered/i;
const NO_HELP = /sorry that hasn't helped/i;
const STOCK = /simple assistant/i;
const DOUBLING = /one NSAID at a time|double up/i;

describe('the words that say the advice is already followed or known', () => {
  test.each([
    'yep I more or less do that already',
    'been using that for ages',
    'I know all of that',
    'already tried all of it',
    'did the pillow thing already',
  ])('%s', (said) => expect(saysAlreadyDoing(said)).toBe(true));

  test.each([
    'I already booked the physio',
    'i know that it will pass',
    "I'll do it anyway",
    'can I take ibuprofen with my tablets',
  ])('not: %s', (said) => expect(saysAlreadyDoing(said)).toBe(false));
});

describe('after an answer, "already doing that" gets what else there is, not the nearest words', () => {
  test.each(['yep I more or less do that already', 'yeah been doing that for a while'])('sleep answer, then: %s', async (said) => {
    await botSteps([
      ['which way should I lie in bed with this back', [/pillow/i]],
      [said, [COVERED, /bed|heat|mattress/i], [DOUBLING, STOCK]],
    ]);
  });

  test('heat answer, then "I know all that": more of it, with a line first', async () => {
    await botSteps([
      ['heat or cold for a sore back?', [/heat/i]],
      ['i know all of that already', [COVERED, /heat|cold|ice/i], [STOCK]],
    ]);
  });
});

describe('a complaint that names a need gets that need answered', () => {
  test('"I know all that" with work to get to: the work answer', async () => {
    await botSteps([
      ['my lower back went this morning', [/./]],
      ['no good to me, I know all that stuff, I have to keep working', [/covered|hasn't helped/i, /work/i], [STOCK]],
    ]);
  });
});

describe('told it did not help, with nothing to add to that topic: a sorry and other topics, not the stock apology', () => {
  test('after a question no passage answers', async () => {
    await botSteps([
      ['what colour is the sky', [/./]],
      ['did the cushion thing already, it is not helping', [NO_HELP, /pick one/i], [STOCK, COVERED]],
    ]);
  });
});

describe('in the check, a history told instead of the score is kept and this bout\'s start asked, not the number demanded', () => {
  test('comes and goes for months, told when asked how bad', async () => {
    await botSteps([
      ['can you check my symptoms', [/where is the pain/i]],
      ['lower back on the right', [/when did it start/i]],
      ['i think lifting a heavy box did it', [/set off by lifting/i, /how bad/i]],
      ['hard to tell, it keeps coming back on and off', [/when did this time start/i], [/give me a number/i]],
      ['since friday', [/how bad/i]],
    ]);
  });
});
