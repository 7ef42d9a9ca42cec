import { wholeBotSteps, type Step } from './support/botHarness';
import { ASK, SCREEN } from './support/triageQuestions';

// Set 10's acts kinds inside the symptom check, in our own wording: a question
// asked in the middle of an answer (with or without a full stop) answered
// before the next question, details in it kept; "what counts as a 10?"
// explained without taking 10 as the rating; an answer followed by a wish
// for the result; signs of a group already ruled out read back, not asked.

const EMERGENCY = /please call 911 now/i;
const RESULT = /three things to do now/i;

/** One table of [user says, bot replies] through the whole bot. */
const botSteps = (steps: Step[], locale = 'en-US') => wholeBotSteps(steps, locale);

const START: Step = ['could you take me through the symptom check', [ASK.location]];

describe('a question asked beside an answer is answered, and the answer kept', () => {
  test.each<[string, Step[]]>([
    ['run on with no full stop: the painkiller question answered, the onset not asked again', [
      START,
      ['lower back', [ASK.onset]],
      ['yesterday evening moving a sofa its maybe a 6 should i take ibuprofen', [/ibuprofen/i, SCREEN.nerves], [ASK.onset, ASK.severity, EMERGENCY]],
    ]],
    ['after a full stop, worded "am I ok to": the lifting question answered, details kept', [
      START,
      ['low back on the left', [ASK.onset]],
      ['two days back, hoisting a suitcase, a 5. am i ok to lift my shopping', [/lift/i, SCREEN.nerves], [ASK.onset, ASK.severity, ASK.trigger]],
    ]],
    ['the question first names an activity; the onset after it still counts', [
      START,
      ['middle of my lower back', [ASK.onset]],
      ['last thursday. can i still go swimming', [/swim/i], [ASK.onset]],
    ]],
  ])('%s', async (_name, steps) => {
    await botSteps(steps);
  });

  test('a hedged answer with a question mark is still an answer, not a question', async () => {
    await botSteps([
      START,
      ['low back', [ASK.onset]],
      ['maybe sunday? reached up to a cupboard. about 4', [SCREEN.nerves], [/don't have a good answer/i, ASK.onset]],
    ]);
  });
});

describe('the pain scale asked about', () => {
  test('"what counts as a ten" explains the scale and asks again; 10 is not taken', async () => {
    await botSteps([
      START,
      ['low back. since friday. carrying a crate', [ASK.severity]],
      ['what would count as a 10', [/0 is no pain/i, ASK.severity], [/take 10/i, SCREEN.nerves]],
      ['6 i reckon', [SCREEN.nerves], [/please answer yes, no/i]],
    ]);
  });
});

describe('an answer, then a wish for the result', () => {
  test('the no is taken and the result given, not another question', async () => {
    await botSteps([
      START,
      ['low back since monday, lifting a box, 4', [SCREEN.nerves]],
      // The bladder question just answered is not among the signs left to watch for.
      ['nothing like that. so what should i do now', [/here's my advice now/i, RESULT, /weakness in both legs/i], [SCREEN.legs, /please answer yes, no/i, /if you have new bladder/i]],
    ]);
  });

  test('a yes before the wish still escalates', async () => {
    await botSteps([
      START,
      ['low back since monday, lifting a box, 4', [SCREEN.nerves]],
      ['yes. just tell me what to do', [EMERGENCY], [RESULT]],
    ]);
  });
});

describe('signs of a group already ruled out are read back, not asked', () => {
  test('"I never fell" before the accident group: only the rest of it is asked', async () => {
    await botSteps([
      START,
      ['low back, started 3 days ago lifting a bag of soil, 5', [SCREEN.nerves]],
      ['no', [SCREEN.legs]],
      ["no. and i didn't fall or anything", [/haven't had a serious accident or fall\. .*chest pain/i], [/did the pain start with a serious accident/i, EMERGENCY]],
    ]);
  });

  test('a denial with "but" after it rules nothing out', async () => {
    await botSteps([
      START,
      ['low back, started 3 days ago lifting a bag of soil, 5', [SCREEN.nerves]],
      ['no', [SCREEN.legs]],
      ['no. no fall but i did slip on the step', [SCREEN.accidentHeart], [/haven't had a serious accident/i]],
    ]);
  });
});
