import { parseYesNo } from '../src/triage/yesNo';
import { parseSeverity } from '../src/triage/severity';
import { parseLocation } from '../src/triage/location';
import { wholeBotSteps, type Step } from './support/botHarness';
import { WHERE, WHEN, HOW_BAD } from './support/checkQuestions';

// Set 12's open acts kinds, in our own wording: a progress report is no "no",
// two scores in one message, a side put right, a plight with no question, and
// the check's answers told before the check was asked for.

const BLADDER_SCREEN = /new trouble peeing or leaking/i;
const LEGS_SCREEN = /weakness in both legs, a leg that is getting weaker/i;
const FLOOR_STEPS = /onto hands and knees/i;
const NO_ANSWER = /i don't have an answer/i;
const BLADDER_CHECK = /just to check: .*bladder/i;

const botSteps = (steps: Step[], locale = 'en-GB') => wholeBotSteps(steps, locale);

describe('a report of how relief went answers no question', () => {
  test.each<[string, boolean | 'unsure' | undefined]>([
    ['had two co-codamol at lunch, zero relief', undefined],
    ['not much help to be honest', undefined],
    ['the hot bath hasn\'t really helped', undefined],
    ['nothing seems to work', undefined],
    ['none the better for the stretches', undefined],
    // Its own answer first: still an answer.
    ['no, and the tablets have not helped either', false],
    ['nope', false],
    ['no change down there', false],
  ])('%s -> %s', (text, answer) => {
    expect(parseYesNo(text, 'en-GB')).toBe(answer);
  });
});

describe('two scores in one message: the one said of now', () => {
  test.each<[string, number]>([
    ['roughly a 4 at the moment, it hit 9 overnight', 4],
    ['it was a 9 when it went, more like a 3 now', 3],
    ['a 6, though at its worst a 10', 6],
    // No words of time: the higher, the safer reading.
    ['somewhere between 5 and 7', 7],
    ['7 or 8', 8],
  ])('%s -> %d', (text, value) => {
    expect(parseSeverity(text, 'en-GB')?.value).toBe(value);
  });
});

test('the worst score is kept beside the one for now, for the advice', () => {
  expect(parseSeverity('a 5 today, it was a 9 last night', 'en-GB')).toMatchObject({ value: 5, worst: 9 });
  expect(parseSeverity('a steady 6', 'en-GB')?.worst).toBeUndefined();
});

describe('a side put right in few words', () => {
  test.each<[string, string | undefined]>([
    ['oh I mean the right, sorry', 'right'],
    ['meant my left', 'left'],
    ['left rather than right', 'left'],
    ["it's the right thing to do", undefined],
  ])('%s -> %s', (text, side) => {
    expect(parseLocation(text)?.side).toBe(side);
  });
});

describe('corrections in the check reach the recap', () => {
  test('a side said again in few words changes it, and a score for now beats the night\'s worst', async () => {
    await botSteps([
      ['could you run through the symptom questions', [WHERE]],
      ['low down on the right', [WHEN]],
      ['hang on, I meant the left, my mistake', [/changed that: .*left side/i, WHEN], [/in your own words/i]],
      ['since Saturday, lifting a bin, about a 4 right now though it reached 8 in the night', [BLADDER_SCREEN], [HOW_BAD]],
      ['no', [LEGS_SCREEN]],
      ['stop', [/4 out of 10/i], [/right side/i, /8 out of 10/i]],
    ]);
  });
});

describe('a progress report in the check is not a no', () => {
  test('"took something, no relief" at a warning-sign question gets an answer and the same question', async () => {
    await botSteps([
      ['can we do the symptom check', [WHERE]],
      ['lower back, since yesterday evening, hoovering, about a 5', [BLADDER_SCREEN]],
      ['took paracetamol an hour ago, no relief at all', [BLADDER_SCREEN], [LEGS_SCREEN]],
      ['no', [LEGS_SCREEN]],
    ]);
  });

  test('a denial of other signs at a detail question does not skip that question', async () => {
    await botSteps([
      ['please check my symptoms', [WHERE]],
      ['no temperature and I have not fallen', [/won't ask about that again/i, WHERE], [/leave that one/i]],
    ]);
  });
});

describe('a plight with no question gets the way out of it', () => {
  test.each<[string]>([
    ['my back has gone and I am lying on the floor by the bed, can\'t get myself up'],
    ["back's locked, I'm flat out on the lounge carpet and unable to get up"],
  ])('%s', async (text) => {
    await botSteps([[text, [FLOOR_STEPS], [/what helps most now/i, BLADDER_CHECK]]]);
  });
});

describe('the check\'s answers told unasked, after the check was offered', () => {
  // Set 27 (mend35g): signs denied alone reassure; they are acknowledged, not taken as the opening of the check.
  test('denials alone later on are acknowledged, not the fallback nor the check', async () => {
    await botSteps([
      ['my lower back seized up yesterday carrying logs', [/check your symptoms/i]],
      ['should I use ice or heat', [/heat/i]],
      ['no temperature and no falls', [/none of the warning signs/i], [NO_ANSWER, /let's check your symptoms/i]],
    ]);
  });

  test('a score with its start after an answer starts the check, not the fallback', async () => {
    await botSteps([
      ['how long do back spasms usually last', [/./]],
      ['fair enough. it kicked off on Sunday moving a sofa, 6 out of 10', [/let's check your symptoms/i], [NO_ANSWER, HOW_BAD]],
    ]);
  });

  test('denials with a remark after an answer, with no check offered, are not taken as its answers', async () => {
    await botSteps([
      ['how long do back spasms usually last', [/./]],
      ['waterworks are fine and no numbness, it is just sore from the allotment', [/./], [/let's check your symptoms/i]],
    ]);
  });

  test('a thanks with a denial closes rather than starting questions', async () => {
    await botSteps([
      ['my lower back seized up yesterday carrying logs', [/check your symptoms/i]],
      ['should I use ice or heat', [/heat/i]],
      ['no numbness anywhere. cheers', [/./], [/let's check your symptoms/i]],
    ]);
  });
});

describe('a frustrated push-back is not read as a bladder sign', () => {
  test('no bladder question for a remark about having to keep working', async () => {
    await botSteps([
      ['what can I do for a sore lower back', [/./]],
      ['not a lot of use mate, the job still needs doing', [/./], [BLADDER_CHECK]],
    ], 'en-AU');
  });
});
