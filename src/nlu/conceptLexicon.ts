/** Prefix of concept features, so that a concept never collides with a word stem. */
export const CONCEPT_PREFIX = '#';

const VOWEL = /[aeiou]/;

/**
 * The forms a word could have been listed under: itself, and the base of a
 * regular inflection: plural ("pads" -> "pad", "remedies" -> "remedy"), -ing
 * and -ed ("clamping" -> "clamp", "seized" -> "seize", "stopped" -> "stop").
 */
export function baseForms(word: string): string[] {
  const forms = [word];
  if (word.length <= 3) return forms;
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  else if (word.endsWith('es')) forms.push(word.slice(0, -1), word.slice(0, -2));
  else if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) forms.push(word.slice(0, -1));
  for (const suffix of ['ing', 'ed']) {
    if (!word.endsWith(suffix) || word.length < suffix.length + 3) continue;
    const stem = word.slice(0, -suffix.length);
    if (!VOWEL.test(stem)) continue;
    if (stem.length > 2 && stem.at(-1) === stem.at(-2)) forms.push(stem, stem.slice(0, -1));
    else forms.push(stem, `${stem}e`);
    if (suffix === 'ed' && stem.endsWith('i')) forms.push(`${stem.slice(0, -1)}y`);
  }
  return forms;
}

/**
 * The words of a concept's list that are themselves inflections of another word
 * of the list ("weed" and "wees" beside "wee", "peed" beside "pee"). Those are
 * matched only as written: read as a base form they would be another real word,
 * and "weeding" (base "weed") is gardening, not a bladder word.
 */
export function inflectedEntries(words: Iterable<string>): Set<string> {
  const listed = new Set(words);
  const out = new Set<string>();
  for (const e of listed) {
    const bases = [...baseForms(e).slice(1), ...['d', 's'].filter((x) => e.endsWith(x)).map((x) => e.slice(0, -x.length))];
    if (bases.some((b) => b !== e && listed.has(b))) out.add(e);
  }
  return out;
}

/** Does a text word (with its base forms) match a phrase word? An inflected entry only as written. */
export function matchesEntry(word: string, forms: readonly string[], entry: string, literal: ReadonlySet<string>): boolean {
  return literal.has(entry) ? word === entry : forms.includes(entry);
}

/** One occurrence of a concept's phrase: words [start, end) of the message. */
export interface ConceptSpan {
  concept: string;
  start: number;
  end: number;
  /** The listed phrase that matched, as normalised words. */
  phrase: readonly string[];
}

/**
 * The concept lexicon (intents/lexicon/concepts.yaml): each concept a list of
 * words and phrases, such as `heat: [heat, hot water bottle, heating pad]`.
 * A message that contains any of them gets the concept as an extra feature
 * (`#heat`), so that a synonym the training utterances never used still
 * points the classifier the right way. Phrases are matched word for word on
 * normalised text; a regular inflection in the text also matches the base
 * form listed ("heating pads" matches "heating pad", "seized" and "seizing"
 * match "seize"), but nothing looser: Porter stemming here would make
 * "mindfulness" match "never mind" and "tens" match "ten".
 */
export class ConceptLexicon {
  /** First word of a phrase -> the phrases (as word lists) starting with it and their concepts. */
  private readonly byFirstWord = new Map<string, Array<{ words: string[]; concept: string; literal: ReadonlySet<string> }>>();
  private readonly vocabulary = new Set<string>();

  /**
   * @param phrases concept name -> its words and phrases
   * @param words the normaliser's word splitter, so that phrases get the same
   *   contractions and spelling fixes as messages
   */
  constructor(phrases: ReadonlyMap<string, readonly string[]>, words: (text: string) => string[]) {
    for (const [concept, list] of phrases) {
      const literal = inflectedEntries(list.flatMap((p) => words(p)));
      for (const phrase of list) {
        const parts = words(phrase);
        if (parts.length === 0) continue;
        for (const w of parts) this.vocabulary.add(w);
        const entries = this.byFirstWord.get(parts[0]) ?? [];
        if (!entries.some((e) => e.concept === concept && e.words.join(' ') === parts.join(' '))) {
          entries.push({ words: parts, concept, literal });
        }
        this.byFirstWord.set(parts[0], entries);
      }
    }
  }

  /** Every normalised word of every phrase (hand-written data, so safe to add to the typo vocabulary). */
  words(): ReadonlySet<string> {
    return this.vocabulary;
  }

  /** The concepts (prefixed with `#`) whose words or phrases occur in a message given as normalised words. */
  match(words: readonly string[]): string[] {
    return [...new Set(this.spans(words).map((s) => CONCEPT_PREFIX + s.concept))];
  }

  /** Where each concept's words or phrases occur in a message given as normalised words. */
  spans(words: readonly string[]): ConceptSpan[] {
    const out: ConceptSpan[] = [];
    const forms = words.map(baseForms);
    for (let i = 0; i < words.length; i++) {
      for (const first of forms[i]) {
        for (const { words: phrase, concept, literal } of this.byFirstWord.get(first) ?? []) {
          if (i + phrase.length > words.length) continue;
          let ok = matchesEntry(words[i], forms[i], first, literal);
          for (let j = 1; j < phrase.length && ok; j++) ok = matchesEntry(words[i + j], forms[i + j], phrase[j], literal);
          if (ok) out.push({ concept, start: i, end: i + phrase.length, phrase });
        }
      }
    }
    return out;
  }
}
