import { wholeBotSteps, type Step } from './support/botHarness';
import { WHERE, WHEN, HOW_BAD, SET_OFF, BLADDER } from './support/checkQuestions';

// The reply to a person's own first description of their pain: a place and a score told are said back and
// the check starts from there; a change told ("much better today", "worse since last night") gets the progress
// reply, not a greeting or the stock answer; a detail told with doubt ("sort of low?", "6 maybe") is that
// detail, never "not sure where to start".

const botSteps = (steps: Step[], locale = 'en-GB') => wholeBotSteps(steps, locale);
const OPENED = /only what you haven't told me yet/i;
const NOT_A_DOCTOR = /i'm not a doctor/i;
const STOCK = /what helps most now/i;
const MENU = /not sure where to start/i;
const EASING = /good to hear it's easing/i;
const WORSE = /sorry it's getting worse/i;
const GREETING = /how is your back\?/i;

describe('a first report with a place and a score starts the check with them said back', () => {
  test('the score is not asked again, and the check goes on to what is still missing', async () => {
    await botSteps([['lower back on the right, about a 5', [OPENED, NOT_A_DOCTOR, /got it:/i, /right side/i, /5 out of 10/i, WHEN], [STOCK, HOW_BAD, WHERE]]]);
  });
});

describe('a report with no score, or one that asks, is still answered first with the check offered', () => {
  test.each(['my back is killing me', 'back has gone into spasm again', 'lower back sore since monday, should I use ice or heat?'])('%s', async (said) => {
    await botSteps([[said, [], [OPENED, HOW_BAD, WHERE]]]);
  });
});

describe('a change told at the start is answered as progress, whatever else the words look like', () => {
  test.each<[string, RegExp, string]>([
    ['hi there, my back is loads better today than it was at the weekend', EASING, 'en-NZ'],
    ['hiya, back is much better today, only about a 2 now when yesterday it was an 8', EASING, 'en-AU'],
    ['my back has got worse since last night', WORSE, 'en-CA'],
  ])('%s', async (said, reply, locale) => {
    await botSteps([[said, [reply], [GREETING, STOCK, OPENED, MENU]]], locale);
  });

  test('what only moves the pain is no change: "worse when I stand" gets no progress reply', async () => {
    await botSteps([['my lower back is worse when I stand up from the sofa', [], [WORSE, EASING]]]);
  });
});

describe('a detail told with doubt is that detail, never the "not sure where to start" menu', () => {
  test('a place said with doubt after the offer', async () => {
    await botSteps([
      ['my back is killing me', [STOCK]],
      ['sort of low down? both sides maybe', [/got it:/i, /lower back, both sides/i, HOW_BAD], [MENU, WHERE]],
    ]);
  });

  test('a score said with doubt beside "no idea what caused it"', async () => {
    await botSteps([
      ['my back has seized up', [STOCK]],
      ['no clue what started it, 6 maybe', [/6 out of 10/i, WHERE], [MENU, HOW_BAD]],
    ]);
  });

  test('inside the check: hedged answers are read as the detail, a "not sure" moves on', async () => {
    await botSteps([
      ['check my symptoms please', [WHERE]],
      ['mostly on the right i think', [WHEN], [WHERE, MENU]],
      ['honestly not sure', [HOW_BAD], [WHEN, MENU]],
      ['hmm maybe 4? or 5', [SET_OFF], [HOW_BAD, MENU]],
      ['no idea what did it', [BLADDER], [SET_OFF, MENU]],
    ]);
  });
});
