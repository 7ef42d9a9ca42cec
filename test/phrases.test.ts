import { PhraseIndex, findFrame, findPhrase, phraseAt, phraseWords } from '../src/language/phrases';
import { Language } from '../src/language';
import { isJoiner, isWholeNumber, wordsInText } from '../src/language';

const words = (s: string) => s.split(' ');

describe('findPhrase', () => {
  test.each([
    ['i take ibuprofen and more ibuprofen', 'ibuprofen', [2, 5]],
    ['i am 24 weeks pregnant', '{n} weeks', [2]],
    ['weeks 24', '{n} weeks', []],
    ['blood pressure', 'high blood pressure', []],
    ['my high blood pressure', 'high blood pressure', [1]],
    ['on blood thinners', 'thinners', [2]],
  ])('%s / %s', (text, phrase, expected) => {
    expect(findPhrase(words(text), words(phrase))).toEqual(expected);
  });

  test('phraseAt reads {n} as whole numbers only', () => {
    expect(phraseAt(words('aged 70'), words('aged {n}'), 0)).toBe(true);
    expect(phraseAt(words('aged seventy'), words('aged {n}'), 0)).toBe(false);
    expect(phraseAt(words('aged'), words('aged {n}'), 0)).toBe(false);
  });

  // A knowledge file's phrase goes through the message clean-up; its {n} must come out as the slot, not the word "n".
  test.each([
    ['every {n} minutes', ['every', '{n}', 'minutes']],
    ["I'm {n} weeks", ['i', 'am', '{n}', 'weeks']],
    ['{n}{n}', ['{n}', '{n}']],
    ['no slot here', ['no', 'slot', 'here']],
  ])('phraseWords reads %s', (phrase, expected) => {
    expect(phraseWords(phrase, (t) => Language.fromDirectory().words(t))).toEqual(expected);
  });

  test('a phrase read by phraseWords finds a number in a message', () => {
    const language = Language.fromDirectory();
    expect(findPhrase(language.words('it comes every 10 minutes'), phraseWords('every {n} minutes', (t) => language.words(t)))).toEqual([2]);
  });

  test('findFrame lets "..." stand for one to four words', () => {
    expect(findFrame(words('where is the heat thing from'), words('where ... from'))).toEqual([0, 5]);
    expect(findFrame(words('where from'), words('where ... from'))).toBeUndefined();
    expect(findFrame(words('where a b c d e from'), words('where ... from'))).toBeUndefined();
  });
});

describe('word classes and words as typed', () => {
  test('a whole number is digits only', () => {
    expect(['3', '45', '007'].every(isWholeNumber)).toBe(true);
    expect(['2.5', 'six', '3rd', ''].some(isWholeNumber)).toBe(false);
  });

  test('"or" and "and" join two things named side by side', () => {
    expect(isJoiner('or')).toBe(true);
    expect(isJoiner('and')).toBe(true);
    expect(isJoiner('nor')).toBe(false);
    expect(isJoiner('then')).toBe(false);
  });

  test('wordsInText keeps inner apostrophes and drops stray marks', () => {
    expect(wordsInText("roughly a 5 i'd guess, maybe")).toEqual(['roughly', 'a', '5', "i'd", 'guess', 'maybe']);
    expect(wordsInText("' -- !")).toEqual([]);
  });
});

// The index must find exactly what a loop of findPhrase over its entries finds, in the same order:
// readers keep the first fact a message names, so the order is part of the answer.
describe('PhraseIndex', () => {
  const entries: [string, string[]][] = [
    ['bp', words('high blood pressure')],
    ['bp', words('blood pressure')],
    ['thinner', words('blood thinners')],
    ['weeks', words('{n} weeks')],
    ['ibu', words('ibuprofen')],
    ['ibu', words('ibuprofen gel')],
  ];
  const looped = (text: string) =>
    entries.flatMap(([item, phrase]) => findPhrase(words(text), phrase).map((at) => ({ item, phrase, at })));

  test.each([
    'my high blood pressure and blood thinners',
    'ibuprofen gel then ibuprofen again at 24 weeks and 3 weeks',
    'blood blood pressure pressure',
    'nothing here at all',
    '',
  ])('%s', (text) => {
    const index = new PhraseIndex(entries);
    expect(index.find(words(text))).toEqual(looped(text));
  });

  test('hits come in the order of the entries, not of the text', () => {
    const index = new PhraseIndex(entries);
    expect(index.find(words('ibuprofen and high blood pressure')).map((h) => h.item)).toEqual(['bp', 'bp', 'ibu']);
  });
});
