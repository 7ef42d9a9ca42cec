import { stem } from 'natural/lib/natural/stemmers/porter_stemmer';
import type { WordsOf } from './answerText';
import type { Passage } from './passages';

/** How the concepts name a medicine class as a term (see src/knowledge/answers.ts). */
const CLASS_TERM = '_class';
// Too common to tell passages apart. Question words ("how", "long", "when")
// are kept: "how long" and "at night" are what separate passages of a topic.
// A third person's subject pronoun says who is asked about, not what: a question relayed
// for her about a sport is the sport passage's, not helping her up. (Not the
// possessives: "his armchair" is the seat passage's own example.)
export const STOP_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'i', 'me', 'my', 'is', 'am', 'are', 'be', 'to', 'of', 'for', 'on', 'in', 'it', 'do', 'does', 'can', 'should', 'will', 'would', 'could', 'with', 'this', 'that', 'and', 'or', 'so', 'just', 'only', 'really', 'back', 'spasm', 'spasms', 'pain', 'have', 'he', 'she']);

type Vector = Map<string, number>;

/** Set by leave-one-out on the passages' own examples (never on the held-out table). */
export const MATCH = { bigram: 0.5, answer: 0.5, best: 0.5 };

/**
 * How rare a term is: natural's TfIdf formula, 1 + ln(N / (1 + n)), n the examples (a passage's question and
 * examples, each a document) that hold it. N is fixed here, not the live count of examples: the IDF thresholds
 * (WEIGHTS.rareWordIdf 6 = "in at most 11 examples", lastThingIdf 5, the readers' own) were set when the
 * passages had this many examples, and with the live count every new passage would move every other term's
 * weight and could tip a word over a threshold or two near passages past each other for questions it has
 * nothing to do with. Fixed, a passage added changes the weight of its own words only.
 *
 * A word that one passage alone uses, in one example, weighs 1 + ln(N / 2), the most a word seen in the
 * examples can: a question naming it leans hard to that passage, and it is the word rarestWordOf picks. The
 * count is of examples, not passages: a word in all seven examples of its one passage weighs 1 + ln(N / 8), so
 * it is less "rare" than a word said once. A word no example holds (in a passage's answer only, or nowhere)
 * weighs more still, 1 + ln(N), in a question's vector, but tells nothing in `coverage` and is never a rare word.
 */
export const IDF_DOCUMENTS = 1786;
/** The least weight a term gets: past e * IDF_DOCUMENTS examples holding it the formula would turn negative. */
const MIN_IDF = 0.1;

export function idfOf(examplesWithTerm: number): number {
  return Math.max(MIN_IDF, 1 + Math.log(IDF_DOCUMENTS / (1 + examplesWithTerm)));
}

export interface PassageScore {
  passage: Passage;
  /** Cosine similarity of TF-IDF vectors, 0..1. */
  score: number;
}

/**
 * Scores a question against every passage's example questions: TF-IDF over
 * Porter stems and stem bigrams (natural), cosine similarity, a passage's score
 * being its best example blended with all its examples together.
 */
/** Stems this short are function words more than things ("say", "now"): never what a follow-up picks up. */
const MIN_SAID_STEM = 3;

export class PassageMatcher {
  /** IDF of every term in the examples (idfOf); a term never seen counts as the rarest. */
  private readonly idf = new Map<string, number>();
  private readonly unseenIdf: number;
  /** For each term, the examples (by index) and passages (by index) whose vectors hold it, with its weight there. */
  private readonly examplePostings = new Map<string, { at: number; weight: number }[]>();
  private readonly centroidPostings = new Map<string, { at: number; weight: number }[]>();
  /** The passage (index) of each example. */
  private readonly exampleOf: number[] = [];
  /** The last text ranked and its ranking: a turn asks about the same text more than once. */
  private last: { text: string; ranking: PassageScore[] } | undefined;
  private lastTerms: { text: string; terms: string[] } | undefined;
  /** Every single-word term of a passage's question, examples and answer: the key words it can speak to. */
  private readonly vocab = new Map<Passage, Set<string>>();
  /** The medicine classes each passage's examples or answer name (as `<class>_class` terms). */
  private readonly classes = new Map<Passage, Set<string>>();

