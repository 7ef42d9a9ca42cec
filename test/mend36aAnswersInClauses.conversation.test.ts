import { wholeBotSteps, type Step } from './support/botHarness';
import { parseOnset } from '../src/triage/symptomParser';

// Set 28's acts kinds, in our own wording: an answer to the check's yes/no question said in
// one sentence of a longer message is taken (after an acknowledgement, beside a question,
// with later questions named), and the same question is not asked again after it.

const botSteps = (steps: Step[], locale = 'en-GB') => wholeBotSteps(steps, locale);
const BLADDER = /new trouble peeing/i;
const LEGS = /weakness in both legs/i;
const INJURY = /serious accident or fall/i;
const RESULT = /three things to do now/i;
const NOTED_FOR_LATER = /noted that for later/i;
const STOPPED = /stopped the symptom check/i;

/** A first report with every detail, up to the first safety question. */
const toSafetyQuestion: Step[] = [['my lower back went yesterday evening, left side, lifting a box, about a 6', [BLADDER]]];

describe('a plain no that opens a later sentence answers the question asked', () => {
  test.each(['ah, got it. nope, and no fever either', 'right, I see. no, no temperature or anything'])('%s', async (said) => {
    await botSteps([...toSafetyQuestion, [said, [LEGS], [BLADDER, NOTED_FOR_LATER]]]);
  });
});

describe('a no to every question left, beside a question about what to do, gives the result', () => {
  test.each(['no to all of those. so what should I be doing, I have a shift on friday', 'none of the rest. ok so what do I do now, work is tomorrow'])('%s', async (said) => {
    await botSteps([...toSafetyQuestion, [said, [RESULT], [BLADDER]]]);
  });

  test('with a "but" beside it, only the question asked is answered', async () => {
    await botSteps([...toSafetyQuestion, ['no to all of them. but my toes feel a bit funny', [LEGS], [RESULT]]]);
  });
});

describe('a no beside "what do I do?" is taken: the short answer, then the next question', () => {
  test.each(['nope. so what do i do in the meantime', 'no. what am I supposed to do till then'])('%s', async (said) => {
    await botSteps([...toSafetyQuestion, [said, [/keep moving gently/i, LEGS], [BLADDER]]]);
  });
});

describe('a no to a later question named by its subject is kept too', () => {
  test.each(['nope, nope, and nope to the legs one as well', 'no, and no to the leg part too'])('%s', async (said) => {
    await botSteps([...toSafetyQuestion, [said, [INJURY], [LEGS, BLADDER]]]);
  });
});

describe('asking what to do tonight is a question, not putting the check off till tonight', () => {
  test('a no to the question asked, the question answered, and the check goes on', async () => {
    await botSteps([...toSafetyQuestion, ['nothing like that. what should i do tonight then', [LEGS], [STOPPED]]]);
  });
});

describe('"this morning" said in the small hours is the morning gone by, not one to come', () => {
  const SMALL_HOURS = new Date(2026, 10, 19, 1, 15, 0);
  const AFTERNOON = new Date(2026, 10, 19, 15, 0, 0);
  test.each<[string, Date, number]>([
    ['it has hurt since around 8 this morning', SMALL_HOURS, 17],
    ['went at 10 this morning bending over', SMALL_HOURS, 15],
    ['it has hurt since around 8 this morning', AFTERNOON, 7],
  ])('%s', (said, now, hours) => {
    expect(Math.round(parseOnset(said, now)?.hours ?? -1)).toBe(hours);
  });

  test('an afternoon still to come is no onset', () => {
    expect(parseOnset('seeing the physio at 4 this afternoon', SMALL_HOURS)).toBeUndefined();
  });
});

describe('a sign asked back after a hedge is a question about it, not a report of it', () => {
  test.each(['not a clue what you mean, numb round the bum? never had that', 'no idea really, going numb when wiping?'])('%s', async (said) => {
    await botSteps([
      ...toSafetyQuestion,
      [said, [/what that can feel like/i, BLADDER], [/call 999/i]],
      ['no, none of that', [LEGS], [/call 999/i]],
    ]);
  });

  test('a hedge beside a sign told as had is still an alarm', async () => {
    await botSteps([...toSafetyQuestion, ['no idea why, but I am numb round the bum?', [/call 999/i]]]);
  });
});

describe('a request to delete the data "after this" is carried out and confirmed', () => {
  test.each(['kindly erase my info after this', 'remove my details after this please'])('%s', async (said) => {
    await botSteps([['is what i type here stored anywhere?', [/store/i]], [said, [/I've deleted what I stored/i], [/automated assistant, not a person/i]]]);
  });
});
