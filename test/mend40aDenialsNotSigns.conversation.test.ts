import { wholeBotSteps, type Step } from './support/botHarness';
import { CHECK_TO_BLADDER } from './support/checkQuestions';
import { afterHedgedEcho } from '../src/triage/hedgedEcho';
import { TriageDialog } from '../dialogs/triageDialog';

// A denial is never a sign: "fine" in other Englishes after the safety line, a learned-stage
// guess on the words of a no, the question's words said back before a hedge and a no, and a
// sign asked back with a hedge outside the check. A sign told plainly still escalates.
// Our own wording throughout.

const ALARM = /call 999 now, or go to the nearest emergency department/i;
const SAME_DAY = /please get seen today/i;
const GROUP = /trouble peeing/i;
const LEGS = /weakness in both legs/i;
const DESCRIBED = /here's what that can feel like/i;

const steps = (s: Step[]) => wholeBotSteps(s, 'en-GB');

const CHECK_START: Step[] = CHECK_TO_BLADDER;

describe('"fine" in other Englishes after the safety line is no yes to it', () => {
  test.each<string>([
    'legs are grand, it is only the back. ok giving it a go',
    'the legs are sound mate just my back. ok here goes',
    'legs feel sweet, only the back is wrecked. ok trying now',
  ])('%s', async (said) => {
    await steps([
      ['my back has seized and i am stuck on the kitchen floor, how do i get up', [/hands and knees/i]],
      [said, [], [ALARM]],
    ]);
  });

  test('a yes that points at the legs sign still escalates', async () => {
    await steps([
      ['my back has seized and i am stuck on the kitchen floor, how do i get up', [/hands and knees/i]],
      ['yes the legs one', [/emergency department/i]],
    ]);
  });
});

describe('a no at the check\'s bladder and saddle question is not read as its sign', () => {
  test.each<string>([
    'nope, only the right side. nothing going on down there',
    'no, just on the one side. nothing down below',
  ])('%s', async (said) => {
    await steps([...CHECK_START, [said, [LEGS], [ALARM]]]);
  });

  test('the sign told plainly at the same question still escalates', async () => {
    await steps([...CHECK_START, ['yes, it goes numb between my legs when I wipe', [ALARM]]]);
  });
});

describe("the question's words said back, a hedge, then a no: described and taken as a no", () => {
  test.each<string>([
    'tingly round my bum?? no idea what that would even be like. all normal down there i think',
    'numbness in the saddle bit?? dunno really mate. everything is fine down there',
  ])('%s', async (said) => {
    await steps([...CHECK_START, [said, [DESCRIBED, LEGS], [ALARM]]]);
  });

  test('a hedge with no no after it is described and asked again', async () => {
    await steps([...CHECK_START, ['numbness in the saddle bit?? no idea what that would feel like', [DESCRIBED, GROUP], [ALARM]]]);
  });
});

describe('a sign asked back with a hedge outside the check is asked about, not raised', () => {
  test('night pain hedged, the rest a calm sign', async () => {
    await steps([
      ['my lower back went on Monday lifting a crate, about a 6', []],
      ['worse at night? maybe? it hurts more when i sneeze, that is all', [], [SAME_DAY, ALARM]],
    ]);
  });

  test('a sign the rest tells plainly still escalates', async () => {
    await steps([
      ['my lower back went on Monday lifting a crate, about a 6', []],
      ['numb down there? sort of? and i have wet myself twice today without noticing', [ALARM]],
    ]);
  });
});

describe('afterHedgedEcho: what follows a hedged echo', () => {
  test.each<[string, string | undefined]>([
    ['worse at night? maybe? it hurts more when i sneeze', 'it hurts more when i sneeze'],
    ['numb down there? sort of', ''],
    ["i've got numbness down there? sort of", undefined],
    ['worse at night? yes', undefined],
    ['it is worse at night. maybe', undefined],
  ])('%s', (text, rest) => {
    expect(afterHedgedEcho(text, 'en-GB')).toBe(rest);
  });
});

describe('a request for the check with its purpose after it starts the check', () => {
  test.each<string>([
    'go on then, start the check so my mind is at rest',
    'lets run the symptom check so i can stop worrying',
    'can we do the check so i know whether to relax',
    'run the questions to put my mind at rest please',
  ])('%s', async (said) => {
    await steps([
      ['no warning signs here, just a stiff lower back since the weekend', []],
      [said, [/where is the pain|trouble peeing|how bad/i], [/nothing to cancel/i]],
    ]);
  });

  test('a stop with a purpose is still a stop', () => {
    expect(TriageDialog.asksForCheckNow('stop the check so i can go to work')).toBe(false);
  });
});
