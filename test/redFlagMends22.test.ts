import { level, named, quiet, screen } from './support/screenTables';

// Round 17's misses, by the general gap behind each (phrasings our own): legs told as
// strong among normal findings; a self-check whose sign "never" shows; "actually" after
// a verb in someone else's story; a grandparent called "granda"; numbness from sitting
// that goes on standing; a lay euphemism for sexual function; pain that spread from one
// leg to the other as well. Each has its positive twin, which must still escalate.

describe('normal findings the writer lists', () => {
  named([
    ['legs told as strong deny a both-legs sign', 'Pulled my back lifting boxes on Friday. Bladder fine, both legs feel strong, should I rest or move?', 'none'],
    ['weak legs are still a sign', 'Pulled my back lifting boxes on Friday and now both legs feel weak', 'emergency'],
  ]);
});

describe('a self-check whose sign never shows', () => {
  named([
    ['"they never are" after checking', 'I test my feet each morning to see if they are tingly. They never are. Back has been stiff for a week.', 'none'],
    ['a check that finds the sign still counts', 'I test my feet each morning to see if they are tingly and today both are tingly', 'emergency'],
  ]);
});

describe("someone else's illness told with 'actually' or a family word", () => {
  quiet([
    'my neighbour says his backache was actually a tumour in the end. he is fine now. mine is from mowing the lawn.',
    'back pain is how my granda found out about his cancer, so I am nervous. I am 30 and strained it at football.',
  ], 'none');
  test("the writer's own cancer still counts", () => {
    expect(level('I had bowel cancer two years ago and now my back aches at night')).not.toBe('none');
  });
});

describe('numbness from sitting that goes on standing', () => {
  quiet([
    'my backside goes numb on the long train commute, it wears off once I get up and stretch. my lower back aches though',
  ], 'none');
  // The learned stage may still ask its one question; the lexicon no longer calls 999.
  test('told without a back complaint, at most the check question', () => {
    expect(level('bum goes numb in the car on long trips and it goes away as soon as I walk about')).not.toBe('emergency');
  });
  test('numbness that stays on standing is still an emergency', () => {
    expect(level('my bum has gone numb and it does not go away when I stand up')).toBe('emergency');
  });
});

describe('sexual function in lay words', () => {
  test('"nothing works properly down there" is the sexual-function sign', () => {
    expect(level('back pain for a week and stuff down there does not work properly any more, you know what I mean')).toBe('emergency');
  });
});

describe('pain spread from one leg to the other', () => {
  test('the second leg as well is both legs', () => {
    expect(level('sciatica in my left leg since Monday, and now the pain is going down the right one too')).toBe('emergency');
  });
  test('one leg alone is not', () => {
    expect(level('sciatica in my left leg since Monday, and now it is going down to my left foot')).not.toBe('emergency');
  });
});

describe("a story on screen beside the writer's own ordinary back", () => {
  named([
    ['a drama character with a burst aneurysm, mine is a gym strain', 'Saw a documentary episode where a man had back pain from a ruptured aneurysm. Mine is just from deadlifts and eases when I walk.', 'none'],
    ['the writer with the same sign still escalates', 'sudden ripping pain through to my back like nothing before, I feel faint', 'emergency'],
  ]);
});
