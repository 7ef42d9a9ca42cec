import { runSteps, type Step } from './support/botHarness';
import { ASK, SCREEN } from './support/triageQuestions';

// The symptom check as a conversation partner (issue 11): what was said is
// never asked again, sign-offs get a warm close, questions inside the check
// are answered before it goes on, and an urgent flag does not deflect later
// questions. Rows: [user says, the reply must match all of these, and none of these].
const EMERGENCY = /Please call 911 now/;
const PAUSED = /paused the symptom check/i;
const LEFT_OUT = /leave that one/i;
const GETTING_WORSE = /sorry it's getting worse/i;
const START: Step = ['check my symptoms', [ASK.location]];
const TO_SCREEN: Step[] = [
  ['can you check my symptoms? low back, since sunday, a 5, from digging the garden', [SCREEN.nerves]],
];

describe('a detail given anywhere is not asked again', () => {
  test.each<[string, Step[]]>([
    ['a plain number beside the place, when asked where', [
      START,
      ['upper back on the left, he reckons a 4', [ASK.onset], [ASK.severity, ASK.location]],
      ['since friday', [ASK.trigger], [ASK.severity]],
    ]],
    ['two numbers for moving and resting', [
      START,
      ['lower back', [ASK.onset]],
      ['three days ago', [ASK.severity]],
      ['a 3 lying flat but a 7 if I bend', [/more questions? after this one/i], [ASK.severity]],
    ]],
    ['a hedged number with a question mark', [
      START,
      ['middle of my back', [ASK.onset]],
      ['this morning', [ASK.severity]],
      ['um a 5? 6 on a bad day', [ASK.trigger], [ASK.severity]],
    ]],
    ['a side added to the place already known', [
      ['check my symptoms, lower back since yesterday', [ASK.severity]],
      ['mostly on the right, and a 6', [ASK.trigger], [ASK.severity, ASK.location]],
    ]],
    ['what set it off, in the message that started the check', [
      ['check my symptoms please, lower back since tuesday after crawling around in the attic', [ASK.severity], [ASK.trigger, ASK.onset]],
      ['4', [SCREEN.nerves], [ASK.trigger]],
    ]],
    ['details said before the check started', [
      ['I hurt my lower back carrying paving slabs yesterday, is heat ok?', [/heat/i]],
      ['ok can we do the symptom check', [/Got it/, ASK.severity], [ASK.location, ASK.onset, ASK.trigger]],
    ]],
    ['an earlier message about something else gives no detail', [
      ['could you find me a train for tomorrow morning', []],
      ['check my symptoms: my back has locked up', [ASK.location]],
      ['low down on the right', [ASK.onset], [/Got it/]],
    ]],
  ])('%s', async (_name, steps) => {
    await runSteps(steps);
  });
});

