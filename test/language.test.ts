import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Language, LANGUAGE_DIR, TypoCorrector, foldCharacters, foldText, letterRuns, plainWords, rawTokens, readWordLists } from '../src/language';

const language = Language.fromDirectory();

describe('Language.tokens', () => {
  test.each<[string, string]>([
    // contractions, with and without apostrophes, straight or curly
    ["I can't pee", 'i can not pee'],
    ['i cant pee', 'i can not pee'],
    ['I can’t pee', 'i can not pee'],
    ['I cannot pee', 'i can not pee'],
    ['dont know, wont stop', 'do not know , will not stop'],
    ["im in pain and ive tried ice", 'i am in pain and i have tried ice'],
    ["it's bad, its really bad", 'it is bad , it is really bad'],
    ["shouldn't I rest? you've said", 'should not i rest ? you have said'],
    ["they'll know, she'd go, we're here", 'they will know , she would go , we are here'],
    ["my mum's back", 'my mum back'],
    ["o'clock", 'oclock'],
    // misspellings and shorthand, including several words for one
    ['my bladdr is weird', 'my bladder is weird'],
    ['ibuprophen or paracetemol?', 'ibuprofen or paracetamol ?'],
    ['hurts alot', 'hurts a lot'],
    ['thx u r great', 'thanks you are great'],
    ["I pee'd myself", 'i peed myself'],
    ['my GP said', 'my doctor said'], // synonyms are read alike
    ['since yday', 'since yesterday'],
    // case, accents, quotes, dashes, ampersand, numbers
    ['CAN’T FEEL MY FEET', 'can not feel my feet'],
    ['café', 'cafe'],
    ['"numb" (a bit)', 'numb a bit'],
    ['ice & heat', 'ice and heat'],
    // "+" joining words in shorthand is "plus" (it ends a denial's scope); at a number it drops
    ['stiff + sore + tired', 'stiff plus sore plus tired'],
    ['fine+tired', 'fine plus tired'],
    ['over 60+ now', 'over 60 now'],
    ['call +1 555', 'call 1 555'],
    ['went to a+e', 'went to a and e'],
    ['anti-inflammatory', 'anti inflammatory'],
    ['never had this before - I cant pee', 'never had this before : i can not pee'],
    ['never had this before — I cant pee', 'never had this before : i can not pee'],
    ['first line\nsecond line', 'first line . second line'],
    ['pain 7.5 out of 10', 'pain 7.5 out of 10'],
    ['pain 7,5', 'pain 7.5'],
    ['since 3am', 'since 3 am'],
    // punctuation runs collapse to the strongest mark; emoji and symbols go
    ['help!!!', 'help !'],
    ['wait, . what', 'wait . what'],
    ['ouch 😩🔥 #back @you', 'ouch back you'],
    ['', ''],
    ['   ', ''],
  ])('%j -> %j', (text, tokens) => {
    expect(language.tokens(text).join(' ')).toBe(tokens);
  });

  test('words() drops the punctuation', () => {
    expect(language.words("no, I can't!")).toEqual(['no', 'i', 'can', 'not']);
  });

  test('a corrector, when given, sees every word after the lists have done their work', () => {
    const seen: string[] = [];
    const upper = { correct: (w: string) => (seen.push(w), w.toUpperCase()) };
    expect(language.tokens("I cant, ok?", upper)).toEqual(['I', 'CAN', 'NOT', ',', 'OK', '?']);
    expect(seen).toEqual(['i', 'can', 'not', 'ok']);
  });

  test('huge and odd input is tokenised without throwing', () => {
    expect(language.words('a'.repeat(100_000))).toHaveLength(1);
    expect(language.words('\u0000\uFFFF\uD800 🔥'.repeat(10_000))).toEqual([]);
    expect(language.tokens(' , . ! ? '.repeat(10_000))).toEqual(['.']);
  });
});

