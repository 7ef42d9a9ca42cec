import { stemOf } from './conceptLexicon';
import { SpellingCorrector } from './spellingCorrector';
import { TextNormalizer } from './textNormalizer';

// Words too common to tell intents apart. Question words ("what", "how",
// "when", "should") are kept on purpose: they separate "what is a spasm" from
// "how long does a spasm last".
const STOP_WORDS = new Set([
  'a', 'an', 'the', 'my', 'i', 'me', 'is', 'am', 'are', 'it', 'to', 'of', 'and', 'in', 'on',
  'for', 'at', 'this', 'that', 'so', 'just', 'really', 'very', 'um', 'uh', 'like', 'be', 'been',
]);

/** Longest text the classifier reads; the rest of a huge message adds nothing but time. */
export const MAX_CLASSIFIED_WORDS = 80;

/** Longest word read; anything longer is not a word (a URL, a key mash). */
const MAX_WORD_LENGTH = 30;

export interface FeatureOptions {
  bigrams: boolean;
  concepts: boolean;
  /** Character n-gram lengths within content words, or null for none. */
  charGrams: { min: number; max: number } | null;
  /** Add `<oov>` when a content word is unknown even after typo correction. */
  oov: boolean;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = {
  bigrams: true,
  concepts: true,
  charGrams: { min: 3, max: 5 },
  oov: true,
};

/**
 * Turns a message into the features the classifier uses: stems of content
 * words, stem bigrams (which keep phrases such as "how long" and "see
 * doctor"), concepts from the concept lexicon (`#heat`, `#medicine`) and
 * character n-grams of content words (`~spa`, which survive typos and new
 * word forms). Words the model has never seen are corrected to a close known
 * word first, so that new typos still match.
 */
export class Featurizer {
  private readonly corrector: SpellingCorrector;

  /**
   * @param vocabulary normalised training words, most frequent first; the
   *   concept lexicon's words are added to it
   */
  constructor(
    private readonly normalizer: TextNormalizer,
    vocabulary: Iterable<string> = [],
    private readonly options: FeatureOptions = DEFAULT_FEATURE_OPTIONS,
  ) {
    this.corrector = new SpellingCorrector(
      (function* () {
        yield* vocabulary;
        yield* normalizer.concepts.words();
      })(),
    );
  }

  /** The normalised words of the texts, most frequent first, for the correction vocabulary. */
  vocabularyOf(texts: Iterable<string>): string[] {
    const counts = new Map<string, number>();
    for (const text of texts) for (const word of this.normalizer.words(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  }

  features(text: string): string[] {
    const words = this.normalizer
      .words(text)
      .filter((w) => w.length <= MAX_WORD_LENGTH)
      .slice(0, MAX_CLASSIFIED_WORDS)
      .map((w) => this.corrector.correct(w));
    const stems = words.map(stemOf);
    const out = new Set<string>();
    let unknown = false;
    for (let i = 0; i < stems.length; i++) {
      const content = !STOP_WORDS.has(words[i]);
      if (content) {
        out.add(stems[i]);
        if (this.options.oov && !this.corrector.has(words[i]) && !/^\d+$/.test(words[i])) unknown = true;
        if (this.options.charGrams) addCharGrams(words[i], this.options.charGrams, out);
      }
      if (this.options.bigrams && i > 0) out.add(`${stems[i - 1]}_${stems[i]}`);
    }
    if (this.options.concepts) for (const c of this.normalizer.concepts.match(stems)) out.add(c);
    if (unknown) out.add('<oov>');
    return [...out];
  }
}

function addCharGrams(word: string, { min, max }: { min: number; max: number }, out: Set<string>): void {
  const padded = `^${word}$`;
  for (let n = min; n <= max; n++) {
    for (let i = 0; i + n <= padded.length; i++) out.add(`~${padded.slice(i, i + n)}`);
  }
}
