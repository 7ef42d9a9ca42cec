import { stem } from 'natural/lib/natural/stemmers/porter_stemmer';

/** Prefix of concept features, so that a concept never collides with a word stem. */
export const CONCEPT_PREFIX = '#';

/** Porter stem of a normalised word; numbers become one token. */
export function stemOf(word: string): string {
  return /^\d+$/.test(word) ? '<num>' : stem(word);
}

/**
 * The concept lexicon (intents/lexicon/concepts.yaml): each concept a list of
 * words and phrases, such as `heat: [heat, hot water bottle, heating pad]`.
 * A message that contains any of them gets the concept as an extra feature
 * (`#heat`), so that a synonym the training utterances never used still
 * points the classifier the right way. Phrases are matched on stems of the
 * normalised words, so "heating pads" matches "heating pad".
 */
export class ConceptLexicon {
  /** First stem of a phrase -> the phrases (as stem lists) starting with it and their concepts. */
  private readonly byFirstStem = new Map<string, Array<{ stems: string[]; concept: string }>>();
  private readonly vocabulary = new Set<string>();
  readonly concepts: readonly string[];

  /**
   * @param phrases concept name -> its words and phrases
   * @param words the normaliser's word splitter, so that phrases get the same
   *   contractions and spelling fixes as messages
   */
  constructor(phrases: ReadonlyMap<string, readonly string[]>, words: (text: string) => string[]) {
    this.concepts = [...phrases.keys()];
    for (const [concept, list] of phrases) {
      for (const phrase of list) {
        const parts = words(phrase);
        if (parts.length === 0) continue;
        for (const w of parts) this.vocabulary.add(w);
        const stems = parts.map(stemOf);
        const entries = this.byFirstStem.get(stems[0]) ?? [];
        if (!entries.some((e) => e.concept === concept && e.stems.join(' ') === stems.join(' '))) {
          entries.push({ stems, concept });
        }
        this.byFirstStem.set(stems[0], entries);
      }
    }
  }

  static empty(): ConceptLexicon {
    return new ConceptLexicon(new Map(), () => []);
  }

  /** Every normalised word of every phrase (hand-written data, so safe to add to the typo vocabulary). */
  words(): ReadonlySet<string> {
    return this.vocabulary;
  }

  /** The concepts (prefixed with `#`) whose words or phrases occur in a message given as stems. */
  match(stems: readonly string[]): string[] {
    const found = new Set<string>();
    for (let i = 0; i < stems.length; i++) {
      const entries = this.byFirstStem.get(stems[i]);
      if (!entries) continue;
      for (const { stems: phrase, concept } of entries) {
        if (i + phrase.length > stems.length) continue;
        let ok = true;
        for (let j = 1; j < phrase.length && ok; j++) ok = stems[i + j] === phrase[j];
        if (ok) found.add(CONCEPT_PREFIX + concept);
      }
    }
    return [...found];
  }
}
