import { stemOf, TYPO_SETTINGS, TypoCorrector } from '../language';
import { CONCEPT_PREFIX } from './conceptLexicon';
import { TextNormalizer } from './textNormalizer';

// Words too common to tell intents apart. Question words ("what", "how",
// "when", "should") are kept on purpose: they separate "what is a spasm" from
// "how long does a spasm last".
const STOP_WORDS = new Set([
  'a', 'an', 'the', 'my', 'i', 'me', 'is', 'am', 'are', 'it', 'to', 'of', 'and', 'in', 'on',
  'for', 'at', 'this', 'that', 'so', 'just', 'really', 'very', 'um', 'uh', 'like', 'be', 'been',
]);

/**
 * How a classifier turns text into features, when it differs from the intent
 * classifier's: the dialogue-act model keeps the small words that carry what a
 * message does ("is it really", "no it isn't") and marks a question mark.
 * Stored in the model file, so that a model is read the way it was trained.
 */
export interface FeatureProfile {
  /** Words left out; the intent classifier's list when absent. */
  stopWords?: string[];
  /** Add `<?>` when the message has a question mark. */
  questionMark?: boolean;
  /** Add `<wh>` when the message opens with a wh-question word: "how do I stop it" asks, "stop it" does. */
  whQuestion?: boolean;
  /** Leave out the concept features (intents/lexicon/concepts.yaml), whose groups are made for intents. */
  noConcepts?: boolean;
  /**
   * Never "correct" a real English word (knowledge/language/dictionary.txt) to a
   * training word: the red-flag stage read "on fire after weeding" as "fine". Off for
   * the intent classifier, whose `none` threshold, fitted by nested CV, fell to 0 with it.
   */
  realWords?: boolean;
}

const WH_WORDS = new Set(['how', 'what', 'why', 'when', 'where', 'which', 'who']);

/** Longest text the classifier reads; the rest of a huge message adds nothing but time. */
export const MAX_CLASSIFIED_WORDS = 80;

/** Longest word read; anything longer is not a word (a URL, a key mash). */
const MAX_WORD_LENGTH = 30;

/** Concepts that name something out of scope; see the `<elsewhere>` feature. */
const ELSEWHERE = new Set([`${CONCEPT_PREFIX}other_body_part`, `${CONCEPT_PREFIX}other_illness`]);
const BACK = `${CONCEPT_PREFIX}back`;

/** Most stems remembered; past that the cache starts again. */
const STEM_CACHE_LIMIT = 20_000;

/** The normalised words of the training texts, most frequent first: the typo-correction vocabulary. */
export function trainingVocabulary(normalizer: TextNormalizer, texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of normalizer.words(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

/**
 * Turns a message into the features the classifier uses:
 * - the Porter stem of each content word (`spasm` for "spasming");
 * - each concept of intents/lexicon/concepts.yaml the message mentions
 *   (`#heat` for "wheat bag"), which carry synonyms and phrases;
 * - `<elsewhere>` when the message names another body part or illness and not
 *   the back ("ice or heat for a sprained ankle"), which points to `none`.
 * Words the model has never seen are first corrected to a close known word, so
 * that typos still match. (Measured by cross-validation and dropped: stem
 * bigrams, character n-grams, first-word and length features.)
 */
export class Featurizer {
  private readonly corrector: TypoCorrector;
  private readonly stems = new Map<string, string>();
  private readonly knownStems: Set<string>;
  private readonly stopWords: ReadonlySet<string>;

  /**
   * @param vocabulary normalised training words, most frequent first; the
   *   concept lexicon's words are added to it
   */
  constructor(
    private readonly normalizer: TextNormalizer,
    vocabulary: Iterable<string> = [],
    private readonly profile: FeatureProfile = {},
  ) {
    this.stopWords = profile.stopWords ? new Set(profile.stopWords) : STOP_WORDS;
    const known = [...vocabulary, ...normalizer.concepts.words()];
    // notTypos are real words: "heart" is not a typo of the training word "heat".
    const dictionary = profile.realWords ? normalizer.language.lists.dictionary : undefined;
    this.corrector = new TypoCorrector(known, { ...TYPO_SETTINGS.trainingWords, dictionary }, normalizer.language.lists.notTypos);
    this.knownStems = new Set(known.map((w) => this.stemOf(w)));
  }

  features(text: string): string[] {
    const words: string[] = [];
    for (const word of this.normalizer.words(text)) {
      if (word.length > MAX_WORD_LENGTH) continue;
      // Another form of a known word ("avoiding" when "avoid" is known) is not a typo.
      words.push(this.knownStems.has(this.stemOf(word)) ? word : this.corrector.correct(word));
      if (words.length === MAX_CLASSIFIED_WORDS) break;
    }
    const out = new Set<string>();
    for (const word of words) if (!this.stopWords.has(word)) out.add(this.stemOf(word));
    const concepts = this.profile.noConcepts ? [] : this.normalizer.concepts.match(words);
    for (const c of concepts) out.add(c);
    if (concepts.some((c) => ELSEWHERE.has(c)) && !concepts.includes(BACK)) out.add('<elsewhere>');
    if (this.profile.questionMark && text.includes('?')) out.add('<?>');
    if (this.profile.whQuestion && words.length > 0 && WH_WORDS.has(words[0])) out.add('<wh>');
    return [...out];
  }

  /** Porter stem of a normalised word; every number is one feature. */
  private stemOf(word: string): string {
    let s = this.stems.get(word);
    if (s === undefined) {
      s = /^\d+(?:\.\d+)?$/.test(word) ? '<num>' : stemOf(word);
      if (this.stems.size >= STEM_CACHE_LIMIT) this.stems.clear();
      this.stems.set(word, s);
    }
    return s;
  }
}