describe('foldText and rawTokens', () => {
  test('fold characters without touching words', () => {
    expect(foldText('Naïve ‘quote’ `x')).toBe("naive 'quote' 'x");
    expect(rawTokens(foldText("Can't-stop ?!"))).toEqual(["can't", 'stop', '?']);
  });
});

describe('letterRuns and plainWords: lower-cased text split for plain-letter lists', () => {
  test.each<[string, string[], string[]]>([
    ["how's it going, 24/7?", ['how', 's', 'it', 'going'], ["how's", 'it', 'going', '24', '7']],
    ['nurofen+panadol', ['nurofen', 'panadol'], ['nurofen', 'panadol']],
    ['café', ['caf'], ['caf']],
    ['', [], []],
  ])('%j', (text, runs, words) => {
    expect(letterRuns(text)).toEqual(runs);
    expect(plainWords(text)).toEqual(words);
  });
});

describe('fixSpelling: running text for readers that quote it back', () => {
  test.each<[string, string]>([
    ['since yday, 2day worse', 'since yesterday, today worse'],
    ['my legs r numb!!', 'my legs are numb!!'],
    ["can't lift, it's 3-4/10", "can't lift, it's 3-4/10"], // contractions and punctuation as typed
    ['my gp said', 'my gp said'], // synonyms are not written in
  ])('%j -> %j', (text, want) => {
    expect(language.fixSpelling(foldCharacters(text))).toBe(want);
  });

  test('words the caller reads itself are left as written', () => {
    expect(language.fixSpelling('y', new Set(['y']))).toBe('y');
    expect(language.fixSpelling('y')).toBe('why');
  });

  test('foldCharacters keeps punctuation and spacing; dashes become hyphens only when asked', () => {
    expect(foldCharacters('6½  days — “Ouch”')).toBe('6 1/2  days — “ouch”');
    expect(foldCharacters('3–4 days', { dashesAsHyphens: true })).toBe('3-4 days');
    expect(foldCharacters('1⁄2 a day')).toBe('1/2 a day');
  });
});

describe('TypoCorrector', () => {
  const intentLike = new TypoCorrector(['stretch', 'stretches', 'spasm', 'sleep', 'steep'], {
    minLength: 4,
    maxDistance: (w) => (w.length >= 7 ? 2 : 1),
    ties: 'first',
    eligible: /^\D+$/,
  });
  const keyWordLike = new TypoCorrector(['bladder', 'paralysed', 'paralyzed', 'tingling'], {
    minLength: 6,
    maxDistance: () => 1,
    ties: 'leave',
    eligible: /^[a-z]+$/,
    restoreDroppedG: true,
  }, ['ladder', 'leaking']);

  test.each<['intent' | 'keyWord', string, string]>([
    ['intent', 'strech', 'stretch'],
    ['intent', 'sretches', 'stretches'], // 7+ letters: two edits allowed
    ['intent', 'spams', 'spasm'], // a swap is one edit
    ['intent', 'slep', 'sleep'], // tie between sleep and steep: the one listed first
    ['intent', 'spa', 'spa'], // too short
    ['intent', 'slxxp', 'slxxp'], // two edits from sleep: too far for a short word
    ['intent', 'sp4sm', 'sp4sm'], // digits are never corrected
    ['intent', 'zzzzzz', 'zzzzzz'],
    ['keyWord', 'bladdr', 'bladder'],
    ['keyWord', 'ladder', 'ladder'], // a known word
    ['keyWord', 'paralyed', 'paralyed'], // as close to paralysed as to paralyzed: left alone
    ['keyWord', 'paralised', 'paralysed'],
    ['keyWord', 'leakin', 'leaking'], // dropped g of a known word
    ['keyWord', 'tinglng', 'tingling'],
    ['keyWord', 'blader', 'bladder'],
    ['keyWord', 'bladr', 'bladr'], // under six letters
  ])('%s: %s -> %s', (name, word, want) => {
    const corrector = name === 'intent' ? intentLike : keyWordLike;
    expect(corrector.correct(word)).toBe(want);
    expect(corrector.correct(word)).toBe(want); // and again, from the cache
  });

  test('a word marked known is never corrected', () => {
    const c = new TypoCorrector(['bladder'], { minLength: 6, maxDistance: () => 1, ties: 'leave', eligible: /^[a-z]+$/ });
    c.addKnown('blades');
    expect(c.correct('blades')).toBe('blades');
    expect(c.correct('bladdes')).toBe('bladder');
  });
});

