import { runSteps, type Step } from './support/botHarness';
import { ASK, SCREEN } from './support/triageQuestions';

// Issue 11, the check listens: warning signs denied in passing are not asked
// again; "just tell me what to do" gives the result now with the signs still
// to watch for; "brb" pauses and "I'm back" resumes; progress reports are read
// with their negation. Each row: [user says, the reply must match all of
// these, and none of these]. Wording is our own, not from the blind rounds.

const EMERGENCY = /please call 911 now/i;
const SAME_DAY = /please get seen today/i;
const RESULT = /three things to do now/i;
// Any question of the check still being asked: its count, or its yes/no buttons.
const STILL_ASKING = [/more questions? after this one/i, /\[Yes\]/];
const START = 'can you run the symptom check';
// Where, when and how bad in one go: the next question is what set it off.
const DETAILS = 'middle of my lower back, since saturday morning, about a 6';

describe('warning signs denied in passing are answered no', () => {
  test.each<[string, Step[]]>([
    ['beside the trigger: bladder and groin numbness denied, so the nerves question is skipped', [
      ['twisting to reach the back seat. no numbness round my groin and peeing is normal', [SCREEN.legs], [SCREEN.nerves, EMERGENCY]],
    ]],
    ['a general "no tingling" plus the toilet being fine', [
      ['bent over the sink. no tingling anywhere, toilet side is all normal', [SCREEN.legs], [SCREEN.nerves, EMERGENCY]],
    ]],
    ['"nothing like that" completes the group whose signs were just denied', [
      ['gardening. no pins and needles, no wee trouble, nothing like that', [SCREEN.legs], [SCREEN.nerves, EMERGENCY]],
    ]],
    ['the legs denied beside a chest pain denial: legs skipped, the rest of the chest group still asked', [
      ['lifting a crate. my legs feel normal and no chest pain', [SCREEN.nerves], [EMERGENCY]],
      ['no', [SCREEN.accidentHeart], [SCREEN.legs, EMERGENCY]],
    ]],
    ['a denial said with doubt is no denial', [
      ['lifting boxes. not sure my bladder is normal to be honest', [SCREEN.nerves], [EMERGENCY]],
    ]],
    ['a denial word inside a sign is the sign, never a no', [
      ['lifting boxes. there is no feeling down there when i wipe', [EMERGENCY], [SCREEN.nerves, SCREEN.legs]],
    ]],
    ['one sign denied leaves the rest of its group to ask', [
      ['lifting boxes. no fever', [SCREEN.nerves], [EMERGENCY]],
      ['no', [SCREEN.legs]],
      ['no', [SCREEN.accidentHeart]],
      ['no', [SCREEN.infection]],
    ]],
  ])('%s', async (_name, steps) => {
    await runSteps([[START, [ASK.location]], [DETAILS, [ASK.trigger]], ...steps]);
  });

  test('denials before the check starts count too', async () => {
    await runSteps([
      ['my lower back went yesterday lifting a sofa, about a 7. no numbness down below and my bladder is fine. can you check my symptoms', [SCREEN.legs], [SCREEN.nerves, EMERGENCY]],
    ]);
  });

  test('a bare "nothing like that" at a detail question denies no warning sign', async () => {
    await runSteps([[START, [ASK.location]], [DETAILS, [ASK.trigger]], ['nothing like that', [SCREEN.nerves], [EMERGENCY]]]);
  });
});

describe('asking for the verdict mid-check gives the result now, with what to watch for', () => {
  test.each<[string, string, Step[]]>([
    ['at the legs question', 'just tell me what to do', [['no', [SCREEN.legs]]]],
    ['at the first safety question', 'skip the questions and tell me', []],
    ['at the cancer question', 'ok give me the verdict', [['no', [SCREEN.legs]], ['no', [SCREEN.accidentHeart]], ['no', [SCREEN.infection]], ['no', [SCREEN.cancer]]]],
  ])('%s: "%s"', async (_name, ask, before) => {
    await runSteps([
      [START, [ASK.location]],
      [DETAILS, [ASK.trigger]],
      ['picking up my toddler', [SCREEN.nerves]],
      ...before,
      [ask, [RESULT, /watch for/i, /(call 911 straight away|get seen today) if you have/i], STILL_ASKING],
    ]);
  });

  test('emergency signs are named before same-day ones, and signs already denied are left out', async () => {
    await runSteps([
      [START, [ASK.location]],
      [DETAILS, [ASK.trigger]],
      ['picking up my toddler. no fever', [SCREEN.nerves]],
      ['tell me what i should do now', [/call 911 straight away if you have new bladder[\s\S]*get seen today if you have[\s\S]*a past cancer/i, RESULT], [/fever with feeling very unwell/i, ...STILL_ASKING]],
    ]);
  });

  test('after a yes, the "which one" question still comes first', async () => {
    await runSteps([
      [START, [ASK.location]],
      [DETAILS, [ASK.trigger]],
      ['picking up my toddler', [SCREEN.nerves]],
      ['no', [SCREEN.legs]],
      ['no', [SCREEN.accidentHeart]],
      ['no', [SCREEN.infection]],
      ['yes', [/which/i]],
      ['just tell me what to do', [/which/i], [RESULT]],
    ]);
  });
});
