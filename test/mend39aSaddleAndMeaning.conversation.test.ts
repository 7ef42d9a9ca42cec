import { runSteps, type Step } from './support/botHarness';
import { WHERE, WHEN, HOW_BAD, SET_OFF } from './support/checkQuestions';

// Set 31's late saddle report, by kind: a denial of weakness is no denial of numbness between the legs; "what do you
// mean?" at any check question gets that question in plain words and the question again (no topic answer, no changed
// detail); numbness when wiping told with the time between ("when I wiped after the loo this morning it felt numb")
// is an emergency, and a "probably nothing" or a likeness after it takes nothing back; a greeting's "evening" is no
// time, so the start told beside it is kept.

const NERVES = /new trouble peeing/i;
const NUMB_DENIED = /told me you haven't had numbness/i;
const CALL_999 = /call 999 now/i;
const CHANGED = /I've changed that/i;
const TOPIC = /Sources:/;
const WIPE_DESCRIBED = /when you wipe/i;
const FEVER_DESCRIBED = /high temperature/i;

const steps = (rows: Step[]) => runSteps(rows, 'en-GB');
const TO_NERVES: Step[] = [
  ['can you run the symptom check', [WHERE]],
  ['low down, across the middle', [WHEN]],
  ['since saturday', [HOW_BAD]],
  ['about 6', [SET_OFF]],
  ['digging the allotment', [NERVES]],
];

describe('a denial covers only what it names', () => {
  test.each<[string, Step[]]>([
    ['weakness denied at the start question', [
      ['can you run the symptom check', [WHERE]],
      ['low down, across the middle', [WHEN]],
      ['my legs are not weak at all, I can get about', [/when/i]],
      ['since saturday', [HOW_BAD]],
      ['about 6', [SET_OFF]],
      ['digging the allotment', [NERVES], [NUMB_DENIED]],
    ]],
    ['weakness denied at the question about the nerves', [
      ...TO_NERVES,
      ['no weakness, walking ok just stiff', [NERVES], [NUMB_DENIED]],
    ]],
  ])('%s: numbness between the legs is still asked', async (_, rows) => {
    await steps(rows);
  });

  test('a denial of numbness and tingling with no place named still covers the saddle area', async () => {
    await steps([
      ['can you run the symptom check', [WHERE]],
      ['low down, across the middle', [WHEN]],
      ['no numbness or tingling anywhere', [WHEN]],
      ['since saturday', [HOW_BAD]],
      ['about 6', [SET_OFF]],
      ['digging the allotment', [NUMB_DENIED]],
    ]);
  });
});

describe('asking what the question means', () => {
  test.each<[string, Step[], RegExp]>([
    ['at the start question', [['can you run the symptom check', [WHERE]], ['low down, across the middle', [WHEN]]], WHEN],
    ['at the cause question', [['can you run the symptom check', [WHERE]], ['low down, across the middle', [WHEN]], ['since saturday', [HOW_BAD]], ['about 6', [SET_OFF]]], SET_OFF],
  ])('%s: the question in plain words and again, nothing recorded', async (_, before, again) => {
    const texts = await steps([...before, ["apologies, I'm not following what you mean there. what would that look like?", [/^I mean /m, again], [TOPIC, CHANGED]]]);
    expect(texts.at(-1)).not.toMatch(/no clear trigger/i);
  });

  test('at the question about the nerves: that question described, not another, and no detail changed', async () => {
    await steps([...TO_NERVES, ["sorry, I don't get that question. how would I even know if I had it?", [WIPE_DESCRIBED, NERVES], [FEVER_DESCRIBED, CHANGED, CALL_999]]]);
  });
});

describe('numbness when wiping, then a doubt', () => {
  test.each<string>([
    'when I wiped after the loo at lunchtime it felt numb, almost like somebody else’s skin. probably me being daft?',
    'hmm, now you mention it, when I wiped earlier on it felt numb. probably nothing',
  ])('at the question about the nerves: %s is an emergency', async (said) => {
    await steps([...TO_NERVES, [said, [CALL_999], [/toilet as normal/i]]]);
  });

  test('told outside the check, the same', async () => {
    await steps([
      ['my back has been in spasm since sunday', [/./]],
      ['when I wiped after the loo at lunchtime it felt numb, almost like somebody else’s skin. probably me being daft?', [CALL_999]],
    ]);
  });

  test('a wipe told with the time between that only felt sore is no emergency', async () => {
    await steps([
      ['my back has been in spasm since sunday', [/./]],
      ['when I wiped after the loo at lunchtime it felt a bit sore, that is all', [], [CALL_999]],
    ]);
  });
});

describe('a greeting beside the start', () => {
  test.each<string>(['Good afternoon. Could you check my symptoms, my back went on tuesday.', 'good morning, can you run the symptom check please, it started yesterday'])('%s: the start is kept', async (said) => {
    await steps([
      [said, [WHERE, /8 more questions/]],
      ['low down, across the middle', [HOW_BAD], [WHEN]],
    ]);
  });
});
