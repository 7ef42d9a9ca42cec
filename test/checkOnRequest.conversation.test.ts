import { runSteps } from './support/botHarness';
import { ASK, SCREEN } from './support/triageQuestions';

// Issue 11, set 5 mends: the check starts when asked for (in any sentence of a
// message) and is offered, not started, for a report nobody asked to check; a
// "no" said with weariness is still a no; "never mind the questions" stops it.
// Each row: [user says, the reply must match all of these, and none of these].
// Wording is our own, not from the blind rounds.

const OFFER = /If you'd like, I can also check your symptoms/;
const STARTED = /Let's check your symptoms/;
const STOPPED = /stopped the symptom check/i;

describe('a report is offered the check; a request starts it', () => {
  test.each([
    'my lower back seized up when I picked up the laundry basket this morning',
    'ugh this is so annoying, my back keeps catching and I have a long day tomorrow',
  ])('a report without a request gets what helps and the offer: "%s"', async (text) => {
    await runSteps([[text, [OFFER], [STARTED, ASK.location, ASK.severity]]]);
  });

  test('a yes to the offer starts the check with the report\'s details', async () => {
    await runSteps([
      ['my lower back seized up when I picked up the laundry basket this morning', [OFFER]],
      ['yes please', [STARTED, ASK.severity], [ASK.onset, ASK.trigger]],
    ]);
  });

  test.each([
    'it must be a 9 out of 10 honestly. can you do the check',
    'could you check whether this is anything serious? lower back since friday',
    'please check my back symptoms',
    'check my back please, it went while I was lifting the kayak',
    "my back's been sore since the weekend, can you run me through the checklist",
  ])('"%s" starts the check', async (text) => {
    await runSteps([[text, [STARTED], [OFFER]]]);
  });
});

describe('inside the check', () => {
  const TO_SCREEN: [string, RegExp[]] = ['run the symptom check please: lower back since monday, a 5, lifting a box', [SCREEN.nerves]];

  test('a no said with weariness answers the question', async () => {
    await runSteps([
      TO_SCREEN,
      ['no', [SCREEN.legs]],
      ['nope, not that either, honestly it is just sore', [SCREEN.accidentHeart], [SCREEN.legs]],
    ]);
  });

  test('"why you are asking" gets the reason, then the same question', async () => {
    await runSteps([TO_SCREEN, ['why you are asking me all this?', [/\[Yes\]/, SCREEN.nerves], [/don't have a good answer/]]]);
  });

  test('"never mind the questions" stops the check, and its question is answered', async () => {
    await runSteps([
      ['check my symptoms', [ASK.location]],
      ['never mind the questions. can I take ibuprofen?', [STOPPED], [ASK.location]],
    ]);
  });
});
