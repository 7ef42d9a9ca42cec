/**
 * Asides that say a sign is new to the writer ("..., which has never been an issue for me"),
 * read from knowledge/safety/novelty.yaml. The screen (redFlagScreen.ts) reads a message
 * without them: their "never" tells that the sign is new, yet every stage's negation reads
 * it as a denial of the sign before it, and an emergency was lost that way.
 */
import { foldCharacters } from '../language';
import { readYamlFile } from '../util/yamlFile';
import { isObject } from '../util/isObject';
import { escapeRegExp } from '../util/escapeRegExp';

/**
 * One word of a phrase as typed, built the way helperPatterns.ts builds its words (escapeRegExp of the folded
 * word), but with its apostrophe typed or not, straight or curly: the screen reads the message as typed here.
 */
function wordPattern(word: string): string {
  return foldCharacters(word).split("'").map(escapeRegExp).join("['’]?");
}

/** A phrase with any run of spaces between its words. Plain words only: nothing here can backtrack far. */
function phrasePattern(phrase: string): string {
  return phrase.trim().split(/\s+/).map(wordPattern).join('\\s+');
}

export class NoveltyAsides {
  private constructor(private readonly pattern: RegExp | null) {}

  /** novelty.yaml: `asides` (phrases) and `after` (the words that may close one); errors name the file and the field. */
  static fromFile(file: string): NoveltyAsides {
    const data = readYamlFile(file);
    const list = (key: string): string[] => {
      const value = isObject(data) ? data[key] : undefined;
      if (!Array.isArray(value) || !value.every((w) => typeof w === 'string' && /^[a-z' ]+$/.test(w) && w.trim())) throw new Error(`${file}: field "${key}" must be a list of lower-case phrases`);
      return value as string[];
    };
    const asides = list('asides');
    const after = list('after');
    if (!asides.length) return new NoveltyAsides(null);
    const closing = after.length ? `(?:\\s+(?:${after.map(phrasePattern).join('|')}))*` : '';
    return new NoveltyAsides(new RegExp(`\\b(?:${asides.map(phrasePattern).join('|')})\\b${closing}\\b`, 'gi'));
  }

  /** The text without its novelty asides (the punctuation around them is kept). */
  without(text: string): string {
    return this.pattern ? text.replace(this.pattern, ' ') : text;
  }
}
