import { runSteps } from './support/botHarness';
import { BLADDER, HOW_BAD, LEGS, SET_OFF, WHEN, WHERE } from './support/checkQuestions';
import { prepare } from '../src/triage/text';
import { triggerFromPrepared } from '../src/triage/trigger';

// Round 41 (acts): how the symptom check opens and what it keeps. Each row: [user says, the reply must
// match all of these, and none of these]. Wording is our own.

const STARTED = /Let's check your symptoms|I can check for anything that needs one/;

describe('a check taken up after an earlier message keeps this message\'s start, cause and score', () => {
  test('a relative\'s old illness and its date are not when the pain began', async () => {
    await runSteps([
      ['my grandad hurt his spine in a crash about ten years ago. my own back has ached since the weekend', [/check your symptoms/i]],
      ['go on then. low back, since sunday, i was digging the garden', [/started on sunday/i, HOW_BAD], [/years ago/i]],
    ]);
  });
});

describe('a score told with what makes it worse is no cause', () => {
  test.each(['5, maybe 6 when i cough', 'a four. five if i sneeze', '7 whenever i cough'])('"%s" leaves what set it off to be asked', async (score) => {
    await runSteps([
      ['check my symptoms', [WHERE]],
      ['lower back', [WHEN]],
      ['since thursday', [HOW_BAD]],
      [score, [SET_OFF], [BLADDER]],
    ]);
  });

  test.each([
    ['went friday evening pulling wire through the loft', 'pulling wire'],
    ['happened this morning threading a hose', 'threading a hose'],
  ])('"%s": the doing after the time is what set it off', (said, words) => {
    expect(triggerFromPrepared(prepare(said), false)).toEqual({ trigger: 'other', description: words });
  });
});

describe('signs denied before the check are not asked again in it', () => {
  test('"none of that" to the signs an answer named, then the check: the screen skips those groups', async () => {
    await runSteps([
      ['is heat or ice better for a stiff back?', [/heat/i]],
      ['none of that, just stiff', [/none of the warning signs/i]],
      ['ok run the symptom check', [WHERE]],
      ['lower back, since monday, lifting a box, a 4', [/./], [BLADDER, LEGS]],
    ]);
  });

  test('asked again after a finished check, the whole screen is asked afresh', async () => {
    await runSteps([
      ['is heat or ice better for a stiff back?', [/heat/i]],
      ['none of that, just stiff', [/none of the warning signs/i]],
      ['ok run the symptom check', [WHERE]],
      ['lower back, since monday, lifting a box, a 4', [/./], [BLADDER]],
      ['no to all of them', [/Here's what I heard/]],
      ['check my symptoms again', [/use that again/i]],
      ['no, start again', [WHERE]],
      ['lower back, since monday, lifting a box, a 4', [BLADDER]],
    ]);
  });
});

describe('asked to check the back, with the details in the same message', () => {
  test.each([
    'could you look at my back, it went on tuesday hoovering, low down on the left, about a 6',
    'can ye check ma back please, lower back since wednesday, lifting a crate, like a 7',
  ])('"%s" starts the check and asks only the warning signs', async (said) => {
    await runSteps([[said, [STARTED, BLADDER], [/What helps most now/]]]);
  });
});

describe('asking what a word of an earlier question means', () => {
  test('"the saddle area" asked at the legs question describes the signs it belongs to', async () => {
    await runSteps([
      ['please run the symptom check', [WHERE]],
      ['low down in the middle', [WHEN]],
      ['since tuesday', [HOW_BAD]],
      ['a 5', [SET_OFF]],
      ['bending over the bath', [BLADDER]],
      ['no', [LEGS]],
      ['not sure what you mean by the saddle area', [/around your bottom or genitals/, LEGS], [/pins and needles/]],
    ]);
  });
});