  /**
   * @param concepts the concept lexicon's synonyms ("tylenol" -> medicine), as extra terms
   * @param asked a message as it asks (without the words it denies); the examples are read as written
   */
  constructor(
    readonly passages: readonly Passage[],
    private readonly words: WordsOf,
    private readonly concepts: (words: string[]) => string[] = () => [],
    private readonly asked: (text: string) => string = (text) => text,
  ) {
    const docs = passages.map((p) => ({ p, terms: [p.question, ...p.examples].map((e) => this.terms(e)) }));
    // Each example is a document. Counted here in one pass: natural's TfIdf.idf()
    // scans every document per term, a tenth of a second of every start-up.
    const documents = docs.flatMap((d) => d.terms);
    const docsWithTerm = new Map<string, number>();
    for (const doc of documents) for (const t of new Set(doc)) docsWithTerm.set(t, (docsWithTerm.get(t) ?? 0) + 1);
    for (const [t, n] of docsWithTerm) this.idf.set(t, idfOf(n));
    this.unseenIdf = 1 + Math.log(IDF_DOCUMENTS);
    docs.forEach(({ p, terms }, passageAt) => {
      const vectors = terms.map((t) => this.vector(t));
      for (const vector of vectors) {
        post(this.examplePostings, this.exampleOf.length, vector);
        this.exampleOf.push(passageAt);
      }
      // The answer's own words count a little: they name what the examples may not ("midwife", "hot tub").
      const answer = scale(this.vector(this.terms(p.answer)), MATCH.answer);
      post(this.centroidPostings, passageAt, normalise(sum([...vectors, answer])));
      this.vocab.set(p, new Set([...terms.flat(), ...this.terms(p.answer)].filter((t) => !t.includes('_'))));
      this.classes.set(p, new Set([...terms.flat(), ...this.terms(p.answer)].filter((t) => t.endsWith(CLASS_TERM))));
    });
  }

  /** Every passage with its similarity to the text, best first. */
  rank(text: string): PassageScore[] {
    if (this.last?.text !== text) this.last = { text, ranking: this.rankAfresh(text) };
    return [...this.last.ranking];
  }

  /**
   * Cosine similarity with every example and centroid at once, through the
   * postings of the question's few terms (all vectors are unit length, so the
   * dot product is the cosine), rather than one vector at a time.
   */
  private rankAfresh(text: string): PassageScore[] {
    const q = this.vector(this.termsOf(text));
    const exampleDots = dots(q, this.examplePostings, this.exampleOf.length);
    const centroidDots = dots(q, this.centroidPostings, this.passages.length);
    const best = new Float64Array(this.passages.length);
    exampleDots.forEach((dot, i) => {
      best[this.exampleOf[i]] = Math.max(best[this.exampleOf[i]], dot);
    });
    return this.passages
      .map((passage, i) => ({ passage, score: MATCH.best * best[i] + (1 - MATCH.best) * centroidDots[i] }))
      .sort((a, b) => b.score - a.score);
  }

  /**
   * How much of a question's key words (IDF-weighted single terms) each passage
   * speaks to, 0..1: "can I drive on codeine?" names driving, which the driving
   * passage speaks to and the opioid one does not.
   */
  coverage(text: string, passages: readonly Passage[]): number[] {
    const terms = [...new Set(this.termsOf(text).filter((t) => !t.includes('_')))];
    // A word no passage uses tells nothing here.
    const all = terms.reduce((sum, t) => sum + (this.idf.get(t) ?? 0), 0);
    return passages.map((passage) => {
      const vocab = this.vocab.get(passage);
      const covered = terms.reduce((sum, t) => sum + (vocab?.has(t) ? (this.idf.get(t) ?? 0) : 0), 0);
      return all > 0 ? covered / all : 0;
    });
  }

