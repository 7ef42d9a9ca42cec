import { Dictionary, Language, TypoCorrector } from '../src/language';
import { ConceptLexicon, inflectedEntries } from '../src/nlu/conceptLexicon';

// Typo correction never turns a real English word into a different vocabulary word,
// and a concept's own inflected entries ("weed" beside "wee") are matched only as written.
describe('Dictionary', () => {
  const dict = new Dictionary(new Set(['mower', 'weed', 'stop', 'tidy', 'bake']));

  test.each(['mower', 'mowers', 'weeding', 'weeded', 'stopped', 'stopping', 'tidier', 'tidied', 'baked', 'baking'])('%s is a real word', (w) => {
    expect(dict.has(w)).toBe(true);
  });

  test.each(['mowr', 'weding', 'stoppd', 'bakking'])('%s is not', (w) => {
    expect(dict.has(w)).toBe(false);
  });

  test('the project list is generated from WordNet and loaded with the language layer', () => {
    const lists = Language.fromDirectory().lists;
    expect(lists.dictionary.size).toBeGreaterThan(50_000);
    expect(lists.dictionary.has('gardening')).toBe(true);
    expect(lists.dictionary.has('bladdr')).toBe(false);
  });
});

describe('TypoCorrector with a dictionary', () => {
  const options = { minLength: 4, maxDistance: () => 1, ties: 'first' as const, eligible: /^[a-z]+$/ };

  test('a real word is left alone, a typo is still corrected', () => {
    const corrector = new TypoCorrector(['lower', 'fine'], { ...options, dictionary: new Dictionary(new Set(['mower', 'fire'])) });
    expect(corrector.correct('mower')).toBe('mower');
    expect(corrector.correct('fire')).toBe('fire');
    expect(corrector.correct('lowr')).toBe('lower');
    expect(corrector.correct('fien')).toBe('fine');
  });

  test('without one, the nearest vocabulary word wins (the behaviour the guard stops)', () => {
    const corrector = new TypoCorrector(['lower'], options);
    expect(corrector.correct('mower')).toBe('lower');
  });
});

describe('inflected concept entries', () => {
  test('an entry that inflects another entry of its list is marked', () => {
    expect([...inflectedEntries(['wee', 'weed', 'wees', 'weeing', 'pee', 'peed', 'bladder'])].sort()).toEqual(['weed', 'weeing', 'wees', 'peed'].sort());
  });

  test('it matches only as written; the base entry still matches inflections', () => {
    const words = (t: string) => t.split(' ');
    const lexicon = new ConceptLexicon(new Map([['bladder', ['wee', 'weed']]]), words);
    expect(lexicon.match(words('a day of weeding'))).toEqual([]);
    expect(lexicon.match(words('i weed myself'))).toEqual(['#bladder']);
    expect(lexicon.match(words('weeing all night'))).toEqual(['#bladder']);
  });
});
