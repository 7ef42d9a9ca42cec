import type { TextNormalizer } from '../nlu/textNormalizer';
import { sentencesAsTyped } from '../language/sentences';

/**
 * The one text clean-up the answer modules use: lower case, contractions
 * ("cant" -> "can not"), misspellings, punctuation dropped. Behind one
 * function so that the shared language layer can replace it.
 */
export type WordsOf = (text: string) => string[];

export function answerWords(normalizer: TextNormalizer): WordsOf {
  return (text) => normalizer.words(text);
}

/** Words of a text counted as a reader would (for the 80-word limit). */
export function wordCount(text: string): number {
  return (text.match(/[A-Za-z0-9][A-Za-z0-9'\u2019&-]*/g) ?? []).length;
}

/** What a written answer's sentence starts with: a capital, digit, quote or {placeholder} ("e.g. heat" is not a new one). */
const ANSWER_SENTENCE_STARTS = '"\'\u201cA-Z0-9{';

/** Splits text into sentences (on ., ! or ? followed by a space and a capital, digit, quote or placeholder). */
export function sentences(text: string): string[] {
  return sentencesAsTyped(text, { nextStartsWith: ANSWER_SENTENCE_STARTS }).map((s) => s.trim()).filter(Boolean);
}

/** A sentence as compared for "said already": case, punctuation and spacing aside. */
export function sentenceKey(sentence: string): string {
  return sentence.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}