  /**
   * The question's rarest word that the passage speaks to ("brace" in "my mate says I need a brace"), if it is
   * at least this rare (IDF): the word that names what is asked, which a passage in context may not speak to at all.
   * With `alsoIn`, only a word that passage speaks to as well (the last answer: the thing it spoke of).
   */
  rarestWordOf(text: string, passage: Passage, minIdf: number, alsoIn?: Passage): string | undefined {
    let rarest: string | undefined;
    let rarestIdf = minIdf;
    for (const t of new Set(this.termsOf(text).filter((w) => !w.includes('_')))) {
      const idf = this.idf.get(t);
      if (idf !== undefined && idf >= rarestIdf && this.speaksTo(passage, t) && (!alsoIn || this.speaksTo(alsoIn, t))) [rarest, rarestIdf] = [t, idf];
    }
    return rarest;
  }

  /**
   * The question's rarest content word (at least this rare) that the passage's answer itself says, not only its examples:
   * what a short follow-up picks up from the answer just given ("positions" after an answer naming positions).
   */
  saidIn(text: string, passage: Passage, minIdf: number): string | undefined {
    const said = new Set(this.terms(passage.answer.replace(/\{(\w+)\}/g, '$1')).filter((t) => !t.includes('_')));
    let rarest: string | undefined;
    let rarestIdf = minIdf;
    for (const t of new Set(this.termsOf(text).filter((w) => !w.includes('_') && w.length > MIN_SAID_STEM))) {
      const idf = this.idf.get(t);
      if (idf !== undefined && idf >= rarestIdf && said.has(t)) [rarest, rarestIdf] = [t, idf];
    }
    return rarest;
  }

