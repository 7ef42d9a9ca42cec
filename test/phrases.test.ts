import { findFrame, findPhrase, phraseAt } from '../src/language/phrases';

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

  test('findFrame lets "..." stand for one to four words', () => {
    expect(findFrame(words('where is the heat thing from'), words('where ... from'))).toEqual([0, 5]);
    expect(findFrame(words('where from'), words('where ... from'))).toBeUndefined();
    expect(findFrame(words('where a b c d e from'), words('where ... from'))).toBeUndefined();
  });
});
