import { foldCharacters, forbiddingWords, functionWords, stemOf, wordsInText } from '../language';

/** Fewer content words than this say too little to be judged a repeat. */
const MIN_CONTENT_WORDS = 3;
const PREFIX = 6;

// The language layer folds typographic apostrophes and case; a word's apostrophe is dropped ("you're" is "youre").
const words = (text: string): string[] => wordsInText(foldCharacters(text)).map((w) => w.replace(/'/g, ''));
const keyOf = (word: string): string => stemOf(word).slice(0, PREFIX);

/**
 * Whether a fact's warning only says again what the answer it leads already says
 * ("As you're pregnant: warm, not hot, no hot tubs" before the pregnancy heat passage):
 * then saying it first repeats the answer in other words, and the warning is left out.
 * Deliberately strict: every content word of the warning (by stem, or a shared
 * 6-letter start: "pregnant", "pregnancy") is in the answer, and a warning that
 * forbids something ("not", "avoid") only counts as said by an answer that forbids too.
 */
export function restates(warning: string, answer: string): boolean {
  const said = words(warning);
  // The language layer's function words (knowledge/language/function-words.yaml), not the intent features'
  // STOP_WORDS (featurizer.ts): those keep "you", "can", "may", "use" as words that tell intents apart and drop
  // "like", "been", "my", which here would let a warning about something else pass as said.
  const functional = functionWords();
  const forbidding = forbiddingWords();
  const content = [...new Set(said.filter((w) => !functional.has(w) && !forbidding.has(w)).map(keyOf))];
  if (content.length < MIN_CONTENT_WORDS) return false;
  const inAnswer = words(answer);
  if (said.some((w) => forbidding.has(w)) && !inAnswer.some((w) => forbidding.has(w))) return false;
  const keys = new Set(inAnswer.map(keyOf));
  return content.every((k) => keys.has(k));
}
