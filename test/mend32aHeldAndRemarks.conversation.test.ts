import { wholeBotSteps } from './support/botHarness';

// Two kinds of turn that met a stock reply instead of a short answer. Our own wording throughout.
// 1. After an emergency, a painkiller question ("can he have one while we wait?", "should I say what I took?")
//    gets a short answer: nothing more before being seen, tell the staff what was taken. Not "that can wait",
//    and never "take one and see". Other held topics still wait.
// 2. After an answer, a remark about an everyday activity with no word of the back or the pain ("it's an
//    hour's drive", "she only wants the hip carry") is about that activity: its durations and movements are
//    no details of the pain, so the symptom check does not start. Details of the pain still start it.

const ALARM_GB = /call 999 (now|or go)|call 999 for him/i;
const SHORT_MEDICINE = /anything more before being seen.*tell them what was taken/i;
const HELD = /can wait until you've been checked/i;
const CHECK_STARTED = /let's check your symptoms|where is the pain\?|how bad is it right now/i;

describe('a painkiller question after an emergency gets a short answer', () => {
  test.each<[string, string, string]>([
    ["since lunch I've had no feeling down below when I wipe, and my back is in bits", 'my partner is driving me in', 'should I let them know about the co-codamol I had earlier'],
    ["my husband hasn't been able to pass water since this morning and his back is terrible", "we're getting him there now", 'is he ok to have some paracetamol on the way'],
  ])('%s / %s / %s', async (alarm, plan, question) => {
    await wholeBotSteps(
      [
        [alarm, [ALARM_GB]],
        [plan, [/./]],
        [question, [SHORT_MEDICINE, /999/], [HELD, /see if it settles.*take/i]],
      ],
      'en-GB',
    );
  });

  test('a held topic that is no painkiller still waits', async () => {
    await wholeBotSteps(
      [
        ["since lunch I've had no feeling down below when I wipe, and my back is in bits", [ALARM_GB]],
        ['which stretches would loosen it off', [HELD, /999/], [SHORT_MEDICINE]],
      ],
      'en-GB',
    );
  });
});

describe('a remark about an everyday activity does not start the symptom check', () => {
  test.each<[string, string, RegExp]>([
    ['strained my back shifting a wardrobe earlier, is a hot water bottle ok', "it's an hour's drive in the van to the job", /drive/i],
    ['my back seized up on tuesday, is ibuprofen alright to take', 'I drive 25 minutes each way to the depot', /drive/i],
  ])('%s / %s', async (first, remark, answer) => {
    await wholeBotSteps(
      [
        [first, [/./]],
        [remark, [answer], [CHECK_STARTED]],
      ],
      'en-GB',
    );
  });

  test.each<[string]>([['lower back, since sunday, about a 6'], ['left side, lower down, since saturday, maybe a 7']])(
    'details of the pain right after an answer still start the check: %s',
    async (details) => {
      await wholeBotSteps(
        [
          ['strained my back shifting a wardrobe earlier, is a hot water bottle ok', [/./]],
          [details, [/let's check your symptoms/i]],
        ],
        'en-GB',
      );
    },
  );
});
