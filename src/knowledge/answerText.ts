import type { TextNormalizer } from '../nlu/textNormalizer';

/**
 * The one text clean-up the answer modules use: lower case, contractions
 * ("cant" -> "can not"), misspellings, punctuation dropped. Behind one
 * function so that the shared language layer can replace it.
 */
export type WordsOf = (text: string) => string[];

export function answerWords(normalizer: TextNormalizer): WordsOf {
  return (text) => normalizer.words(text);
}

/** Does `phrase` (already split into words) occur in `words` at `at`? `{n}` matches a number. */
export function phraseAt(words: readonly string[], phrase: readonly string[], at: number): boolean {
  if (at + phrase.length > words.length) return false;
  return phrase.every((p, i) => (p === '{n}' ? /^\d+$/.test(words[at + i]!) : words[at + i] === p));
}

/** Every position where `phrase` starts in `words`. */
export function findPhrase(words: readonly string[], phrase: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < words.length; i++) if (phraseAt(words, phrase, i)) out.push(i);
  return out;
}

/** Words of a text counted as a reader would (for the 80-word limit). */
export function wordCount(text: string): number {
  return (text.match(/[A-Za-z0-9][A-Za-z0-9'\u2019&-]*/g) ?? []).length;
}

/** Splits text into sentences (on ., ! or ? followed by a space and a capital, digit, quote or placeholder). */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=["'\u201cA-Z0-9{])/).map((s) => s.trim()).filter(Boolean);
}
