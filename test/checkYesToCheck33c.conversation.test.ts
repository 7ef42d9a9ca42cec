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
