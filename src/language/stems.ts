import { stem } from 'natural/lib/natural/stemmers/porter_stemmer';

/**
 * A word's Porter stem ("pregnancy", "pregnant": "pregnanc", "pregnant"): the language layer's one
 * stemmer, so that readers comparing words by stem agree on what a stem is.
 */
export function stemOf(word: string): string {
  return stem(word);
}
