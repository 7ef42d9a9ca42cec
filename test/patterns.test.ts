import { Language } from '../src/language';
import { PatternError, TextPatternCompiler, TokenPatternCompiler } from '../src/language/patterns';

// One parser serves both kinds of text: a pattern means the same words, and a
// malformed one is refused the same way, in the red-flag lexicon and in knowledge/triage.
const language = Language.fromDirectory();
const terms = new Map([['my', '(my|the)'], ['loop', 'x {loop}']]);
const tokens = new TokenPatternCompiler((w) => language.tokens(w), terms, ['but', 'not']);
const text = new TextPatternCompiler(terms);

/** Whether the token-stream pattern matches at some token of `input`. */
function tokenMatch(pattern: string, input: string): boolean {
  const { re } = tokens.compile(pattern);
  const toks = language.tokens(input);
  let at = 0;
  for (const t of toks) {
    re.lastIndex = at;
    if (re.test(toks.join(' '))) return true;
    at += t.length + 1;
  }
  return false;
}

describe('one pattern language for tokens and text', () => {
  test.each<[string, string, boolean]>([
    ["can't feel {my}? legs", 'i cant feel the legs', true],
    ['numb ... groin', 'numb around my groin', true],
    ['(fell|fall) !asleep', 'i fell asleep', false],
    ['(fell|fall) !asleep', 'i fell down', true],
    ['sneez*', 'sneezing all day', true],
    ['worst $', 'the worst, really', true],
    ['worst $', 'the worst pain', false],
  ])('%j on %j -> %s in both', (pattern, input, matches) => {
    expect(tokenMatch(pattern, input)).toBe(matches);
    expect(text.any([pattern], '').test(input)).toBe(matches);
  });

  test('only the token stream writes contractions out (the text keeps them as typed)', () => {
    expect(tokenMatch("can't feel {my}? legs", 'i can not feel my legs')).toBe(true);
    expect(text.any(["can't feel {my}? legs"], '').test('i can not feel my legs')).toBe(false);
  });

  test.each([['(a|b'], ['{nope}'], ['... x'], ['a? ... b'], ['$ x'], ['(x?|y)'], ['!'], ['{loop}'], ['...13 x']])('%j is refused by both', (pattern) => {
    expect(() => tokens.compile(pattern)).toThrow(PatternError);
    expect(() => text.source(pattern)).toThrow(PatternError);
  });

  test('an error inside a word family names the family', () => {
    expect(() => text.source('{loop}')).toThrow(expect.objectContaining({ term: 'loop' }));
  });
});
