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
  // [pattern, input, matches, where checked]: 'text' rows hold what only the
  // prepared text has (hyphens between words, "/", apostrophes as typed).
  test.each<[string, string, boolean, 'both' | 'text']>([
    ["can't feel {my}? legs", 'i cant feel the legs', true, 'both'],
    ['numb ... groin', 'numb around my groin', true, 'both'],
    ['(fell|fall) !asleep', 'i fell asleep on the sofa', false, 'both'],
    ['(fell|fall) !asleep', 'i fell down the stairs', true, 'both'],
    ['sneez*', 'i sneezed hard', true, 'both'],
    ['worst $', 'the worst, really', true, 'both'],
    ['worst $', 'the worst pain', false, 'both'],
    ['(pick|picked) ...3 up', 'picked my little son up', true, 'both'],
    ['(pick|picked) ...3 up', 'picked the very big heavy box up', false, 'both'],
    ['{my}? lower back', 'the lower back', true, 'both'],
    ['lift', 'liftoff', false, 'both'],
    ["don't know", 'i dont know', true, 'text'],
    ["don't know", "i don't know", true, 'text'],
    ['shoulder blade', 'my shoulder-blade', true, 'text'],
    ['l# (/? (l#|s1))?', 'l4/l5 disc', true, 'text'],
  ])('%j on %j -> %s (%s)', (pattern, input, matches, where) => {
    if (where === 'both') expect(tokenMatch(pattern, input)).toBe(matches);
    expect(text.any([pattern], '').test(input)).toBe(matches);
  });

  test('only the token stream writes contractions out (the text keeps them as typed)', () => {
    expect(tokenMatch("can't feel {my}? legs", 'i can not feel my legs')).toBe(true);
    expect(text.any(["can't feel {my}? legs"], '').test('i can not feel my legs')).toBe(false);
  });

  test.each([[''], ['(a|b'], ['{nope}'], ['... x'], ['a? ... b'], ['$ x'], ['(x?|y)'], ['!'], ['{loop}'], ['...13 x']])('%j is refused by both', (pattern) => {
    expect(() => tokens.compile(pattern)).toThrow(PatternError);
    expect(() => text.source(pattern)).toThrow(PatternError);
    expect(() => text.source(pattern)).toThrow(/pattern/);
  });

  test('an error inside a word family names the family', () => {
    expect(() => text.source('{loop}')).toThrow(expect.objectContaining({ term: 'loop' }));
  });
});
