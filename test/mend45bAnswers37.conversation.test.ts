import { runSteps, type Step } from './support/botHarness';

// Set 37's answers, by kind (mend45b), phrasings our own: a medicine answer is for the person asked
// about (a child named with an age gets the child's answer, not an adult's product cleared); paracetamol
// is never called "the one to try" when its efficacy is asked; a fact that rules NSAIDs out is not told
// "take only one NSAID"; an older person's slip on one step is the same-day check, and a helper's plan to
// drive them there is backed; a medicine told alone says what a pharmacist checks.

describe('a child named with an age is the one the medicine question is about', () => {
  test.each<[string, string, RegExp[], RegExp[]]>([
    ['en-IN', 'my girl is 9 and her back hurts after gymnastics, can I give her the Combiflam I use?', [/not an adult's/i, /pharmacist/i], [/If an anti-inflammatory is safe for you/i]],
    ['en-GB', 'our boy is 13 and pulled his back at football. is the Nurofen I take alright for him?', [/under 18/i], [/usual first choice/i]],
    // named by age alone, with an adult codeine combination (merge45, as a user)
    ['en-GB', 'is it ok to give my 8 year old a couple of my co-codamol, her back is sore from trampolining', [/not an adult's/i], [/don't drive/i]],
    ['en-GB', 'our lad is 11 and his back aches, could he have one of my Nurofen Plus?', [/not an adult's/i], [/don't drive/i]],
  ])('%s: "%s"', async (locale, text, must, mustNot) => {
    await runSteps([[text, must, mustNot]], locale);
  });

  test('a child carried is no child asked about: the writer\'s own codeine question stays theirs', async () => {
    await runSteps([['I hurt my back lifting my 2 year old, can I take my co-codamol?', [/codeine/i], [/not an adult's/i]]], 'en-GB');
    await runSteps([['carrying my 3 year old round the zoo all day, is nurofen plus ok for me?', [/codeine/i], [/not an adult's/i]]], 'en-GB');
  });

  test('a baby\'s age in weeks leaves the writer\'s own painkiller question theirs', async () => {
    await runSteps([['my son is 10 weeks old and I hurt my back lifting him, can I take ibuprofen?', [/ibuprofen/i], [/under 18/i, /not an adult's/i]]], 'en-GB');
  });
});

describe('painkiller facts', () => {
  test('on an ARB, asked whether paracetamol alone does anything: it does little, not "the one to try"', async () => {
    await runSteps([
      ['I take losartan for blood pressure and my back has gone into spasm', [/./]],
      ['does paracetamol by itself do much for it?', [/does little/i], [/one to try/i]],
    ], 'en-GB');
  });

  test('with kidney disease, "this or that NSAID?" is not told to take only one', async () => {
    await runSteps([['I have CKD stage 3, can I have Nurofen or naproxen for my back?', [/kidney/i], [/can go with it/i, /only one NSAID/i]]], 'en-GB');
  });

  test('a medicine told on its own after a sleep question says what a pharmacist checks', async () => {
    await runSteps([
      ['my back keeps me awake, is there anything I can take at night', [/./]],
      ['I am on citalopram by the way', [/pharmacist/i, /clash|goes with/i]],
    ], 'en-CA');
  });

  test('low vitamin D: treated as the doctor advises, no quick fix for a spasm', async () => {
    await runSteps([['would vitamin d help my back spasm? a blood test said mine is low', [/vitamin D/i, /doctor/i]]], 'en-IN');
  });
});

describe('an older person\'s slip on one step', () => {
  test('the same-day check, then a helper\'s plan to drive them there is backed', async () => {
    const steps: Step[] = [
      ['my dad is 81 and slipped a bit on the back step when his back went, what should we do', [/today/i], [/call 999 now/i]],
      ['ok I will drive him to the walk in centre this evening', [/good plan/i], [/someone else drives you/i]],
    ];
    await runSteps(steps, 'en-GB');
  });
});
