import { runSteps, testContent } from './support/botHarness';

// answers49: set 40's answers that ignored what the person told, by kind, phrasings this file's own. A baby named by
// months is a baby, not a toddler; someone under 18 hears that the self-care advice is written for adults; months that
// belong to another thing (an operation that long ago, a plan's length) are not how long the pain has lasted; one
// activity named twice in one message is answered once, and a second ask never gets another person's fact answer.

describe('a baby named by months or weeks is a baby', () => {
  const { answers } = testContent();
  test.each<[string, boolean]>([
    ['my 5 month old is getting heavy', true],
    ['our 10 week old will not settle', true],
    ['on my own with the baby all week', true],
    // a toddler is not a baby
    ['my 3 year old wants carrying', false],
    // weeks of pregnancy are no baby
    ['I am 20 weeks pregnant', false],
  ])('"%s"', (text, baby) => {
    expect(answers.facts.read(text, { known: {} }).known.lifting_baby !== undefined).toBe(baby);
  });

  test.each<[string, string, RegExp[], RegExp[]]>([
    ['the car seat: carry the baby, not "let them climb in"', 'lugging my 4 month old around in her car seat has wrecked my back, any advice?', [/infant car seat/i], [/toddler/i, /climb into the car/i]],
    ['a newborn and the car seat', 'getting the car seat in and out with a newborn is hurting my back, tips?', [/infant car seat/i], [/toddler/i]],
  ])('%s', async (_name, text, must, mustNot) => {
    await runSteps([[text, must, mustNot]], 'en-GB');
  });

  test('a lifting answer for a baby has no climbing up', async () => {
    await runSteps([
      ['my back went yesterday and I have a 7 week old', [/./]],
      ['how do I manage the car seat?', [/infant car seat/i], [/toddler/i]],
      ['how should I lift safely?', [/./], [/climb up to you/i]],
    ], 'en-AU');
  });
});

describe('someone under 18 hears that the advice is written for adults', () => {
  test.each<[string, string, string]>([
    ['en-US', 'a parent asking what their 15 year old should do', 'my 15 yo daughter pulled her back at netball and it keeps locking up, what should she do?'],
    ['en-GB', 'a teen telling their age with a report of pain: first steps, not "noted"', "i'm 16 and my back has gone stiff and sore after rugby training"],
  ])('%s: %s', async (locale, _name, text) => {
    await runSteps([[text, [/written for adults/i, /under 18/i, /keep moving/i], [/keep that in mind/i]]], locale);
  });

  test('an adult gets no such line', async () => {
    await runSteps([["i'm 36 and my back has gone stiff and sore after rugby", [/./], [/written for adults/i]]], 'en-GB');
  });
});

describe('months that belong to something else are not how long the pain has lasted', () => {
  const { answers } = testContent();
  test.each<[string, number | undefined]>([
    ['I had a caesarean 4 months ago, can I start exercising my back?', undefined],
    ['my osteo wants me in every week for 2 months', undefined],
    ['had my baby 5 months ago and now my back aches', undefined],
    // the back's own start and length keep their reading
    ['I put my back out 4 months ago and it still aches', 4],
    ['my back has been sore for 5 months', 5],
  ])('"%s"', (text, months) => {
    expect(answers.facts.read(text, { known: {} }).known.lasting).toBe(months);
  });

  test('no routine-visit lead for months that were the operation\'s', async () => {
    await runSteps([
      ['my back keeps going into spasm', [/./]],
      ['I had a caesarean 4 months ago, are gentle stretches ok?', [/./], [/lasted months/i]],
    ], 'en-US');
  });
});

describe('one message, one activity asked under two names, one answer', () => {
  test('yoga, then its poses by another name: the yoga answer once, with its poses', async () => {
    await runSteps([['can I go to yoga class with a back spasm? which asanas are alright?', [/yoga/i, /poses/i], [/asanas if you keep it gentle/i]]], 'en-GB');
  });

  test('the second ask never gets the answer of a fact the person has not told (pregnancy)', async () => {
    await runSteps([
      ['is yoga ok while my back is in spasm? which asanas are fine?', [/poses/i], [/asanas if you keep it gentle/i]],
      ['can i do pilates while my back is in spasm? which exercises are ok?', [/pilates/i], [/pregnan/i]],
    ], 'en-IN');
  });
});
