import { readLexicon } from '../src/safety/redFlagData';
import { combinedResult } from '../src/safety/flagCombinations';
import { levelsEach, screen } from './support/screenTables';

// Round 44 (safety helper), kinds in our own phrasings: a fall at 70 or over told as a slip or trip
// on the level is the notes' minor fall (urgent), not their serious accident (emergency), while a
// fall told plainly or down steps keeps the emergency reading; "can't remember who came round" is
// an event forgotten, not a person not known; trips to the toilet counted over a night name no
// straining; a relative's event at an age ("had a stroke at 58"), with no age of theirs now, is their
// history, not a patient now. Each with twins that must still be raised.

levelsEach([
  [
    'a slip or trip on the level at 70 or over',
    [
      ['I am 77 and lost my footing on the wet patio tiles yesterday, my back has ached since', 'urgent'],
      ['81 years old, tripped over the hoover cable in the lounge and now my lower back is sore', 'urgent'],
      // a fall told plainly: how bad it was is not said, the safer reading stays
      ['I am 80 and had a fall yesterday, my back is very sore', 'emergency'],
      // a slip that began a fall down steps
      ['I am 76 and slipped on the icy path at the top of the steps and went down them all, my back is agony', 'emergency'],
      ['I am 78, fell down the stairs this morning and my back hurts', 'emergency'],
    ],
  ],
  [
    'an event forgotten beside a fever',
    [
      ['I have got a fever and honestly cannot remember who phoned me earlier, my back aches', 'urgent'],
      ['feverish all day and I could not remember who anyone was', 'emergency'],
      ['running a fever and I did not know who I was when I woke', 'emergency'],
    ],
  ],
  [
    'toilet trips counted over a night',
    [
      ['up to the bathroom three times a night and now I cannot pee at all', 'emergency'],
      ['up for the loo twice a night and I have wet myself without knowing', 'emergency'],
    ],
  ],
  [
    'a relative\'s event at an age',
    [
      ['my uncle had a heart attack at 55 and now my back is really sore', 'none'],
      ['my mum had a stroke at 58 and now my back is killing me after gardening', 'none'],
      // the relative told as in trouble now
      ['my dad had a heart attack at 60 and now he is sweating with pain in his chest and back', 'emergency'],
    ],
  ],
]);

describe('toilet trips counted name no straining', () => {
  test.each<string>([
    'I get up for the toilet four times a night at the moment and my lower back aches',
    'going to the loo 3 times every night lately, and the back is stiff in the mornings',
  ])('%s', (text) => {
    const r = screen.detect(text);
    expect(r?.level).not.toBe('emergency');
    expect(r?.flags ?? []).not.toContain('cough_sneeze_strain');
  });

  test('straining told beside them still counts', () => {
    expect(screen.detect('up to the loo twice a night and my back hurts when I strain')?.flags).toContain('cough_sneeze_strain');
  });
});

describe('a combination that holds only without a sign (`none`)', () => {
  const lexicon = (flag: Record<string, unknown>) => ({
    flags: [{ id: 'major_trauma', level: 'emergency', description: 'd', reason: 'r', patterns: ['crash'], ...flag }],
    signs: [
      { id: 'age_over_70', patterns: ['i am 80'] },
      { id: 'fall_told', patterns: ['fell'] },
      { id: 'soft_landing', patterns: ['on the rug'] },
    ],
  });

  test('a sign under `none` keeps the combination from raising the flag, not its own patterns', () => {
    const { flags, signs } = readLexicon(lexicon({ when: [{ all: ['age_over_70', 'fall_told'], none: ['soft_landing'] }] }), 'red-flags.yaml');
    const entries = [...flags, ...signs];
    const byId = new Map(flags.map((f) => [f.id, f]));
    expect(combinedResult(entries, byId, new Set(['age_over_70', 'fall_told']))?.flags).toEqual(['major_trauma']);
    expect(combinedResult(entries, byId, new Set(['age_over_70', 'fall_told', 'soft_landing']))).toBeNull();
    expect(combinedResult(entries, byId, new Set(['major_trauma', 'soft_landing']))?.flags).toEqual(['major_trauma']);
  });

  test('an unknown id names the file and field', () => {
    expect(() => readLexicon(lexicon({ when: [{ all: ['age_over_70', 'fall_told'], none: ['fall_of_doom'] }] }), 'red-flags.yaml')).toThrow(/red-flags\.yaml.*when\[0\]\.none\[0\].*fall_of_doom/);
  });

  test('a combination of absent parts alone is refused', () => {
    expect(() => readLexicon(lexicon({ when: [{ all: [], none: ['soft_landing'] }] }), 'red-flags.yaml')).toThrow(/when\[0\]\.all: must name at least one id/);
  });
});
