import { testContent, wholeBotSteps, type Step } from './support/botHarness';
import { vocabulary } from '../src/triage/vocabulary';
import { deniedSigns } from '../src/triage/denials';
import { keepDenied, DeniedWording } from '../src/safety/deniedSigns';
import { PATHS } from '../src/paths';

// Signs the person has ruled out are kept for the conversation: replies that would
// list warning signs name them as ruled out and list only what is left; a fear told
// after them is answered with what they ruled out; a sign told later still escalates.

const RULED_OUT = /you've said there's no numbness between the legs/i;
const REASSURED = /nothing you've told me is a warning sign/i;
// The general worry reply, which lists every sign again.
const FULL_LIST = /the signs that do matter are/i;
const EMERGENCY = /call 999 now, or go to the nearest emergency department/i;

const CHECK_START: Step[] = [
  ['check my symptoms', [/where is the pain/i]],
  ['lower back', [/when did it start/i]],
  ['since yesterday', [/how bad/i]],
  ['6', [/set it off/i]],
  ['bending over', [/trouble peeing/i]],
];

describe('signs denied, then a question whose reply would list warning signs', () => {
  test.each<[string, Step[]]>([
    [
      'a pushback after the legs and numbness were denied names them as ruled out',
      [
        ['my back is killing me, no numbness down there and my legs are fine', [/none of the warning signs/i], [EMERGENCY]],
        ["its my back not my legs, I just cant get upright", [RULED_OUT, /999/], [/what matters are a few warning signs/i, EMERGENCY]],
      ],
    ],
    [
      'a list of the emergency signs asked for after denials says what was ruled out first',
      [
        ['my back is killing me, no numbness down there and my legs are fine', [/none of the warning signs/i]],
        ['when is back pain an emergency?', [RULED_OUT, /call 999 or go to a&e now/i]],
      ],
    ],
    [
      'an early result after denials in the message acknowledges them and leaves them off the watch list',
      [
        ['Sore lower back for 3 days after tennis. I do not have any numbness, my bladder and bowels are fine and no fever. So what should I do?', [/here's my advice now/i, /no numbness between the legs, trouble peeing, bowel trouble or fever/i], [/new bladder, bowel or sexual problems/i, EMERGENCY]],
      ],
    ],
  ])('%s', async (_name, steps) => {
    await wholeBotSteps(steps, 'en-GB');
  });
});

describe("the symptom check's no answers are denials", () => {
  test('the result given early names the groups answered no as ruled out, not as signs to watch for', async () => {
    await wholeBotSteps(
      [
        ...CHECK_START,
        ['no', [/both legs/i]],
        ['no', [/accident or fall/i]],
        ['just tell me what to do', [RULED_OUT, /weakness in both legs, which is good/i, /chest pain or breathlessness/i], [/new bladder, bowel or sexual problems/i, /numbness or weakness in both legs, or a leg getting weaker/i]],
      ],
      'en-GB',
    );
  });

  test('a fear after the whole check answered no is met with what was ruled out', async () => {
    await wholeBotSteps(
      [
        ...CHECK_START,
        ...['both legs', 'accident or fall', 'fever', 'cancer', 'osteoporosis'].map((next): Step => ['no', [new RegExp(next, 'i')]]),
        ['no', [/here's what i heard/i]],
        ["I'm still scared it's something serious", [REASSURED, RULED_OUT, /999/], [FULL_LIST]],
      ],
      'en-GB',
    );
  });
});

describe('fear with denials on record', () => {
  test.each<[string, Step[]]>([
    [
      'fear after the denials',
      [
        ['my back is killing me, no numbness down there and my legs are fine', [/none of the warning signs/i]],
        ["I'm scared it's something really bad", [REASSURED, RULED_OUT, /if there was any trouble peeing or bowel trouble: then call 999/i], [FULL_LIST]],
      ],
    ],
    [
      'fear and denials in one message, nothing asked',
      [['my back went this morning, I am terrified. no numbness down there and I can pee fine', [REASSURED, /no numbness between the legs or trouble peeing/i, /999/], [FULL_LIST, EMERGENCY]]],
    ],
    [
      'after "delete my data" nothing is on record: the general reply',
      [
        ['my back is killing me, no numbness down there and my legs are fine', [/none of the warning signs/i]],
        ['delete my data', [/deleted/i]],
        ["I'm scared it's something really bad", [FULL_LIST], [REASSURED]],
      ],
    ],
  ])('%s', async (_name, steps) => {
    await wholeBotSteps(steps, 'en-GB');
  });
});

describe('a sign told after its denial still escalates, and is no longer named as ruled out', () => {
  test.each<[string, Step[]]>([
    [
      'legs denied, then both legs weak',
      [
        ['my back is killing me, no numbness down there and my legs are fine', [/none of the warning signs/i]],
        ["I'm scared it's something really bad", [REASSURED]],
        ['actually my legs have gone weak and wobbly, both of them', [EMERGENCY]],
      ],
    ],
    [
      'after an escalation, a fear with denials is never told nothing is a warning sign',
      [
        ...CHECK_START,
        ['no', [/both legs/i]],
        ['no', [/accident or fall/i]],
        ['no', [/fever/i]],
        ['yes', [/which/i]],
        ['fever', [/get seen today/i]],
        ["I'm scared it's something serious", [/./], [REASSURED]],
      ],
    ],
    [
      'numbness denied, then numb when wiping',
      [
        ['my back went this morning, I am terrified. no numbness down there and I can pee fine', [REASSURED]],
        ["now I can't feel anything when I wipe", [EMERGENCY]],
      ],
    ],
  ])('%s', async (_name, steps) => {
    await wholeBotSteps(steps, 'en-GB');
  });
});

describe('keepDenied', () => {
  test.each<[string, string[], { denied: string[]; present: string[] }, string[]]>([
    ['adds what is denied', [], { denied: ['bladder', 'fever'], present: [] }, ['bladder', 'fever']],
    ['a sign told later takes its denial off', ['bladder', 'fever'], { denied: [], present: ['bladder'] }, ['fever']],
    ['a sign told and denied in one message is not kept', [], { denied: ['bladder'], present: ['bladder'] }, []],
    ['a denial said again is kept once', ['fever'], { denied: ['fever'], present: [] }, ['fever']],
  ])('%s', (_name, kept, now, expected) => {
    expect(keepDenied(kept, now)).toEqual(expected);
  });
});

describe('denied-signs.yaml', () => {
  const wording = DeniedWording.fromFile(PATHS.deniedSigns);
  test('names the ruled-out signs and only the watched ones left', () => {
    const values = wording.fillFor(['saddle_numbness', 'bilateral_leg_symptoms', 'progressive_weakness']);
    expect(values?.denied).toBe('numbness between the legs, weakness in both legs or worsening weakness in a leg');
    expect(values?.left).toBe('trouble peeing or bowel trouble');
  });
  test('names only screen signs and passages that exist', () => {
    const flags = new Set(vocabulary().screen.flatMap((g) => g.items.map((i) => i.flag)));
    expect(wording.flagIds().filter((f) => !flags.has(f))).toEqual([]);
    expect(wording.safetyLine.filter((f) => !flags.has(f))).toEqual([]);
    expect(wording.passageIds().filter((id) => !testContent().answers.library.get(id))).toEqual([]);
  });
  test('nothing on record: no acknowledgement', () => {
    expect(wording.acknowledgement([])).toBe('');
    expect(wording.fillFor(['no_such_sign'])).toBeUndefined();
  });
  test.each([
    ["I'm absolutely petrified", true],
    ['Scared stiff tbh', true],
    ['it hurts when I bend', false],
  ])('"%s" is frightened: %s', (text, expected) => {
    expect(wording.frightened(text)).toBe(expected);
  });
});

describe('a denial said as what still works', () => {
  test.each([
    ['I can wee normally', true],
    ['i can pee fine thanks', true],
    ["I can't wee normally", false],
    ['I cannot pee normally', false],
  ])('"%s" denies bladder trouble: %s', (text, expected) => {
    expect(deniedSigns(text, []).has('bladder')).toBe(expected);
  });
});
