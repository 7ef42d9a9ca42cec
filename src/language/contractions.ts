/** Endings written out when a word is not listed itself: "shouldn't" -> "should not". */
const SUFFIX_RE = /^(.*?)(n't|'s|'re|'ve|'ll|'d|'m)$/;
const SUFFIX_WORDS: Readonly<Record<string, string | undefined>> = {
  "n't": 'not', "'s": undefined, "'re": 'are', "'ve": 'have', "'ll": 'will', "'d": 'would', "'m": 'am',
};

/**
 * Writes out one word's contraction: a listed word ("cant", "won't") as the
 * list says, otherwise by its ending ("shouldn't" -> "should not", "you've"
 * -> "you have"); a possessive or "is" 's is dropped ("mum's" -> "mum"), and
 * any other apostrophe removed ("o'clock" -> "oclock"). Expects a lower-cased
 * word with straight apostrophes.
 */
export function expandContraction(word: string, listed: ReadonlyMap<string, string>): string[] {
  const hit = listed.get(word);
  if (hit !== undefined) return hit.split(' ');
  const bare = word.replace(/'+$/, '');
  if (bare !== word) return expandContraction(bare, listed);
  if (!bare.includes("'")) return [bare];
  const m = SUFFIX_RE.exec(bare);
  if (!m) return [bare.replace(/'/g, '')];
  const base = m[1]!.replace(/'/g, '');
  const added = SUFFIX_WORDS[m[2]!];
  return added === undefined ? [base] : [base, added];
}
