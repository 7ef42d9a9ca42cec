import { readScreenAnswer } from '../src/triage/answerReading';
import { runSteps, type Step } from './support/botHarness';
import { ASK, SCREEN } from './support/triageQuestions';

// Each dialogue act inside each kind of symptom-check question: a detail
// question (where / when / how bad / what set it off) and a yes/no screening
// question. Rows: [user says, the reply must match all of these, and none of these].
const EMERGENCY = /Please call 911 now/;
const NOTHING_TO_CANCEL = /nothing to cancel/i;
const STOPPED = /stopped the symptom check/i;
const PAUSED = /paused the symptom check/i;
/** Never recorded at a screening question: no escalation, no move to the next group. */
const NOT_RECORDED = [EMERGENCY, SCREEN.legs, NOTHING_TO_CANCEL, STOPPED];

const TO_SCREEN: Step[] = [
  ["check my symptoms: my lower back has been spasming since yesterday, it's an 8", [ASK.trigger]],
  ['lifting', [SCREEN.nerves]],
];

describe('acts at a yes/no screening question get a reply and the question again, never a recorded answer', () => {
  test.each<[string, RegExp[]]>([
    ['ok', [/just need a yes, no or not sure/i]],
    ['is this really necessary', [/most back spasms turn out not to be serious/i]],
    ['this is useless', [/sorry, I know the questions are a bit much/i]],
    ['are you a real person', [/automated assistant/i]],
    ['better now actually', [/good to hear it's easing/i]],
    ['worse since lunch', [/sorry it's getting worse/i]],
    ["let's carry on", [/carrying on/i]],
    ['how many more of these questions', [/more questions? after this one/i]],
  ])('"%s"', async (text, replies) => {
    await runSteps([...TO_SCREEN, [text, [...replies, SCREEN.nerves], NOT_RECORDED], ['no', [SCREEN.legs]]]);
  });

  // Issue 11: a thank-you is a sign-off, closed warmly with one safety line, never another question; "carry on" resumes.
  test.each(['ok thanks', 'cheers', 'thanks'])('"%s" closes the check, unrecorded, and "carry on" resumes it', async (text) => {
    await runSteps([...TO_SCREEN, [text, [PAUSED, /call 911 straight away/], [...NOT_RECORDED, SCREEN.nerves]], ['carry on', [SCREEN.nerves]], ['no', [SCREEN.legs]]]);
  });

  test('"why do you ask" is not recorded', async () => {
    await runSteps([...TO_SCREEN, ['why do you ask', [SCREEN.nerves], NOT_RECORDED], ['no', [SCREEN.legs]]]);
  });

  test.each<[string, Step]>([
    ['yes escalates an emergency group', ['yes', [EMERGENCY]]],
    ['no moves on', ['nope', [SCREEN.legs], [EMERGENCY]]],
    ['"legs are fine" style no moves on', ["bladder's fine, just the back", [SCREEN.legs], [EMERGENCY]]],
    ['unsure is described and asked again', ['no idea', [/what that can feel like/i, SCREEN.nerves], [SCREEN.legs, EMERGENCY]]],
    ['"no, but its worse since lunch" is a no, and the change is acknowledged', ['no, but its worse since lunch', [SCREEN.legs], [EMERGENCY]]],
  ])('answers still count: %s', async (_name, step) => {
    await runSteps([...TO_SCREEN, step]);
  });
});

describe('progress said during the check is kept', () => {
  test('"worse since lunch" at a screening question is read back in the result', async () => {
    await runSteps([
      ...TO_SCREEN,
      ['worse since lunch', [/sorry it's getting worse/i, SCREEN.nerves]],
      ...[SCREEN.legs, SCREEN.accidentHeart, SCREEN.infection, SCREEN.cancer, SCREEN.bones].map((next): Step => ['no', [next]]),
      ['no', [/Here's what I heard/, /8 out of 10 right now, and getting worse/]],
    ]);
  });

  test('"ok stop" at a screening question is not a yes', async () => {
    await runSteps([...TO_SCREEN, ['ok stop', [/stopped the symptom check|yes, no or not sure/i], [EMERGENCY, SCREEN.legs]]]);
  });
});

describe('a correction at a screening question', () => {
  const TO_INFECTION: Step[] = [...TO_SCREEN, ['no', [SCREEN.legs]], ['no', [SCREEN.accidentHeart]], ['no', [SCREEN.infection]]];

  test('"wait no I meant no" right after a yes asks that question again, and takes a clear no', async () => {
    await runSteps([
      ...TO_INFECTION,
      ['yes', [/Which of these/i]],
      ['wait no I meant no', [/ask that one again/i, SCREEN.infection], [EMERGENCY, SCREEN.cancer]],
      ['no', [SCREEN.cancer], [EMERGENCY]],
    ]);
  });

  test('after the correction, "ok thanks" is still not a no, and a yes still asks which', async () => {
    await runSteps([
      ...TO_INFECTION,
      ['yes', [/Which of these/i]],
      ['sorry i misread, i meant no', [SCREEN.infection]],
      ['ok thanks', [PAUSED], [SCREEN.cancer, EMERGENCY]],
      ['carry on', [SCREEN.infection], [SCREEN.cancer]],
      ['yes', [/Which of these/i]],
    ]);
  });

  test('"sorry, I meant yes" just after a no goes back to that question', async () => {
    await runSteps([
      ...TO_SCREEN,
      ['no', [SCREEN.legs]],
      ['wait sorry i meant yes', [/ask that one again/i, SCREEN.nerves], [SCREEN.accidentHeart]],
      ['yes', [EMERGENCY]],
    ]);
  });
});

describe('acts at a detail question', () => {
  const START: Step = ['check my symptoms', [ASK.location]];

  test.each<[string, RegExp[]]>([
    ['is this really necessary', [/most back spasms turn out not to be serious/i]],
    ['this is useless', [/sorry, I know the questions are a bit much/i]],
    ['are you a real person', [/automated assistant/i]],
    ['better now actually', [/good to hear it's easing/i]],
    ["it's getting worse", [/sorry it's getting worse/i]],
    ['how many more of these questions', [/more questions? after this one/i]],
    ["let's carry on", [/carrying on/i]],
    ['wait no, I meant something else', [/own words/i]],
  ])('"%s" gets a reply and the question again', async (text, replies) => {
    await runSteps([START, [text, [...replies, ASK.location], [NOTHING_TO_CANCEL, STOPPED, ASK.onset]], ['lower back', [ASK.onset]]]);
  });

  // Issue 11: "no idea" is recorded as not given at once (it used to be asked again first).
  test('"no idea" is recorded as unknown and the check moves on', async () => {
    await runSteps([
      START,
      ['lower back', [ASK.onset]],
      ['no idea', [/leave that one/i, ASK.severity], [ASK.onset]],
      ['6', [ASK.trigger]],
      // At "what set it off?", "no idea" is itself an answer: no clear trigger.
      ['no idea', [SCREEN.nerves]],
    ]);
  });

  test.each<[string, RegExp]>([
    ['yes, lower back', ASK.onset],
    ['ok, since yesterday morning', ASK.severity],
    ['its worse, like a 7', ASK.trigger],
    ['no idea, maybe lifting the kids', SCREEN.nerves],
  ])('a parsed detail wins over the act: "%s"', async (text, next) => {
    const steps: Step[] = [START];
    if (next !== ASK.onset) steps.push(['lower back', [ASK.onset]]);
    if (next === ASK.trigger || next === SCREEN.nerves) steps.push(['yesterday', [ASK.severity]]);
    if (next === SCREEN.nerves) steps.push(['6', [ASK.trigger]]);
    await runSteps([...steps, [text, [next]]]);
  });
});

describe('readScreenAnswer', () => {
  test.each<[string, Parameters<typeof readScreenAnswer>, ReturnType<typeof readScreenAnswer>]>([
    ['parser and act agree', [true, { act: 'yes', score: 0.99 }], { kind: 'answer', answer: true }],
    ['parser alone', [false, { act: 'none', score: 0.9 }], { kind: 'answer', answer: false }],
    ['"ok thanks": a thank-you, not a yes', [true, { act: 'thanks_ok', score: 0.99 }], { kind: 'act', act: 'thanks_ok' }],
    ['an unsure act confirms nothing less', ['unsure', { act: 'unsure', score: 0.9 }], { kind: 'answer', answer: 'unsure' }],
    ['progress beside an answer is kept', [false, { act: 'worse', score: 0.9 }], { kind: 'answer', answer: false, change: 'worse' }],
    ['"never mind": not sure, not a stop', ['unsure', { act: 'cancel', score: 0.9 }], { kind: 'answer', answer: 'unsure' }],
    ['"ok stop": a stop, not a yes', [true, { act: 'cancel', score: 0.9 }], { kind: 'act', act: 'cancel' }],
    ['a correction', [false, { act: 'correction', score: 0.99 }], { kind: 'correction', answer: false }],
    ['the act alone, confident', [undefined, { act: 'yes', score: 0.9 }], { kind: 'answer', answer: true }],
    ['a no from the act alone needs more confidence', [undefined, { act: 'no', score: 0.6 }], { kind: 'unread' }],
    ['a weak act is not read', [true, { act: 'thanks_ok', score: 0.3 }], { kind: 'answer', answer: true }],
    ['nothing', [undefined, undefined], { kind: 'unread' }],
  ])('%s', (_name, args, expected) => {
    expect(readScreenAnswer(...args)).toEqual(expected);
  });
});
