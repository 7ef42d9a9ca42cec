import { runSteps } from './support/botHarness';
import { BLADDER, HOW_BAD, LEGS, SET_OFF, WHEN, WHERE } from './support/checkQuestions';

// Round 42 (acts): blanket noes said in more ways, a no said on coming back from a pause, easing told
// with the remedy it came after, and a question relayed for someone else. Each row: [user says, the reply
// must match all of these, and none of these]. Wording is our own.

const RESULT = /Here's what I heard/;
const LATER_GROUP = /serious accident or fall|chest pain/i;

describe('a no to every safety question left, said without "the" or with the answer first', () => {
  test.each(['nah, no for any others', 'the remaining ones are all no', 'others are all a no thanks'])('"%s" at the legs question gives the result', async (said) => {
    await runSteps([
      ['check my symptoms', [WHERE]],
      ['low back since saturday, a 4, hoovering', [BLADDER]],
      ['no', [LEGS]],
      [said, [RESULT], [LATER_GROUP]],
    ]);
  });

  test('a plain "no" at the legs question still asks the next one', async () => {
    await runSteps([
      ['check my symptoms', [WHERE]],
      ['low back since saturday, a 4, hoovering', [BLADDER]],
      ['no', [LEGS]],
      ['no', [LATER_GROUP], [RESULT]],
    ]);
  });
});

describe('a no to the safety questions told beside the details', () => {
  test('"..., no to any of the safety questions" skips them: only what is missing is asked', async () => {
    await runSteps([
      ['check my symptoms', [WHERE]],
      ['right side low down, about a 5, and no to any of the safety questions', [WHEN], [BLADDER, LEGS]],
      ['since friday', [SET_OFF]],
      ['gardening', [RESULT], [BLADDER, LEGS]],
    ]);
  });

  test('with an exception it is no blanket no', async () => {
    await runSteps([
      ['check my symptoms', [WHERE]],
      ['right side low down, about a 5, no to the safety questions except one', [WHEN]],
      ['since friday', [SET_OFF]],
      ['gardening', [BLADDER]],
    ]);
  });
});

describe('back from a pause with the answer to the waiting question', () => {
  test('"back now. no to that one as well" answers the legs question and goes on', async () => {
    await runSteps([
      ['check my symptoms', [WHERE]],
      ['low back since saturday, a 4, hoovering', [BLADDER]],
      ['no', [LEGS]],
      ['hang on, door', [/take your time/i]],
      ['back now. no to that one as well', [/Picking up where we left off/, LATER_GROUP], [LEGS]],
    ]);
  });

  test('back with no answer: the waiting question is asked again', async () => {
    await runSteps([
      ['check my symptoms', [WHERE]],
      ['low back since saturday, a 4, hoovering', [BLADDER]],
      ['no', [LEGS]],
      ['hang on, door', [/take your time/i]],
      ["ok i'm back", [/Picking up where we left off/, LEGS]],
    ]);
  });
});

describe('easier since a remedy, told without a word of help: that remedy helped', () => {
  test.each([
    ['loosened up a little after a warm bath last night', /warm water helped/i],
    ['a fair bit easier after my lie down this afternoon', /rest helped/i],
  ])('"%s"', async (said, helped) => {
    await runSteps(
      [
        ['pulled my back carrying a suitcase upstairs', [/heat/i]],
        [said, [helped, /walk/i], [HOW_BAD, /chair/i]],
      ],
      'en-GB',
    );
  });
});

describe('a question relayed for someone else is answered by its subject, not by their pronouns', () => {
  test('a sport question in the third person gets the return-to-sport answer', async () => {
    await runSteps(
      [
        ["my girlfriend's back has locked up and she can't get off the sofa, what should she do", [/./]],
        ["she managed it, she's standing now", [/./]],
        ['she wants to know if she can still play her touch rugby game this evening', [/gradually|lighter/i], [/hands and knees|sturdy chair|all fours/i]],
      ],
      'en-GB',
    );
  });
});
