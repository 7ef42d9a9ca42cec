import { wholeBotSteps, type Step } from './support/botHarness';
import { HOW_BAD, SET_OFF, BLADDER } from './support/checkQuestions';

// The 0-10 question went by without a number (answered with when it started, or a shrug): a question about the
// scale later in the check gets the scale explained and the 0-10 question then; a score said later, at a yes/no
// safety question, is kept and said back, and that question comes again: never "please answer yes or no" alone.

const botSteps = (steps: Step[], locale = 'en-GB') => wholeBotSteps(steps, locale);
const YES_NO_ONLY = /please answer yes, no or not sure/i;
const SCALE = /0 is no pain at all/i;

const untilSafetyQuestion: Step[] = [
  ['can you check my symptoms', [/where is the pain\?/i]],
  ['middle of my lower back', [/when did it start\?/i]],
  ['since sunday night', [HOW_BAD]],
  ['honestly no idea, i have never been good with numbers', []],
];

describe('a score after the 0-10 question went by is kept, not refused', () => {
  test('a rough score at the bladder question is said back and the question asked again', async () => {
    await botSteps([
      ...untilSafetyQuestion,
      ['nothing really, i just bent over', [BLADDER]],
      ['probably around a 6 or 7', [/6|7/, BLADDER], [YES_NO_ONLY]],
      ['no', [], [BLADDER]],
    ]);
  });

  test('a plain "no" at the bladder question still moves on', async () => {
    await botSteps([...untilSafetyQuestion, ['i bent over to tie my shoe', [BLADDER]], ['no', [], [BLADDER, YES_NO_ONLY]]]);
  });

  test('"no, and it is about a 4" at the bladder question is the no, with the score kept', async () => {
    await botSteps([...untilSafetyQuestion, ['i bent over to tie my shoe', [BLADDER]], ['no. its about a 4', [], [BLADDER, YES_NO_ONLY]]]);
  });
});

describe('asking about the scale after the 0-10 question went by', () => {
  test('gets the scale and the 0-10 question, not the next question read as a shrug', async () => {
    await botSteps([
      ['can you check my symptoms', [/where is the pain\?/i]],
      ['lower back, right side', [/when did it start\?/i]],
      ['yesterday', [HOW_BAD]],
      ['friday maybe, it came on slowly', [SET_OFF]],
      ['how would i know what counts as a 4 or a 5', [SCALE, HOW_BAD], [BLADDER]],
      ['a 5 then', [SET_OFF]],
    ]);
  });
});
