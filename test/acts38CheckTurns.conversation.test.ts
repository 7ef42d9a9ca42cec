import { runSteps, type Step } from './support/botHarness';
import { WHERE, WHEN, HOW_BAD, SET_OFF, BLADDER, LEGS } from './support/checkQuestions';

// Inside the symptom check: a how-to question opened by lead words ("also, wait, how do I ...") is answered and the
// check goes on with what the answer beside it gave; a goodbye after an answer takes the answer and gives the result
// now; a bare score at the cause question, after the 0-10 question went by, is the score; a question about one's own
// last answer with "I meant no" is that no; a yes pointed at an ordinary sign beside a no is no alarm; and a
// correction told before the check started wins over the first telling the check starts from.

const RESULT = /three things to do now|here's my advice now/i;
const CALL_NOW = /call 911 now, or go to the nearest emergency/i;
const CHANGED = /I've changed that/i;
const NOT_PLACED = /don't have a good answer/i;
const LIFT_TIPS = /close to your body/i;

const steps = (rows: Step[], locale = 'en-US') => runSteps(rows, locale);
// The check up to its first safety question, with ordinary answers.
const TO_THE_SAFETY_QUESTIONS: Step[] = [
  ['check my symptoms', [WHERE]],
  ['lower back', [WHEN]],
  ['since friday', [HOW_BAD]],
  ['5', [SET_OFF]],
  ['gardening', [BLADDER]],
];

describe('a question asked in the middle of the check', () => {
  test.each<[string, string]>([
    ['a score, then lead words and a how-to question with no question mark', 'around a 4. also, hang on, how do i lift my toddler without making it worse'],
    ['the lead words alone before the question', 'oh and wait, how should i pick up the shopping bags'],
  ])('%s is answered, not taken as a corrected cause', async (_, said) => {
    await steps([
      ['check my symptoms', [WHERE]],
      ['lower back on the right, since this morning', [HOW_BAD]],
      [said, [LIFT_TIPS], [CHANGED]],
    ]);
  });
});

describe('a goodbye after an answer', () => {
  test.each<string>(['nope, none of them. thanks, got to dash', 'no nothing like that, cheers, need to go'])('%s: the answer is kept and the result comes now', async (said) => {
    await steps([
      ['check my symptoms', [WHERE]],
      ['low down on the left, since lunchtime', [HOW_BAD]],
      ['3', [SET_OFF]],
      ['bending over the bath', [BLADDER]],
      [said, [RESULT], [BLADDER, LEGS]],
    ]);
  });

  test('a goodbye alone still pauses the check with a close', async () => {
    await steps([
      ['check my symptoms', [WHERE]],
      ['low down on the left, since lunchtime', [HOW_BAD]],
      ['got to go, bye', [], [HOW_BAD, RESULT]],
    ]);
  });
});

describe('a bare score after the 0-10 question went by', () => {
  test.each<[string, RegExp]>([
    ['8', /8 out of 10/i],
    ['a 5', /5 out of 10/i],
  ])('%s at the cause question is the score, and the cause is asked again', async (said, kept) => {
    await steps([
      ['check my symptoms', [WHERE]],
      ['middle of my lower back', [WHEN]],
      ['since sunday', [HOW_BAD]],
      ['rather not say', [SET_OFF]],
      [said, [kept, SET_OFF], [/didn't catch/i]],
    ]);
  });

  test('a number at the start question is still read as when it began, not a score', async () => {
    await steps([
      ['check my symptoms', [WHERE]],
      ['lower back', [WHEN]],
      ['3 days', [HOW_BAD], [/3 out of 10/i]],
    ]);
  });
});

describe('a question about their own answer, with what they meant', () => {
  test('"did I press yes ...? I meant no" is a no, never a question for the answers', async () => {
    await steps([
      ...TO_THE_SAFETY_QUESTIONS,
      ['no. hold on, did i just tap yes on that? i meant no', [LEGS], [NOT_PLACED, BLADDER, CALL_NOW]],
    ]);
  });

  test('a blanket no beside that question brings the result', async () => {
    await steps([
      ...TO_THE_SAFETY_QUESTIONS,
      ['no to all of them. wait, did i press yes for the first one? i meant no', [RESULT], [NOT_PLACED, LEGS, CALL_NOW]],
    ]);
  });
});

describe('a yes pointed at an ordinary sign beside a no', () => {
  test('is no alarm: the no answers the question waiting', async () => {
    await steps([
      ...TO_THE_SAFETY_QUESTIONS,
      ['yes no no', [BLADDER]],
      ['that yes was about it hurting more when i sneeze. everything else no', [LEGS], [CALL_NOW]],
    ]);
  });

  test('a yes that names a sign of the question waiting still escalates', async () => {
    await steps([
      ...TO_THE_SAFETY_QUESTIONS,
      ["yes, i can't pee properly since this morning", [CALL_NOW]],
    ]);
  });
});

describe('a correction told before the check', () => {
  test('wins over the first telling when the check starts from it', async () => {
    await steps([
      ['my lower back on the right seized up, it started on tuesday', [/check your symptoms/i]],
      ['sorry, I meant the left side, and it began wednesday not tuesday', [/putting me right/i]],
      ['about a 6', [/left side/i, /wednesday/i, SET_OFF], [/right side/i, /tuesday/i]],
      ['twisting round in the car', [BLADDER]],
      ['no to all of them', [RESULT, /left side/i], [/right side/i]],
    ]);
  });
});
