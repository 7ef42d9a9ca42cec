// Small closed classes of words every reader of text tests for: one definition
// each, so that "a number" or "or" means the same to every reader.

const WHOLE_NUMBER = /^\d+$/;

/** A whole number as a word ("9", "70"); not "1.5" nor "2nd". */
export function isWholeNumber(word: string): boolean {
  return WHOLE_NUMBER.test(word);
}

/** Words that join two things named side by side ("yoga or pilates", "bending and lifting"). */
const JOINERS: ReadonlySet<string> = new Set(['or', 'and']);

/** Does `word` join the two things either side of it? */
export function isJoiner(word: string): boolean {
  return JOINERS.has(word);
}