describe('the word lists (knowledge/language)', () => {
  const lists = readWordLists(LANGUAGE_DIR);

  test('hold the apostrophe-less contractions people type', () => {
    for (const [w, want] of [['cant', 'can not'], ['dont', 'do not'], ['wont', 'will not'], ['im', 'i am'], ['ive', 'i have'], ['its', 'it is']]) {
      expect(lists.contractions.get(w)).toBe(want);
    }
    expect(lists.keyWords).toContain('bladder');
    expect(lists.notTypos).toContain('rumour');
  });

  describe('validation names the file and the field', () => {
    const folder = (files: Record<string, string | null>) => {
      const dir = mkdtempSync(join(tmpdir(), 'language-'));
      const all = { 'contractions.yaml': 'cant: can not\n', 'spelling.yaml': 'bladdr: bladder\n', 'synonyms.yaml': 'gp: doctor\n', 'clinical.yaml': 'dyspnoea: breathlessness\n', 'typos.yaml': 'keyWords: [bladder]\nnotTypos: [ladder]\n', 'dictionary.txt': 'fire\n', ...files };
      for (const [name, text] of Object.entries(all)) if (text !== null) writeFileSync(join(dir, name), text);
      return dir;
    };
    test('valid lists load', () => expect(readWordLists(folder({})).spelling.get('bladdr')).toBe('bladder'));
    test('a replacement that is not a string', () =>
      expect(() => readWordLists(folder({ 'spelling.yaml': 'bladdr: [bladder]\n' }))).toThrow(/spelling\.yaml: field "bladdr" must be a non-empty string/));
    test('a key of two words', () =>
      expect(() => readWordLists(folder({ 'contractions.yaml': 'can t: can not\n' }))).toThrow(/contractions\.yaml: field "can t" must be one word/));
    test('a key word with capitals', () =>
      expect(() => readWordLists(folder({ 'typos.yaml': 'keyWords: [Bladder]\nnotTypos: []\n' }))).toThrow(/typos\.yaml: field "keyWords\[0\]" \("Bladder"\) must be one lower-case word/));
    test('an unknown section', () =>
      expect(() => readWordLists(folder({ 'typos.yaml': 'keyWords: []\nnotTypos: []\nfuzzy: []\n' }))).toThrow(/typos\.yaml: field "fuzzy" is unknown/));
    test('a word in both spelling and synonyms', () =>
      expect(() => readWordLists(folder({ 'synonyms.yaml': 'bladdr: bladder\n' }))).toThrow(/synonyms\.yaml: field "bladdr" is also in spelling\.yaml/));
    test('clinical words are read like synonyms', () => expect(readWordLists(folder({})).synonyms.get('dyspnoea')).toBe('breathlessness'));
    test('a clinical word also in synonyms', () =>
      expect(() => readWordLists(folder({ 'clinical.yaml': 'gp: general practitioner\n' }))).toThrow(/clinical\.yaml: field "gp" is also in spelling\.yaml or synonyms\.yaml/));
    test('bad YAML', () => expect(() => readWordLists(folder({ 'spelling.yaml': 'a: [\n' }))).toThrow(/spelling\.yaml: invalid YAML/));
    test('a missing dictionary', () => expect(() => readWordLists(folder({ 'dictionary.txt': null }))).toThrow(/dictionary\.txt: missing/));
    test('the dictionary keeps real words and their inflections', () => expect(readWordLists(folder({})).dictionary.has('fires')).toBe(true));
  });
});
