import { PATHS } from '../src/paths';
import { AcrossTurns, askingHalfCombinations } from '../src/safety/acrossTurns';
import { type Case, levelsEach, screen } from './support/screenTables';

// Round 33 (redflag33), misses and false alarms by kind, phrasings our own. Each kind with
// the sign present (raised) and its near-miss (quiet): a pain placed low in the middle of the
// back is no pain high in the back, the middle of the back or halfway up it is; a slip in the
// bathroom is no bladder or straining sign; a first bout over 50 told in other words; an onset
// told as a thunderclap, also relayed; a fall at 70 or over; injecting told as a habit.

levelsEach([
  [
    'the pain placed low in the middle of the back (not the thoracic row), or high in it',
    [
      ['no fever, no stinging when I wee, it is a dull ache low down in the middle of my back since I dug the veg patch', 'none'],
      ['my back aches low in the middle, just above my belt, since I moved the sofa', 'none'],
      ['the soreness is in the lower middle of my spine after the gym', 'none'],
      ['an ache right in the middle of my lower back since the weekend', 'none'],
      ['it is low down, dead in the middle, and no tingling anywhere', 'none'],
      // halfway up the back, or high in it, with no low placement: the sign
      ['it hurts about halfway up my spine, higher than my usual backache', 'urgent'],
      ['the ache is high up in my back, between my shoulder blades, not low down', 'urgent'],
    ],
  ],
  [
    'a slip or fall in the bathroom (not a bladder sign), and a bladder sign told beside one',
    [
      ['got up for the toilet at night, skidded on the wet tiles and wrenched my back', 'none'],
      ['lost my balance stepping out of the bath and my lower back has ached since', 'none'],
      ['slipped in the bathroom this morning and twisted my back', 'none'],
      ['I am pregnant and the baby sits on my bladder so I am weeing all day, and my back aches', 'none'],
      ['slipped in the bathroom last week and since then I can not pee even when I need to', 'emergency'],
      ['fell over in the kitchen on Sunday and now I keep leaking without knowing, my back is agony', 'emergency'],
      ['I am pregnant and since this morning I can not feel when I am passing water', 'emergency'],
      // a drink named in another sentence explains no bladder that will not empty
      ['I hurt my back on Monday. Tonight I keep going to the loo but nothing comes out. I have had my usual cups of tea.', 'emergency'],
    ],
  ],
  [
    'a first bout over 50 told in other words, and one that is not the first',
    [
      ['I am 64 and I have had a strong back all my life, now it aches for no reason', 'urgent'],
      ['59 and have always been proud of never having back trouble, it has ached for two weeks', 'urgent'],
      ['I am 68, never suffering with my back till now, and it just started aching', 'urgent'],
      ['I am 64 and my back has played up on and off for years, it is aching again', 'none'],
      ['I am 44 and I have had a strong back all my life, now it aches', 'none'],
    ],
  ],
  [
    'an onset told as a thunderclap, and a thunder that is weather',
    [
      ['the pain in my back hit like a thunderclap twenty minutes ago', 'emergency'],
      ['it started like a clap of thunder, this pain through my back', 'emergency'],
      ['my back hurts since I carried the shopping in the thunderstorm', 'none'],
    ],
  ],
  [
    'a fall at 70 or over, and a fall at a younger age or no fall',
    [
      ['I am 77 and I had a fall on the patio this morning, my back hurts a lot', 'emergency'],
      ['I am 80 and tripped and fell on the path, now my lower back is painful', 'emergency'],
      ['I am 73 and my back went when I reached for the kettle', 'none'],
      ['I am 76 and fell asleep in my armchair, my back is stiff', 'none'],
    ],
  ],
  [
    'injecting told as a habit, and a medicine injected',
    [
      ['been injecting again most weekends and my lower back is getting worse', 'urgent'],
      ['I use with needles now and then and my back has hurt all week', 'urgent'],
      ['I inject my insulin twice a day and my back aches after gardening', 'none'],
    ],
  ],
]);

// Someone else's first bout over 50: their age told in the message counts for the combination
// across turns too (the understander's reading), not only the writer's.
describe('a first bout over 50 told for someone else keeps the age as theirs', () => {
  const reading = askingHalfCombinations(screen, AcrossTurns.fromFile(PATHS.acrossTurns, screen));
  const cases: Case[] = [
    ['my mother is 79 and has back pain for the very first time in her life', 'urgent'],
    ['my husband is 66 and his back hurts for the first time ever, he did nothing to it', 'urgent'],
    ['my son is 30 and has back pain for the first time ever', 'none'],
  ];
  test.each<Case>(cases)('%s -> %s', (text, expected) => {
    expect(reading.read(text).redFlag?.level ?? 'none').toBe(expected);
  });
});

// Placed-elsewhere must stay fast on long repeated text (its phrases have gaps).
test('placed-elsewhere reading stays fast on long repeated text', () => {
  const long = 'low in the middle of my back and '.repeat(200);
  screen.detect(long);
  expect(screen.detect('x y '.repeat(200))).toBeNull();
});
