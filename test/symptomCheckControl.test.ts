import { runSteps, type Step } from './support/botHarness';
import { ASK, SCREEN } from './support/triageQuestions';

// Steering the check (knowledge/triage/check-control.yaml): skipping one
// question skips only that one, skipping the rest gives the result with what
// was gathered, and a stop leaves a short takeaway. Rows: [user says, the
// reply must match all of these, and none of these].
const EMERGENCY = /Please call 911 now/;
const STOPPED = /stopped the symptom check/i;
const SKIPPED = /skip that one/i;
const TAKEAWAY = /keep moving gently.*see a GP or physiotherapist/is;

const TO_SCREEN: Step[] = [
  ["check my symptoms: my lower back has been spasming since yesterday, it's an 8", [ASK.trigger]],
  ['lifting', [SCREEN.nerves]],
];

describe('"skip that one" skips only the question asked', () => {
  test.each(['can we skip this question', 'pass', "I'd rather not answer that", 'next question please'])('at a detail question: "%s"', async (text) => {
    await runSteps([
      ['check my symptoms: my lower back locked up this morning when I bent over', [ASK.severity]],
      [text, [SKIPPED, SCREEN.nerves], [STOPPED, ASK.severity]],
      ['no', [SCREEN.legs]],
    ]);
  });

  test('at a safety question: skipped with the warning to act if it applies, then the next one', async () => {
    await runSteps([
      ...TO_SCREEN,
      ['skip it', [SKIPPED, /if any of those do apply.*call 911/is, SCREEN.legs], [STOPPED, EMERGENCY]],
      ['no', [SCREEN.accidentHeart]],
    ]);
  });

  test('the skipped detail is not asked again and is read back as not given', async () => {
    await runSteps([
      ['check my symptoms: my lower back went yesterday when I was gardening', [ASK.severity]],
      ['pass on that one', [SKIPPED, SCREEN.nerves]],
      ...[SCREEN.legs, SCREEN.accidentHeart, SCREEN.infection, SCREEN.cancer, SCREEN.bones].map((next): Step => ['no', [next], [ASK.severity]]),
      ['no', [/Here's what I heard/, /severity not given/]],
    ]);
  });

  test('"skip" inside an answer is an answer, not a command', async () => {
    await runSteps([
      ["check my symptoms: my lower back has been spasming since yesterday, it's a 7", [ASK.trigger]],
      ['I skipped my warm-up and then lifted heavy boxes', [SCREEN.nerves], [SKIPPED, STOPPED]],
    ]);
  });
});

describe('"skip the rest" ends the questions with the result so far', () => {
  test.each(["that's enough questions", 'just give me the summary', 'no more questions please', 'can we skip the rest'])('"%s"', async (text) => {
    await runSteps([
      ...TO_SCREEN,
      ['no', [SCREEN.legs]],
      [text, [/no more questions/i, /Here's what I heard/, /lower back/, /8 out of 10/, /Call 911 now if you get numbness/], [STOPPED, SCREEN.accidentHeart]],
    ]);
  });
});

describe('a stop leaves what was gathered and what to do meanwhile, and can still be carried on', () => {
  test('with details gathered', async () => {
    await runSteps([
      ...TO_SCREEN,
      ['stop', [STOPPED, /So far: .*lower back.*8 out of 10/, TAKEAWAY, /Call 911 now/], [SCREEN.nerves]],
      ["let's carry on", [SCREEN.nerves]],
    ]);
  });

  test('with nothing gathered yet: the takeaway alone', async () => {
    await runSteps([
      ['check my symptoms', [ASK.location]],
      ['cancel', [STOPPED, TAKEAWAY], [/So far/]],
    ]);
  });
});

describe('a safety question already answered no in passing is not asked again', () => {
  const NO_TO_REST = (from: RegExp[]): Step[] => from.map((next): Step => ['no', [next]]);

  test('in the opening message: the legs question is left out, and the count says so', async () => {
    await runSteps([
      ["check my symptoms: my lower back has been spasming since yesterday, it's an 8, my legs feel totally fine", [ASK.trigger]],
      ['lifting', [SCREEN.nerves, /4 more questions/]],
      ['no', [SCREEN.accidentHeart], [SCREEN.legs]],
      ...NO_TO_REST([SCREEN.infection, SCREEN.cancer, SCREEN.bones]),
      ['no', [/Here's what I heard/]],
    ]);
  });

  test('but "no bladder or bowel problems" still leaves the nerves question (numbness between the legs, sex) to be asked', async () => {
    await runSteps([
      ['check my symptoms: my lower back went yesterday lifting a box', [ASK.severity]],
      ['about a 6, and no bladder or bowel problems', [SCREEN.nerves]],
    ]);
  });

  test('beside a no to another safety question', async () => {
    await runSteps([...TO_SCREEN, ['no, and nothing down my legs either', [SCREEN.accidentHeart], [SCREEN.legs]]]);
  });

  test.each([
    "not sure my legs are fine, it's an 8",
    "legs are fine except when I walk far, it's an 8",
  ])('not when negated or qualified: "%s"', async (text) => {
    await runSteps([
      ['check my symptoms: my lower back has been spasming since yesterday', [ASK.severity]],
      [text, [ASK.trigger]],
      ['lifting', [SCREEN.nerves]],
      ['no', [SCREEN.legs]],
    ]);
  });
});

describe('a detail corrected later replaces the first one and is said back', () => {
  const CHANGED = /I've changed that/i;

  test('severity at a safety question: changed, then the same question again, and the result reads the new value', async () => {
    await runSteps([
      ...TO_SCREEN,
      ['oh sorry, I mean a 6 rather than an 8', [CHANGED, /6 out of 10/, SCREEN.nerves], [SCREEN.legs, EMERGENCY]],
      ...[SCREEN.legs, SCREEN.accidentHeart, SCREEN.infection, SCREEN.cancer, SCREEN.bones].map((next): Step => ['no', [next]]),
      ['no', [/6 out of 10 right now/], [/8 out of 10/]],
    ]);
  });

  test('a bare number after "my mistake" at the next question', async () => {
    await runSteps([
      ['check my symptoms: my lower back went yesterday lifting a box', [ASK.severity]],
      ['9', [SCREEN.nerves]],
      ['my mistake, 3', [CHANGED, /3 out of 10/, SCREEN.nerves]],
    ]);
  });

  test('the side: the region is kept', async () => {
    await runSteps([
      ["check my symptoms: the right side of my lower back went yesterday lifting, it's a 7", [SCREEN.nerves]],
      ['wait, it is the left side, not the right', [CHANGED, /lower back, left side/i, SCREEN.nerves]],
    ]);
  });

  test('the day it started', async () => {
    await runSteps([
      ["check my symptoms: my lower back went 2 days ago lifting, it's a 7", [SCREEN.nerves]],
      ['actually it was 4 days ago', [CHANGED, /4 days/, SCREEN.nerves]],
    ]);
  });

  test('without a correction word a second value is an answer, not a change', async () => {
    await runSteps([
      ...TO_SCREEN,
      ['no, not since yesterday', [SCREEN.legs], [CHANGED]],
    ]);
  });
});