describe('an answer the check cannot use is left out, never asked a third time', () => {
  test.each<[string, Step[]]>([
    ['"no" when asked since when', [START, ['lower back', [ASK.onset]], ['nope', [LEFT_OUT, ASK.severity], [ASK.onset]]]],
    ['"not a clue" at the 0-10 question', [START, ['lower back', [ASK.onset]], ['tuesday', [ASK.severity]], ['not a clue', [LEFT_OUT, ASK.trigger], [ASK.severity]]]],
    ['"no" at the 0-10 question', [START, ['lower back', [ASK.onset]], ['tuesday', [ASK.severity]], ['no', [ASK.trigger], [ASK.severity]]]],
    ['nonsense twice', [START, ['wibble', [/didn't catch where/i]], ['wobble', [LEFT_OUT, ASK.onset], [ASK.location]]]],
  ])('%s', async (_name, steps) => {
    await runSteps(steps);
  });

  test('the 0-10 scale is explained once; a number with the question is kept', async () => {
    await runSteps([START, ['lower back', [ASK.onset]], ['last night', [ASK.severity]], ["I'd say 8 but what does an 8 even mean", [/0 is no pain/i, /take 8/i, ASK.trigger], [ASK.severity]]]);
  });

  test('the 0-10 scale is explained once, then the question is left out', async () => {
    await runSteps([
      START,
      ['lower back', [ASK.onset]],
      ['last night', [ASK.severity]],
      ['how am I meant to rate it', [/0 is no pain/i, ASK.severity]],
      ['how would I know what number', [LEFT_OUT, ASK.trigger], [/0 is no pain/i, ASK.severity]],
    ]);
  });

  test.each<[string, Step[]]>([
    ['inside the check', [START, ['lower back, it gets worse when I bend over', [ASK.onset], [GETTING_WORSE]]]],
    ['before any check', [["it's worse whenever I sit in the car", [], [GETTING_WORSE]]]],
    ['a real change is still one', [START, ["it's getting worse by the hour", [GETTING_WORSE]]]],
  ])('"worse when I ..." says what moves the pain, not that it is getting worse: %s', async (_name, steps) => {
    await runSteps(steps);
  });
});

describe('a sign-off in the middle of the check gets a warm close, not another question', () => {
  test.each<[string, RegExp]>([
    ['lovely, thank you so much', /welcome/i],
    ['sorry for all the fuss', /no need to apologise/i],
    ['got to dash, speak later', /take care/i],
    ['ta very much', /welcome/i],
  ])('"%s" at a safety question', async (text, opening) => {
    await runSteps([...TO_SCREEN, [text, [opening, PAUSED, /call 911 straight away/], [SCREEN.nerves, EMERGENCY]], ['carry on', [SCREEN.nerves]]]);
  });

  test('at a detail question', async () => {
    await runSteps([START, ['cheers for that, bye for now', [PAUSED], [ASK.location]], ['lets carry on', [ASK.location]]]);
  });

  test('"no thanks" is a no, not a sign-off', async () => {
    await runSteps([...TO_SCREEN, ['no thanks', [SCREEN.legs], [PAUSED, EMERGENCY]]]);
  });
});

describe('a question inside the check is answered, then the check goes on', () => {
  test.each<[string, Step[]]>([
    ['a privacy question beside the number', [
      START,
      ['lower back', [ASK.onset]],
      ['since the weekend', [ASK.severity]],
      ["it's about a 6. who gets to see this chat?", [/don't store|automated assistant/i, ASK.trigger], [ASK.severity]],
    ]],
    ['another body part beside the answer', [
      START,
      ['lower back on the left, a 5. and my knee, is that related?', [/only set up to help with back pain/i, ASK.onset], [ASK.location, ASK.severity]],
    ]],
    ['"what does that mean?" at a safety question', [...TO_SCREEN, ['sorry what does that mean', [/what that can feel like/i, SCREEN.nerves], [EMERGENCY]]]],
    ['"what would count as that?" explains the sign asked', [...TO_SCREEN, ['no', [SCREEN.legs]], ['what would count as that?', [/pins and needles/i, SCREEN.legs], [EMERGENCY]]]],
    // Issue 11: the verdict asked for mid-check is given now, with the signs not yet asked to watch for.
    ['"what\'s the verdict?"', [...TO_SCREEN, ["so what's the verdict", [/three things to do now/i, /watch for/i], [/more questions? after this one/i, EMERGENCY]]]],
    ['"how many more are there?"', [...TO_SCREEN, ['right, how many more are there', [/more questions? after this one/i, SCREEN.nerves], [EMERGENCY, /passage|stretch/i]]]],
    ['a no and "how many left?" in one message', [...TO_SCREEN, ['no to all that. how many more?', [/more questions? after this one/i, SCREEN.legs], [EMERGENCY, SCREEN.nerves]]]],
  ])('%s', async (_name, steps) => {
    await runSteps(steps);
  });
});

describe('after "get seen today", later questions are still answered (en-GB)', () => {
  const URGENT: Step = ['I have a high fever and my back is killing me', [/get seen today/i, /111/]];

  test('a medicine question gets an answer with one reminder', async () => {
    const [, reply] = await runSteps([URGENT, ['what can I take for it while I wait to be seen?', [/paracetamol|ibuprofen/i, /get seen by a doctor today/i]]], 'en-GB');
    expect(reply!.match(/get seen by a doctor today/gi)).toHaveLength(1);
  });

  test('pushback still gets the reason, not a passage', async () => {
    await runSteps([URGENT, ['is that really necessary?', [/why it matters|nothing serious/i]]], 'en-GB');
  });
});
