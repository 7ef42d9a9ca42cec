import type { TypoOptions } from './typoCorrector';

/**
 * Every typo corrector the bot builds, side by side: each reader corrects
 * against its own vocabulary, and how boldly depends on what a wrong
 * correction costs it. The callers add the dictionary of real words.
 */
export const TYPO_SETTINGS = {
  /**
   * The classifiers' training words: distance 1, or 2 for words of seven
   * letters or more; words under four letters are too often another real
   * word. Ties go to the more frequent training word.
   */
  trainingWords: { minLength: 4, maxDistance: (w: string) => (w.length >= 7 ? 2 : 1), ties: 'first', eligible: /^\D+$/ },
  /**
   * The red-flag key words (knowledge/language/typos.yaml): one-letter typos in
   * words of six letters or more, and a dropped g ("leakin").
   */
  redFlagKeyWords: { minLength: 6, maxDistance: () => 1, ties: 'leave', eligible: /^[a-z]+$/, restoreDroppedG: true },
  /** The facts users state: long words only, one edit (two from eight letters); a short brand name is too close to other words. */
  userFacts: { minLength: 5, maxDistance: (w: string) => (w.length >= 8 ? 2 : 1), ties: 'leave', eligible: /^[a-z]+$/ },
} as const satisfies Record<string, TypoOptions>;