  /** Which of an answer's sentences speaks most to the question's rare words (at least this rare, weighted by how rare); the first on a tie or none. */
  closestSentence(text: string, sentences: readonly string[], minIdf: number): number {
    // Words and their concepts ("advil" and "{ibuprofen}" are one medicine), not word pairs; no two-letter stems ("one" stems to "on").
    const termsOf = (t: string) => this.terms(t.replace(/\{(\w+)\}/g, '$1')).filter((x) => !x.includes('_') || !x.split('_').every((part) => this.idf.has(part)));
    const asked = new Set(termsOf(text).filter((t) => t.length > 2 && (this.idf.get(t) ?? 0) >= minIdf));
    let best = 0;
    let bestScore = 0;
    sentences.forEach((sentence, i) => {
      const score = [...new Set(termsOf(sentence))].filter((t) => asked.has(t)).reduce((sum, t) => sum + (this.idf.get(t) ?? 0), 0);
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    return best;
  }

  /**
   * Whether every key word of a short text is in the passage's question ("at night?" and "Heat at
   * night?"): the person asks, in their own words, what an offered button asks. Words no passage
   * uses ("k") tell nothing.
   */
  echoes(text: string, passage: Passage): boolean {
    const asked = this.keyStems(text).filter((t) => this.idf.has(t));
    const question = new Set(this.keyStems(passage.question));
    return asked.length > 0 && asked.every((t) => question.has(t));
  }

  /** Whether the text names a word of the passage's sources' titles ("the law thing": the drug-driving law it cites). */
  namesASource(text: string, passage: Passage): boolean {
    // Words only: a concept ("codeine" is a medicine) would tie it to every review of medicines.
    const named = new Set(this.keyStems(text));
    return passage.sources.some((s) => this.keyStems(s.title).some((t) => named.has(t)));
  }

  /** Whether the passage speaks of any medicine or product at all (its classes, from its question, examples and answer). */
  speaksOfMedicine(passage: Passage): boolean {
    return (this.classes.get(passage)?.size ?? 0) > 0;
  }

  /** Whether the passage speaks of every one of these medicine classes ("nsaid"), however the message named them. */
  speaksOfClasses(passage: Passage, classes: readonly string[]): boolean {
    const own = this.classes.get(passage);
    return classes.every((c) => own?.has(`${c}${CLASS_TERM}`) || own?.has(`#${c}${CLASS_TERM}`));
  }

  /** The medicine classes a text names that the passage never names ("Advil" after the self-care answer: an NSAID it does not speak of). */
  classesNotIn(text: string, passage: Passage): string[] {
    const own = this.classes.get(passage);
    return [...new Set(this.termsOf(text).filter((t) => t.endsWith(CLASS_TERM) && !own?.has(t)))];
  }

  /**
   * Whether the passage uses any key word of the text, or with `all` every one that some passage uses (an answer made
   * elsewhere, an activity's, by its question and answer).
   */
  speaksOf(passage: Passage, text: string, all = false): boolean {
    const own = this.vocab.get(passage) ?? new Set(this.keyStems(`${passage.question} ${passage.answer}`));
    const stems = this.keyStems(text);
    return all ? stems.filter((t) => this.idf.has(t)).every((t) => own.has(t)) : stems.some((t) => own.has(t));
  }

  /** The key words of a text at least this rare among the examples ("settles", not "think"): what it is about. */
  rareTermsOf(text: string, minIdf: number): { term: string; idf: number }[] {
    return [...new Set(this.keyStems(text))].map((term) => ({ term, idf: this.idf.get(term) ?? 0 })).filter((t) => t.idf >= minIdf);
  }

  /** A text's key words with how rare they are among the examples; a word no example has is as rare as can be ("mustard"). */
  termsWithIdf(text: string): { term: string; idf: number }[] {
    return [...new Set(this.keyStems(text))].map((term) => ({ term, idf: this.idf.get(term) ?? this.unseenIdf }));
  }

  /** Whether a passage's question, examples or answer use the word (a term as rarestWord gives it). */
  speaksTo(passage: Passage, term: string): boolean {
    return this.vocab.get(passage)?.has(term) ?? false;
  }

  /** The terms of what a question asks (denied words left out); a turn reads them several times (rank, coverage, rarest word), and the concepts cost most. */
  private termsOf(text: string): string[] {
    if (this.lastTerms?.text !== text) this.lastTerms = { text, terms: this.terms(this.asked(text)) };
    return this.lastTerms.terms;
  }

  /** A text's words less stop words, stemmed: what matching compares. */
  private keyStems(text: string): string[] {
    return keyStemsOf(this.words(text));
  }

  private terms(text: string): string[] {
    const words = this.words(text);
    const stems = keyStemsOf(words);
    const bigrams = stems.slice(1).map((s, i) => `${stems[i]}_${s}`);
    return [...stems, ...bigrams, ...this.concepts(words)];
  }

  private vector(terms: readonly string[]): Vector {
    const v: Vector = new Map();
    // Pairs of words say more than either alone, but count less than a word: they are rarer in short questions.
    for (const t of terms) v.set(t, (v.get(t) ?? 0) + (t.includes('_') ? MATCH.bigram : 1));
    for (const [t, tf] of v) v.set(t, tf * (this.idf.get(t) ?? this.unseenIdf));
    return normalise(v);
  }
}

function keyStemsOf(words: readonly string[]): string[] {
  return words.filter((w) => !STOP_WORDS.has(w)).map((w) => stem(w));
}

function sum(vectors: readonly Vector[]): Vector {
  const out: Vector = new Map();
  for (const v of vectors) for (const [t, x] of v) out.set(t, (out.get(t) ?? 0) + x);
  return out;
}

function scale(v: Vector, k: number): Vector {
  return new Map([...v].map(([t, x]) => [t, x * k]));
}

function normalise(v: Vector): Vector {
  const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
  if (norm === 0) return v;
  return new Map([...v].map(([t, x]) => [t, x / norm]));
}

/** Adds vector `v`, the one at index `at`, to the postings. */
function post(postings: Map<string, { at: number; weight: number }[]>, at: number, v: Vector): void {
  for (const [t, weight] of v) {
    const list = postings.get(t);
    if (list) list.push({ at, weight });
    else postings.set(t, [{ at, weight }]);
  }
}

/** The dot product of `q` with each of `count` vectors held as postings. */
function dots(q: Vector, postings: Map<string, { at: number; weight: number }[]>, count: number): Float64Array {
  const out = new Float64Array(count);
  for (const [t, x] of q) for (const { at, weight } of postings.get(t) ?? []) out[at] += x * weight;
  return out;
}
