import { runSteps, type Step } from './support/botHarness';
import { ASK, SCREEN } from './support/triageQuestions';

// Round 32: the check is started only when asked for or when a message tells of the pain and asks for
// nothing; a plan ahead told with the pain is answered instead. Acts (identity, "keep going", leaving to
// rest, how it is going) are read before the check's readers of details and yes/no answers.
// Each row: [user says, the reply must match all of these, and none of these]. Wording is our own.

// The check's start: its own intro, or the read-back intro when details were told first (open34).
const STARTED = /Let's check your symptoms|I can check for anything that needs one/;
const PAUSED = /paused the symptom check/i;
const IDENTITY = /automated assistant/i;
const EMERGENCY = /call 999 now|call 911 now|emergency department/i;
const TO_LEGS: Step[] = [
  ['please run the symptom check', [ASK.location]],
  ['low down in the middle', [ASK.onset]],
  ['since tuesday', [ASK.severity]],
  ['a 5', [ASK.trigger]],
  ['bending over the bath', [SCREEN.nerves]],
  ['no', [SCREEN.legs]],
];

describe('a plan ahead told with the pain is answered, not checked', () => {
  test.each([
    ['pulled my back gardening yesterday, heat or cold?', "I've got bowls on sunday and bending over is tough on my back", /Sources/],
    ['pulled my back gardening yesterday, heat or cold?', 'curling match on wednesday and the brushing is hard on my back', /Sources/],
  ])('after "%s", "%s" gets an answer with its sources and no check', async (first, plan, named) => {
    await runSteps([
      [first, [/heat/i]],
      [plan, [named], [STARTED, ASK.location, ASK.severity]],
    ]);
  });

  test('lifting a child told as the cause is no plan ahead: the details still open the offered check', async () => {
    await runSteps([
      ['my back went into spasm this morning and it is really sore', [/check your symptoms/i]],
      ['left side, low down, began on saturday carrying my toddler, a 5', [STARTED], [/buggy|pram/i]],
    ]);
  });

  test('a pain detail with nothing ahead still opens the check when the check was offered', async () => {
    await runSteps([
      ['my back went into spasm this morning and it is really sore', [/check your symptoms/i]],
      ['lower back on the right, about a 6', [/./], [/ask me anything about your back/i]],
    ]);
  });
});

describe('acts read before the topic their words are near', () => {
  test.each(['is this an actual doctor answering me?', 'am I chatting with a real person here'])('"%s" is told who answers', async (asked) => {
    await runSteps([
      ['my back went when I reached for the kettle', [/./]],
      [asked, [IDENTITY], [/Book a (GP|family doctor)/]],
    ]);
  });

  test.each(['ok keep going', 'sure, carry on'])('"%s" with nothing paused invites the next question, no passage', async (said) => {
    await runSteps([
      ['is heat or ice better for a stiff back?', [/heat/i]],
      [said, [/ask me anything about your back/i], [/Staying at work|nothing paused/i]],
    ]);
  });

  test('"should I keep going to work?" is still a question about staying active', async () => {
    await runSteps([['should I keep going to work with a sore back?', [/work/i], [/ask me anything about your back/i]]]);
  });
});

describe('inside the check', () => {
  test.each(["ok I'm going to go and lie down for a bit", 'off for a nap now'])('"%s" is a kind goodbye that keeps the place', async (said) => {
    await runSteps([
      ['please run the symptom check', [ASK.location]],
      ['low down in the middle', [ASK.onset]],
      [said, [PAUSED], [ASK.onset, /didn't catch/i]],
      ['carry on', [ASK.onset]],
    ]);
  });

  test.each(['loads better now actually', 'a lot better since this morning'])('"%s" at a safety question is how it is going, never a yes', async (said) => {
    await runSteps([...TO_LEGS, [said, [SCREEN.legs], [EMERGENCY, /changed that/i]]]);
  });

  test('a plain yes-word of amount still answers the safety question', async () => {
    await runSteps([...TO_LEGS, ['loads', [/./], [SCREEN.accidentHeart]]]);
  });

  test('"is this a real person?" mid-check is told who answers, then the same question', async () => {
    await runSteps([
      ['please run the symptom check', [ASK.location]],
      ['is this an actual doctor?', [IDENTITY, ASK.location]],
    ]);
  });
});
