import { runSteps, testContent } from './support/botHarness';

// answers47: a stated fact reaches the answer for the person asked about. A child named with an age ("my son is 12")
// is the one a painkiller question is about, however the age is followed (a comma, "'s", a new sentence), and a number
// is read as an age only when no unit follows it; a drink of another kind is no alcohol. Phrasings are this file's own.

describe('a child named with an age, read whoever writes', () => {
  const { answers } = testContent();
  test.each<[string, number | undefined]>([
    ['my nephew is 13, he plays hockey and his back hurts', 13],
    ['our youngest is 9. her back is stiff after the trampoline', 9],
    ["my lad's 16 and keeps getting a sore back from rowing", 16],
    ['my stepdaughter is 12 years old and her back aches', 12],
    // a time, distance or weight after the number is no age
    ['my son is 20 minutes away with the car, what can I take?', undefined],
    ['my daughter is 14 years old, she weighs 45 kg', 14],
    ['my daughter is 45 kg', undefined],
    ['my niece 3 years ago had the same trouble', undefined],
    // an adult child is no child
    ['my son is 34 and works in a warehouse', undefined],
    // the writer asking of their own back: the child's age is not theirs
    ['my son is 11, I hurt my back carrying his bike, can I take naproxen?', undefined],
  ])('"%s"', (text, age) => {
    expect(answers.facts.read(text, { known: {} }).known.child).toBe(age);
  });

  test('the age told in one message reaches a painkiller question about them in the next', async () => {
    await runSteps([
      ['hi, my grandson is 14, he does judo three times a week and since sunday his lower back is sore. heat or ice for him?', [/./]],
      ['could he have some nurofen?', [/not an adult's/i, /under 18/i], [/if over 65/i]],
    ], 'en-GB');
  });

  test('an age followed by a comma and a pronoun still names who is asked about', async () => {
    await runSteps([['my niece is 16, she swims for her school, is ibuprofen ok for her?', [/not an adult's/i]]], 'en-AU');
  });
});

describe('a drink of another kind is no alcohol', () => {
  test.each<[string]>([
    ['are soft drinks alright with my naproxen?'],
    ['I live on energy drinks at work, can I still take nurofen?'],
    ['is alcohol free lager ok on ibuprofen?'],
  ])('"%s" is not answered with the alcohol answers', async (text) => {
    await runSteps([[text, [/./], [/alcohol/i, /drink or two/i]]], 'en-GB');
  });

  test('beer with a painkiller is still the alcohol answer', async () => {
    await runSteps([['few pints tonight with my naproxen, ok?', [/alcohol|drink/i]]], 'en-GB');
  });
});
