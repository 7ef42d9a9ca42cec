import { combine } from '../src/safety/redFlagScreen';
import { level, levels, levelsAt, quiet } from './support/screenTables';

// Issue 10, false alarms (phrasings our own): a question asked about a sign in
// general, an if-clause that ends in "would ...?", others' findings said of
// people in general, a friend's treatment, a resolved past episode and a fear
// put as a question are not the writer's red flags; the writer's own signs,
// told beside such sentences, still are.

describe('a question about a sign in general, wherever it sits', () => {
  quiet([
    'Is saddle numbness the same as a numb bum after a long drive?',
    'quick question: why is a fever with back pain a worry?',
    'Could sciatica ever turn into something that stops you being able to wee?',
    'What counts as a proper fever in grown ups, what reading on the thermometer?',
    'My back is stiff from the garden. Does cauda equina always come on fast?',
    'Why would unexplained weight loss matter with a sore back?',
  ], 'none');

  levels([
    ['is it normal that I cannot feel my bum when I wipe?', 'emergency'],
    ['Is numbness round the back passage normal? It started this morning and my back is agony', 'emergency'],
    ['What should I do? I have not been able to pee since last night', 'emergency'],
    ['Is that serious? Both my legs have gone numb', 'emergency'],
    ['why is there no feeling down below when I wipe?', 'emergency'],
  ], 'the writer asking about their own sign still escalates: %s');
});

describe('an if-clause ending in a supposing "would ...?" is hypothetical to its end', () => {
  quiet([
    'Just so I know: if I got out of bed and my legs were numb, or I had wet the bed, would that mean ringing 999?',
    'if on a long drive I suddenly lost feeling in my bum or could not pee, what would I do?',
    'if a person with a bad back suddenly got a high fever and the shakes, would they go to A&E?',
  ], 'none');

  levelsAt('emergency', [
    'if I stand up my legs give way, would that be a disc?',
    'if I get up, I cannot feel my legs at all, what would that be?',
    'if I cough I wet myself now, what would cause that?',
  ], 'a real symptom told with "if" still escalates: %s');
});

describe("other people's findings said in general, and others' treatment", () => {
  quiet([
    'Some websites say night pain is a warning sign, others say it is not. Which is it?',
    'A pal of mine on chemotherapy has a bad back too. Mine is only stiff after the gym.',
    'A neighbour of ours has HIV and had a spine infection. I have a stiff back from digging.',
    'My cousin told me her legs went numb when her disc went. Mine has not done anything like that.',
  ], 'none');

  test('a relative described now, for the writer, still escalates', () => {
    expect(level('writing for my dad, he cannot tell when he needs a wee today and his back is bad')).toBe('emergency');
  });
});

describe('a past episode that sorted itself out, a form that asked, a fear put as a question', () => {
  quiet([
    'years back (2012?) I could not pee for a day after an operation, sorted itself out. back is sore now from the gym',
    'I had a bad flu with a high temperature as a student, all long gone. The form asked about fevers, so I said so.',
    'Will I end up in a wheelchair? I tweaked my back moving a desk, I can walk fine',
  ], 'none');

  levelsAt('emergency', [
    'years back I had a disc op, and now I cannot pee since this morning',
    'I could not pee for a day last year and it sorted itself out, but today I cannot pee again',
  ], 'the present reopens it: %s');
});

describe("the learned stage on an urgent flag the lexicon read as someone else's", () => {
  const t = { check: 0.6, flag: 0.9 };
  const levelOf = () => 'urgent' as const;
  const reading = { flag: 'cancer_history', probability: 0.95, worry: 0, anchored: true };
  test.each<[string, string[], string[], 'urgent' | 'check' | null]>([
    ["someone else's only: nothing", ['cancer_history'], ['cancer_history'], null],
    ['negated (the lexicon may misread): only the question', ['cancer_history'], [], 'check'],
    ['nothing set aside: the model raises it', [], [], 'urgent'],
  ])('%s', (_name, scopedAway, othersOnly, expected) => {
    const got = combine(null, reading, t, levelOf, [], scopedAway, false, othersOnly);
    expect(got?.level ?? null).toBe(expected);
  });

  quiet([
    'My aunt has brittle bones and fractured her spine coughing. I am 29 with a sore back from climbing.',
    'Grandad had bowel cancer that spread to his bones. I am 30 and my back is sore from rowing.',
  ], 'none');
});
