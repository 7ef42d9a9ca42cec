import { runSteps, testContent, type Step } from './support/botHarness';
import { denialFlagIds, deniedSigns, groupsDenied } from '../src/triage/denials';
import { vocabulary } from '../src/triage/vocabulary';
import { join } from 'node:path';
import { PATHS } from '../src/paths';
import { readYamlFile } from '../src/util/yamlFile';
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
      // The fever ruled out is read back, and only the rest of its group asked.
      ['no', [/haven't had a fever\. .*immune system/i], [SCREEN.infection]],
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

describe('a short pause mid-check, then back to the same question', () => {
  test.each<[string, string, string]>([
    ['brb at a safety question', 'brb', 'ok back'],
    ['someone at the door', 'hang on, someone at the door', "sorry i'm back now"],
    ['one sec, then carry on', 'one sec', 'carry on'],
  ])('%s', async (_name, away, back) => {
    await runSteps([
      [START, [ASK.location]],
      [DETAILS, [ASK.trigger]],
      ['picking up my toddler', [SCREEN.nerves]],
      ['no', [SCREEN.legs]],
      [away, [/take your time/i], [...STILL_ASKING, SCREEN.legs, EMERGENCY, /can't help|not something/i]],
      [back, [SCREEN.legs], [SCREEN.nerves, EMERGENCY]],
      ['no', [SCREEN.accidentHeart]],
    ]);
  });

  test('a pause at a detail question resumes at that question', async () => {
    await runSteps([
      [START, [ASK.location]],
      ['give me a minute', [/take your time/i], [ASK.location]],
      ["ok i'm back", [ASK.location]],
    ]);
  });

  test('signing off pauses with a warm close, and "carry on" resumes', async () => {
    await runSteps([
      [START, [ASK.location]],
      [DETAILS, [ASK.trigger]],
      ['gotta go, thanks', [/paused the symptom check/i], [ASK.trigger]],
      ['carry on', [ASK.trigger]],
    ]);
  });

  test('"brb" with no check running is a short "no rush"', async () => {
    await runSteps([['brb', [/no rush/i], [/can't help|not something/i, ASK.location]]]);
  });
});

describe('progress reports are read with their negation', () => {
  test.each<[string, RegExp[], RegExp[]]>([
    ["honestly it's not easing at all", [/isn't easing yet/i], [/good to hear/i]],
    ['no better than on monday', [/isn't easing yet/i], [/good to hear/i]],
    ['still just as sore as last week', [], [/good to hear/i]],
    ['a lot less sore today', [/good to hear/i], [/isn't easing/i]],
    ['nowhere near as bad as yesterday', [/good to hear/i], [/getting worse/i]],
    ['getting worse since lunchtime', [/getting worse/i], [/good to hear/i]],
  ])('with no check running: "%s"', async (text, must, mustNot) => {
    await runSteps([[text, must, mustNot]]);
  });

  test('a fresh injury told at length is no report of easing', async () => {
    await runSteps([['i reached for the kettle this morning and my lower back locked, now i can barely straighten up', [], [/good to hear/i]]]);
  });

  test.each<[string, RegExp, RegExp[]]>([
    ['not improving at all', /isn't easing yet/i, [EMERGENCY, SCREEN.legs]],
    ["it's not as bad as earlier", /easing a little/i, [EMERGENCY, SCREEN.legs]],
    ['worse than this morning', /getting worse/i, [EMERGENCY, SCREEN.legs]],
  ])('at a safety question: "%s" is no answer; the same question again', async (text, reply, mustNot) => {
    await runSteps([
      [START, [ASK.location]],
      [DETAILS, [ASK.trigger]],
      ['picking up my toddler', [SCREEN.nerves]],
      [text, [reply, SCREEN.nerves], mustNot],
      ['no', [SCREEN.legs]],
    ]);
  });
});

describe('asking for the plan', () => {
  test.each<[string, Step[]]>([
    ['inside the check, "what should I be doing now" gives the result with what to watch for', [
      [START, [ASK.location]],
      [DETAILS, [ASK.trigger]],
      ['picking up my toddler', [SCREEN.nerves]],
      ['so what should i be doing now', [RESULT, /watch for/i], STILL_ASKING],
    ]],
    ['pain described with denials and a plan request: the result now from what it says, no questions', [
      ['my lower back seized up this morning carrying the shopping, about a 5, no numbness or tingling anywhere and my bladder is fine. so what should i do', [RESULT, /watch for/i, /5 out of 10/], [/let's check your symptoms/i, ...STILL_ASKING]],
    ]],
    ['details without "my", denials and a plan request in one long message', [
      ['lower back went on the right while hoovering, a 4 out of 10, no tingling, toilet all normal, legs ok. so what do i do now', [RESULT, /4 out of 10/], [/let's check your symptoms/i, ...STILL_ASKING]],
    ]],
    ['with no details, the self-care plan', [
      ['what should i do now', [/keep moving gently/i], STILL_ASKING],
    ]],
  ])('%s', async (_name, steps) => {
    await runSteps(steps);
  });
});

describe('the denial vocabulary', () => {
  test('names only signs the screen or the red-flag lexicon knows', () => {
    const lexicon = readYamlFile(join(PATHS.safety, 'red-flags.yaml')) as Record<string, Array<{ id: string }>>;
    const lexiconIds = Object.values(lexicon).flatMap((v) => (Array.isArray(v) ? v.map((e) => e.id) : []));
    const known = new Set([...lexiconIds, ...vocabulary().screen.flatMap((g) => g.items.map((i) => i.flag))]);
    expect(denialFlagIds().filter((id) => !known.has(id))).toEqual([]);
  });

  test.each<[string, string[]]>([
    ['no tingling and no pee problems, nothing like that', ['nerves']],
    ['my legs are fine but my bladder is not normal', []],
    ['i wonder if my bladder is fine', []],
    ['no fever', []],
  ])('"%s" answers groups %j', (text, groups) => {
    const lexicon = testContent().redFlags.denied(text);
    const all = /nothing like that/.test(text);
    expect(groupsDenied(vocabulary().screen, deniedSigns(text, lexicon), all).map((i) => vocabulary().screen[i]!.id)).toEqual(groups);
  });
});

test('a lower number reported is easing, even without the word "better"', async () => {
  await runSteps([["it's down to a 3 today", [/good to hear/i], [/isn't easing/i, /let's check your symptoms/i]]]);
});

test('a denial instead of an answer is acknowledged, and that group is not asked later', async () => {
  await runSteps([
    [START, [ASK.location]],
    ['my legs are totally fine by the way', [/good to know/i, ASK.location], [/didn't catch/i, EMERGENCY]],
    [DETAILS, [ASK.trigger]],
    ['reaching for a high shelf', [SCREEN.nerves]],
    ['no', [SCREEN.accidentHeart], [SCREEN.legs]],
  ]);
});

test('back from a pause with nothing paused, a question in the same message is answered', async () => {
  await runSteps([['brb', [/no rush/i]], ['ok back, where were we. is a hot water bottle a good idea?', [/heat/i], [/nothing paused|ask me anything about your back/i]]]);
});
