import { wholeBotSteps, type Step } from './support/botHarness';

// A same-day "get seen" answered later in the conversation (dialogs/alarmExplained.ts): a
// measured normal temperature after a fever the person was unsure of, or an everyday cause for
// a sign with the other signs they told denied. The alarm is taken back with what would still
// matter; a fever reading, or a cause with nothing else put right, keeps it.

const SEEN_TODAY = /get seen today/i;
const STILL_STANDS = /still stands|please get seen by a doctor today/i;
const NORMAL = /normal temperature/i;
const EVERYDAY = /everyday reason/i;

// Into the check and up to its fever question, with an unsure answer that raises the alarm.
const unsureFever = (answer: string): Step[] => [
  ['my lower back has been sore since Monday, think I pulled it moving a desk', [/./]],
  ['about a 4', [/./]],
  ["hmm possibly a temperature? I was a little hot in bed, didn't have a thermometer", [SEEN_TODAY]],
  [answer, [/./]],
];

describe('a measured temperature answers a fever the person was unsure of', () => {
  test.each<[string, string, string, RegExp[], RegExp[]]>([
    ['Celsius, normal', 'en-GB', 'got hold of a thermometer: 36.7, none of the other stuff', [NORMAL, /would still matter/i], [STILL_STANDS]],
    ['Fahrenheit, normal', 'en-US', 'I measured it, 98.1. nothing else', [NORMAL], [STILL_STANDS]],
    ['Celsius, a fever', 'en-GB', 'got hold of a thermometer: 38.4', [], [NORMAL]],
    ['Fahrenheit, a fever', 'en-US', 'I measured it, 101.2', [], [NORMAL]],
    ['a normal reading with a but', 'en-GB', "thermometer says 36.9 but I'm shaking all over", [], [NORMAL]],
  ])('%s', async (_name, locale, reading, match, notMatch) => {
    const steps = unsureFever(reading);
    steps[steps.length - 1] = [reading, match, notMatch];
    await wholeBotSteps(steps, locale);
  });
});

describe('an everyday cause for a sign takes back its same-day alarm only with the rest put right', () => {
  const tinted = "my lower right back aches and the pain comes in waves in my side, and my wee has gone reddish";
  test.each<[string, string, RegExp[], RegExp[]]>([
    ['cause and the other sign denied', 'ah, we had beetroot at lunch yesterday. and the ache is steady, not in waves really', [EVERYDAY, /would still matter/i, /waves/i], [STILL_STANDS]],
    ['the cause alone', 'ah, we had beetroot at lunch yesterday', [], [EVERYDAY]],
  ])('%s', async (_name, reply, match, notMatch) => {
    await wholeBotSteps([
      [tinted, [SEEN_TODAY]],
      [reply, match, notMatch],
    ], 'en-GB');
  });

  test('after the alarm is taken back, a question about work gets advice, not the alarm again', async () => {
    await wholeBotSteps([
      [tinted, [SEEN_TODAY]],
      ['ah, we had beetroot at lunch yesterday. and the ache is steady, not in waves really', [EVERYDAY]],
      ['thanks, what should I do about my shift tomorrow', [/./], [STILL_STANDS]],
    ], 'en-GB');
  });
});

// In the symptom check: unsure what the numbers mean gets the scale, and a rough number from the
// words they used when there are some; a question about working night shifts is about work.
describe('in the symptom check', () => {
  const toSeverity: Step[] = [
    ['my lower back has locked, hard to stand up straight', [/./]],
    ['bottom of my back, more to the left. went this morning lifting the kid', [/how bad is it/i]],
  ];
  test.each<[string, string, RegExp[], RegExp[]]>([
    ['unsure of the numbers, the pain told in words', "dunno what an 8 would feel like, it's quite sore but I'm up and about", [/0 is no pain/i, /about \d/i], [/how bad is it right now/i]],
    ['unsure of the numbers, nothing to go on', 'no idea what a 3 is vs a 7, just hurts', [/0 is no pain/i, /how bad is it right now/i], []],
  ])('%s', async (_name, reply, match, notMatch) => {
    await wholeBotSteps([...toSeverity, [reply, match, notMatch]], 'en-GB');
  });

  test('"can I keep doing nights" is a question about work, not night pain', async () => {
    await wholeBotSteps([
      ...toSeverity,
      ['a 5', [/./]],
      ['can I keep doing nights? the job is mostly lifting', [/work/i, /back to the symptom check/i], [/worse at night/i]],
    ], 'en-GB');
  });
});
