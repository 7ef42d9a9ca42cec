import { checkBandClient, type Step } from './support/botHarness';

// A yes that asks for the symptom check ("yes please, do the check") at a same-day
// sign's question is a yes to the check, which asks that sign in its own questions:
// never read as the sign. A plain yes still is the sign; an emergency's question keeps its yes.
const OPENER = 'sore back for a week and I keep reading scary things online';

describe('a yes to the check at a check question', () => {
  test.each<[string, string, Step[]]>([
    ['asking for the check starts it', 'cancer_history', [
      [OPENER, [/have you had cancer/i]],
      ['yeah go on then, do the check', [/Let's check your symptoms|Where is the pain/], [/get seen today/i]],
    ]],
    ['a plain yes is the sign', 'cancer_history', [
      [OPENER, [/have you had cancer/i]],
      ['yes I have', [/get seen today/i]],
    ]],
    ['at an emergency question the yes stays a yes', 'bladder', [
      [OPENER, [/\?/]],
      ['yeah go on then, do the check', [/call 999/i]],
    ]],
  ])('%s', async (_name, flag, steps) => {
    await checkBandClient({ [OPENER]: flag }, 'en-GB')(steps);
  });
});

// After a same-day alarm raised by a yes to a check question, the sign denied in its own
// words among other news gets that question once more, plainly; a clear no then takes it back.
describe('the answered sign denied later in its own words', () => {
  test('asked once more, and a no takes the alarm back', async () => {
    await checkBandClient({ [OPENER]: 'cancer_history' }, 'en-GB')([
      [OPENER, [/have you had cancer/i]],
      ['yes', [/get seen today/i]],
      ['low down on the left, started after digging, about a 3, and I have never had cancer', [/have you had cancer/i]],
      ['no', [/taken (your answer|that) as (a )?no/i]],
    ]);
  });
  test('other news without the denial keeps the alarm', async () => {
    await checkBandClient({ [OPENER]: 'cancer_history' }, 'en-GB')([
      [OPENER, [/have you had cancer/i]],
      ['yes', [/get seen today/i]],
      ['low down on the left, started after digging, about a 3', [], [/taken (your answer|that) as (a )?no/i, /have you had cancer/i]],
    ]);
  });
});
