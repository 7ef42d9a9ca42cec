import { join } from 'node:path';
import { PROJECT_ROOT } from '../paths';
import { expandContraction } from './contractions';
import { type SenseIndex, compileSenses, indexSenses, readSensesIn } from './senses';
import { PUNCTUATION, WORD_IN_TEXT_RE, foldText, rawTokens } from './tokenizer';
import { WordCorrector } from './typoCorrector';
import { WordLists, readWordLists } from './wordLists';

/** knowledge/language/: the one set of word lists. */
export const LANGUAGE_DIR = join(PROJECT_ROOT, 'knowledge', 'language');

const loaded = new Map<string, Language>();

/**
 * The bot's one language layer: every reader of user text (the intent
 * classifier, the red-flag detector, the symptom parser, the privacy phrases)
 * turns text into tokens here, from the word lists of knowledge/language/, and
 * reads its own patterns and phrases through the same steps, so what a
 * clinician or a training utterance writes ("can't pee") matches what people
 * type ("cant pee", "can’t pee", "cannot pee").
 *
 * Steps: fold characters (accents, case, apostrophes, dashes; see foldText),
 * split into words, numbers and punctuation, write out contractions, fix
 * listed misspellings and synonyms, then, if the caller gives one, correct remaining typos
 * against the caller's own vocabulary (a WordCorrector).
 */
export class Language {
  /** spelling.yaml and synonyms.yaml together: what a word is read as. */
  private readonly replacements: ReadonlyMap<string, string>;
  /** idioms.yaml by first word, longest phrase first: [phrase words, meaning words]. */
  private readonly idioms = new Map<string, Array<[string[], string[]]>>();
  /** senses.yaml: words read in the sense their neighbours give them, by the word each frame starts with. */
  private readonly senses: SenseIndex;

  /** @param readSenses false for a reader trained on text as written (see withoutSenses) */
  constructor(
    readonly lists: WordLists,
    readSenses = true,
  ) {
    this.replacements = new Map([...lists.spelling, ...lists.synonyms]);
    // An idiom is written as typed, so its words go through the same steps as the text's ("didn't" -> did not).
    for (const [phrase, meaning] of lists.idioms) {
      const words = phrase.split(' ').flatMap((w) => this.normalizeWord(w));
      const list = this.idioms.get(words[0]!) ?? [];
      list.push([words, meaning.split(' ').flatMap((w) => this.normalizeWord(w))]);
      list.sort((a, b) => b[0].length - a[0].length);
      this.idioms.set(words[0]!, list);
    }
    this.senses = indexSenses(readSenses ? compileSenses(lists.senses ?? [], (w) => this.normalizeWord(w)) : []);
  }

  private plain: Language | undefined;

  /**
   * The same lists without the senses' readings: for the red-flag learned stage, which reads a
   * message clause by clause (a clause cannot see the "unless" words of the next: "working
   * nights, the pain wakes me") and was trained on the words as written.
   */
  withoutSenses(): Language {
    if (!this.senses.size) return this;
    return (this.plain ??= new Language(this.lists, false));
  }

  /** The word lists in `dir`, read once per folder (they do not change while the bot runs). */
  static fromDirectory(dir: string = LANGUAGE_DIR): Language {
    let language = loaded.get(dir);
    if (!language) {
      language = new Language(readWordLists(dir));
      loaded.set(dir, language);
    }
    return language;
  }

  /** Normalised words and the punctuation . ! ? ; : , ("I can’t pee!!" -> i can not pee !). */
  tokens(text: string, corrector?: WordCorrector): string[] {
    const out: string[] = [];
    for (const raw of rawTokens(foldText(text))) {
      if (PUNCTUATION.has(raw)) out.push(raw);
      else for (const word of this.normalizeWord(raw)) out.push(corrector ? corrector.correct(word) : word);
    }
    const read = this.idioms.size ? this.readIdioms(out) : out;
    // After the idioms: a sense frame reads the words as the person meant them ("i work nights" -> i work shifts).
    return readSensesIn(read, this.senses);
  }

  /** Exclamations and idioms read as what they mean: "oh crap" is no bowel, "on my feet all day" no feet. */
  private readIdioms(tokens: string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < tokens.length; ) {
      let end = 0;
      const hit = this.idioms.get(tokens[i]!)?.find(([words]) => (end = this.idiomEnd(tokens, i, words)) > 0);
      if (hit) {
        out.push(...hit[1]);
        i = end;
      } else out.push(tokens[i++]!);
    }
    return out;
  }

  /**
   * Where the idiom `words` starting at `start` ends in `tokens`, or 0. An idiom of three or more
   * words may be typed as a list, with commas between its words ("blood, sweat and tears");
   * a two-word one may not ("tell me, back ..." is no "me back").
   */
  private idiomEnd(tokens: string[], start: number, words: string[]): number {
    let i = start;
    for (let k = 0; k < words.length; k++, i++) {
      if (k > 0 && words.length >= 3 && tokens[i] === ',') i++;
      if (tokens[i] !== words[k]) return 0;
    }
    return i;
  }

  /** Normalised words, without punctuation. */
  words(text: string, corrector?: WordCorrector): string[] {
    return this.tokens(text, corrector).filter((t) => !PUNCTUATION.has(t));
  }

  /**
   * Running text with the listed misspellings fixed word by word ("since yday"
   * -> "since yesterday") and everything else as it was: punctuation, spacing,
   * contractions and synonyms ("gp") stay, for readers that hand the text on to
   * a recogniser and quote it back (the symptom parser). Expects folded text
   * (foldCharacters).
   * @param keep words the caller reads itself, left as written (the parser's
   *   "y" is "yes", where elsewhere it is "why")
   */
  fixSpelling(folded: string, keep: ReadonlySet<string> = new Set()): string {
    const { contractions, spelling } = this.lists;
    return folded.replace(WORD_IN_TEXT_RE, (word) => {
      if (keep.has(word) || contractions.has(word)) return word;
      return spelling.get(word) ?? word;
    });
  }

  /**
   * One raw token (lower case, straight apostrophes) as the word(s) it stands
   * for: "cant" -> can not, "pee'd" -> peed (listed as a whole), "bladdr's" -> bladder.
   */
  normalizeWord(raw: string): string[] {
    const { contractions } = this.lists;
    const spelling = this.replacements;
    const whole = contractions.has(raw) ? undefined : spelling.get(raw);
    if (whole !== undefined) return splitWords(whole);
    const out: string[] = [];
    for (const word of expandContraction(raw, contractions)) {
      const fixed = spelling.get(word);
      if (fixed === undefined) out.push(word);
      else out.push(...splitWords(fixed));
    }
    return out;
  }
}

/** A list's replacement as words; a hyphen separates words as it does in typed text ("x-ray"). */
function splitWords(replacement: string): string[] {
  return replacement.split(/[\s-]+/).filter(Boolean);
}
