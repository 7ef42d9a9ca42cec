import { wholeBotSteps } from './support/botHarness';

// An alarm is taken back only by a no to what it was raised for. A denial of the
// flag's other signs ("no chills", after "a temperature of 39") keeps it; a no-led
// statement about something else at an emergency's question ("I haven't got
// insurance ...") answers nothing. A plain no to the sign still takes it back.
// Our own wording throughout.

const ALARM = /call 999 (now|or go)/i;
const SAME_DAY = /seen (by a doctor )?today|urgent appointment/i;
const TAKEN_BACK = /taken (your answer|that) as (a )?no/i;
const ASKED = /just to check/i;

const steps = (s: Parameters<typeof wholeBotSteps>[0]) => wholeBotSteps(s, 'en-GB');

describe('a denial of the flag\'s other signs keeps the alarm', () => {
  test.each<[string, string]>([
    ['my back is killing me and I have a temperature of 39 since last night', 'no sweats or shaking though, just tired'],
    ['back pain and I have been running a fever all day', 'not confused or anything, no chills, just wiped out'],
  ])('%s / %s', async (sign, denial) => {
    await steps([
      [sign, [SAME_DAY]],
      [denial, [SAME_DAY], [TAKEN_BACK]],
    ]);
  });

  test('a no to the sign itself still takes it back', async () => {
    await steps([
      ['my back is killing me and I have a temperature of 39 since last night', [SAME_DAY]],
      ["sorry, no temperature, I typed the wrong thing, I don't have a fever", [TAKEN_BACK]],
    ]);
  });
});

describe("a no-led statement about something else at an emergency's question answers nothing", () => {
  test('after the question that follows an ordinary cause', async () => {
    await steps([
      ["I haven't been able to wee since this morning and my back is in spasm", [ALARM]],
      ['probably only because I drank hardly anything yesterday', [ASKED]],
      ["i don't have insurance and the waiting rooms here are always packed", [/999/], [TAKEN_BACK]],
    ]);
  });

  test('a plain no still answers it', async () => {
    await steps([
      ["I haven't been able to wee since this morning and my back is in spasm", [ALARM]],
      ['probably only because I drank hardly anything yesterday', [ASKED]],
      ['no', [TAKEN_BACK]],
    ]);
  });
});

describe('"fine" answers a function, not an event', () => {
  test('a crash waved off with "walked away fine" keeps the advice, with no question', async () => {
    await steps([
      ['came off my motorbike at speed on the motorway an hour ago and my back is agony', [ALARM]],
      ['honestly i got up and walked, i feel fine', [/advice stays the same: please call 999/i], [ASKED, TAKEN_BACK]],
    ]);
  });
});

describe('a fact told after an emergency is noted under the instruction, never in its place', () => {
  test.each<string>([
    'also got type 2 diabetes, dunno if that matters',
    "I'm on pills for my blood pressure, if it matters at all",
    'i have high blood pressure if that is important',
    'got high bp, is that relevant',
    "i've high bp if that's important",
    'on warfarin too if that changes anything',
  ])('%s', async (fact) => {
    await wholeBotSteps([
      ['all of a sudden a tearing pain right through to my back between the shoulder blades', [/call 911/i]],
      [fact, [/emergency department/i]],
    ], 'en-US');
  });
});

describe('how far a leg symptom reaches is no other body part', () => {
  test.each<string>(['only the left leg, down to the knee', 'just my right leg, past the knee', 'the one leg, down to my ankle'])('%s', async (text) => {
    await wholeBotSteps([
      ['is yoga ok with a sore back', [/./]],
      ['not sure if i have any of those warning signs, sometimes my leg gets tingly', [/./]],
      [text, [/leg/i], [/only set up to help with back pain/i]],
    ], 'en-US');
  });

  test('the knee itself is still outside what it covers', async () => {
    await wholeBotSteps([['my knee is swollen and sore after football', [/only set up to help with back pain/i]]], 'en-US');
  });
});

describe('under a standing emergency, the question that could take it back is not pressed', () => {
  test('talk of something else gets the instruction, not the question again', async () => {
    await steps([
      ["I haven't been able to wee since this morning and my back is in spasm", [ALARM]],
      ['probably only because I drank hardly anything yesterday', [ASKED]],
      ['the hospital here always has a huge wait, hardly worth going', [/999/], [/still need to know/i]],
      ['alright. anything i should take with me?', [/./], [/still need to know/i, TAKEN_BACK]],
    ]);
  });
});
