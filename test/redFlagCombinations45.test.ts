import { readLexicon } from '../src/safety/redFlagData';
import { everyWayClosed, holds } from '../src/safety/flagCombinations';
import { level, screen } from './support/screenTables';

// One combination type for every reader: the parts a red-flag combination needs (`all`) and the
// parts it must go without (`none`). Each reader of combinations is checked on a `none` part:
// the lexicon's data, the same message, a sign supposed beside a standing alarm, the denials
// that close the learned stage's guess, and (redFlagAcrossTurns.test.ts) parts told across turns.

const lexicon = (when: unknown) => ({
  flags: [{ id: 'bladder', level: 'emergency', description: 'd', reason: 'r', patterns: ['wet myself'], when }],
  signs: [
    { id: 'little_out', patterns: ['barely anything'] },
    { id: 'press_belly', patterns: ['press on my belly'] },
    { id: 'stool_told', patterns: ['constipated'] },
  ],
});

describe('the lexicon reads a combination as the parts it needs and the parts it must go without', () => {
  test('a bare list needs every part and goes without none', () => {
    expect(readLexicon(lexicon([['little_out', 'press_belly']]), 'red-flags.yaml').flags[0]!.when).toEqual([{ all: ['little_out', 'press_belly'], none: [] }]);
  });

  test('a mapping names both', () => {
    const when = [{ all: ['little_out', 'press_belly'], none: ['stool_told'] }];
    expect(readLexicon(lexicon(when), 'red-flags.yaml').flags[0]!.when).toEqual(when);
  });

  test.each([
    // the old "!id" way would be read as a sign never found
    [[['little_out', '!stool_told']], /when\[0\]\[1\]: write an absent part under `none`/],
    [[{ all: ['little_out'], none: ['little_out'] }], /when\[0\]\.none: "little_out" is in `all` as well/],
    [[{ all: ['little_out'], none: ['stool'] }], /when\[0\]\.none\[0\]: unknown flag or sign "stool"/],
    [[{ all: ['little_out'], never: ['stool_told'] }], /when\[0\]\.never: unknown field/],
  ])('%j is refused with the field named', (when, error) => {
    expect(() => readLexicon(lexicon(when), 'red-flags.yaml')).toThrow(error);
  });
});

describe('holds and everyWayClosed', () => {
  const combo = { all: ['little_out', 'press_belly'], none: ['stool_told'] };
  const has = (...ids: string[]) => (id: string) => ids.includes(id);

  test('holds: every needed part and no absent one', () => {
    expect(holds(combo, has('little_out', 'press_belly'))).toBe(true);
    expect(holds(combo, has('little_out', 'press_belly', 'stool_told'))).toBe(false);
    expect(holds(combo, has('little_out', 'stool_told'))).toBe(false);
  });

  test('a way is closed by a needed part denied or an absent part told, not by an absent part denied', () => {
    const other = { all: ['fever', 'very_unwell'], none: [] };
    expect(everyWayClosed([combo], has('press_belly'), has())).toBe(true);
    expect(everyWayClosed([combo], has(), has('stool_told'))).toBe(true);
    expect(everyWayClosed([combo], has('stool_told'), has())).toBe(false);
    expect(everyWayClosed([combo, other], has(), has('stool_told'))).toBe(false);
    expect(everyWayClosed([combo, other], has('fever'), has('stool_told'))).toBe(true);
    expect(everyWayClosed([], has('fever'), has('stool_told'))).toBe(false);
  });
});

describe('the screen on the real lexicon', () => {
  test.each([
    ['my back is bad since sunday, I have to press on my belly and barely anything comes out', 'emergency'],
    // the part it must go without denied: the combination stays open
    ['back bad since sunday, not constipated, but I press on my belly and barely anything comes out', 'emergency'],
  ] as const)('"%s" is %s', (text, expected) => {
    expect(level(text)).toBe(expected);
    expect(screen.detect(text)?.flags).toContain('bladder');
  });

  // (The lexicon's own reading: the learned stage may still read the words as the bladder's, the safer side.)
  test('a stool told beside it: the lexicon does not make the combination', () => {
    expect(screen.names('bladder', 'back bad since sunday, I press on my belly and barely anything comes out')).toBe(true);
    expect(screen.names('bladder', 'back bad since sunday, so constipated, I press on my belly and barely anything comes out')).toBe(false);
  });

  // A standing urgent alarm, the user supposing the signs of a combination: its warning goes with the answer.
  test('a supposed combination with a part it must go without is made when that part is not told', () => {
    expect(screen.supposedWith('what if I have to press on my belly and barely anything comes out?', ['cough_sneeze_strain'])).toEqual(['bladder']);
    expect(screen.supposedWith('what if I have to press on my belly and barely anything comes out, I am constipated', ['cough_sneeze_strain'])).toEqual([]);
  });
});
