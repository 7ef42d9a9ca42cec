import { wholeBotSteps, type Step } from './support/botHarness';
import { CHECK_TO_BLADDER } from './support/checkQuestions';

// Talk inside the symptom check that is no answer and no report: a question about what a sign's
// name means at the question that asks that sign. Our own wording throughout.

const ALARM = /call 999 now, or go to the nearest emergency department/i;
const GROUP = /trouble peeing/i;
const DESCRIBED = /here's what that can feel like/i;
const LEGS = /weakness in both legs/i;

const steps = (s: Step[]) => wholeBotSteps(s, 'en-GB');

const CHECK_START: Step[] = CHECK_TO_BLADDER;

describe("asking what a sign's name means at its question is not having it", () => {
  test.each<string>([
    'honestly no idea what you mean by numbness when wiping',
    'not a clue what you mean by loss of bowel control',
    "don't know what saddle numbness is",
  ])('%s', async (said) => {
    await steps([...CHECK_START, [said, [DESCRIBED, GROUP], [ALARM]], ['no, nothing like that', [LEGS], [ALARM]]]);
  });

  test.each<string>([
    "I've got saddle numbness, what does that mean",
    'not sure what saddle numbness is meant to be, though it does feel numb when I wipe',
    'not sure what you mean by bowel control, my bum has gone numb',
    'numb when I wipe. what does that mean',
  ])('a sign told beside the question still escalates: %s', async (said) => {
    await steps([...CHECK_START, [said, [ALARM]]]);
  });
});

describe("same-day advice for pain between the shoulder blades also asks about the heart's signs", () => {
  test.each<string>([
    'upper back between my shoulder blades is sore after raking leaves all afternoon, any stretches?',
    'pain high up between the shoulder blades after carrying boxes upstairs all day',
  ])('%s', async (said) => {
    await steps([[said, [/get seen today/i, /chest pain/i, /short(ness)? of breath/i, /arm or jaw/i]]]);
  });
});

describe('a remark read weakly as goodbye, with no word of leaving, is not a farewell', () => {
  test.each<string>(['so I am basically stuck then', 'guess I am just stuck then'])('%s', async (said) => {
    await steps([
      ['my back went again, can I use the old codeine tablets from last year?', []],
      // mend44a: a remark that tells no limit or refusal is heard with gentle movement and heat, not "nothing here is a must"
      [said, [/gentle movement|keep moving gently/i], [/^Take care of yourself/]],
    ]);
  });

  test('a plain goodbye still closes', async () => {
    await steps([
      ['my back went again, can I use the old codeine tablets from last year?', []],
      ['ok bye now', [/take care/i]],
    ]);
  });
});

describe('"do the checking" after the details asks for the check, which starts with them kept', () => {
  test.each<string>(['sore low back 3 days since bending, 6 out of 10. do the checking', 'low back twinge since yesterday after lifting, 4 out of 10. do the checking'])('%s', async (said) => {
    await steps([[said, [/let's check your symptoms|questions/i], [/routine visit/i]]]);
  });
});
