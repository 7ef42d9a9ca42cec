import { runSteps } from './support/botHarness';

// Set 39's answers that ignored a fact the person told, by kind (answers48), phrasings our own: a little one named by
// age is a load the writer lifts, not the writer's age, and a toddler's car seat is not an infant's; an age told as
// "NN and still ..." is heard; a pregnant person's worry gets the pregnancy answer; a standing job asked about with
// a vague question gets the standing job's answer, not a menu.

describe('a young child named by age is someone the writer looks after', () => {
  test('their age is not the writer\'s: a later painkiller question is an adult\'s', async () => {
    await runSteps([
      ['my back went this morning and I have to pick up my 3 year old all day, any tips?', [/./]],
      ['can I have ibuprofen and paracetamol together?', [/together|both/i], [/not an adult's/i, /under 18/i]],
    ], 'en-GB');
  });

  test('a toddler\'s car seat: they climb in themselves, not the infant carrier', async () => {
    await runSteps([
      ['my toddler is two and wants carrying everywhere, my back is in spasm', [/./]],
      ['what about strapping him into the car seat?', [/climb/i], [/infant car seat/i]],
    ], 'en-AU');
  });

  test('a child named by age who has the back pain is still the one asked about', async () => {
    await runSteps([['my 14 yo has a sore back from hockey, what can she take?', [/under 18/i]]], 'en-CA');
  });
});

describe('facts heard in the answer', () => {
  test.each<[string, string, RegExp[], RegExp[]]>([
    // an age told as where the person is at
    ['en-GB', '71 and still gardening every day, my back has seized up, which painkiller?', [/over 65/i], [/usual first choice/i]],
  ])('%s: "%s"', async (locale, text, must, mustNot) => {
    await runSteps([[text, must, mustNot]], locale);
  });

  // Merge fix: a day or a score before "NN and still" is no age (set 40's replay kept "day 10" as a fact).
  test.each<[string]>([['it is day 11 and still bad'], ['day 12 and still pretty rough']])('"%s" keeps no fact', async (text) => {
    await runSteps([
      ['how long will my back spasm go on for? never had one before', [/./]],
      [text, [/./], [/keep that in mind/i, /under 18/i]],
    ], 'en-GB');
  });

  test('pregnant and worried: the pregnancy answer, with what to call the midwife for', async () => {
    await runSteps([
      ['I am 30 weeks pregnant and my back keeps going into spasm', [/./]],
      ['should I be worried?', [/pregnancy/i, /midwife/i]],
    ], 'en-GB');
  });

  test('a standing job told with a vague question gets the standing job\'s answer, not a menu', async () => {
    await runSteps([
      ['I hurt my back yesterday', [/./]],
      ['my job has a lot of standing, alright to carry on?', [/on your feet/i], [/don't have an answer/i]],
    ], 'en-GB');
  });
});
