/**
 * Features for the learned red-flag stage: the intent classifier's features
 * (word stems, concepts; src/nlu/featurizer.ts), plus adjacent-word pairs
 * ("not_feel", "feel_bum": the order that a bag of words loses) and cue
 * features from knowledge/safety/model-cues.yaml (negation, hypothetical,
 * someone else, past, general question, worry), so that the model learns a
 * context once for every category.
 *
 * `segments` cuts a message into sentences and clauses so that a long message
 * is scored piece by piece and a flag buried in the middle is not averaged away.
 * All text is read through the shared language layer (src/language): its
 * tokens (contractions written out, misspellings fixed, punctuation kept)
 * are what the clauses are cut from.
 */
import { stem } from 'natural/lib/natural/stemmers/porter_stemmer';
import { ConceptLexicon } from '../nlu/conceptLexicon';
import { Featurizer } from '../nlu/featurizer';
import { clauses, findPhrase, isWholeNumber, Language, PUNCTUATION } from '../language';
import { TextNormalizer } from '../nlu/textNormalizer';
import { listAnswerWords } from '../language/listAnswers';
import { readYamlFile } from '../util/yamlFile';

export const CUE_KINDS = ['negation', 'hypothetical', 'other', 'past', 'question', 'worry'] as const;
export type CueKind = (typeof CUE_KINDS)[number];
export type Cues = Record<CueKind | 'negationScope', string[]> & {
  /**
   * Red-flag concepts (a body region, a change of feeling, a bodily function...):
   * each becomes a feature (`%saddle_area`), and every two that occur together in
   * one segment outside a negation/if/other-person scope become one more
   * (`%saddle_area+feeling_lost`), so that a new way of saying "[bottom] +
   * [gone dead]" is read as the composition it is rather than as a phrase.
   */
  concepts: Record<string, string[]>;
  /**
   * For some categories, the concepts without one of which the model alone may
   * only ask (`check`), never escalate: "didn't do anything to it, just woke up
   * like it" holds no word of the bladder at all.
   */
  anchors: Record<string, string[]>;
  /** Asides that hold a negation word but deny nothing ("not joking", "no offence"): they open no scope. */
  notNegation: string[];
  /**
   * Words that make a bare number beside them a count, a dose, an age or a time ("pan 40
   * daily", "40 years farming", "taking 40"): `after` the number or `before` it. Such a
   * number is no concept's number (not a temperature). Absent: none.
   */
  numberWords?: { after: string[]; before: string[] };
};

/** Reads knowledge/safety/model-cues.yaml; a missing or malformed list names the file and field. */
export function readCues(path: string): Cues {
  const data = readYamlFile(path) as Record<string, unknown> | null;
  const out = {} as Cues;
  for (const kind of [...CUE_KINDS, 'negationScope'] as const) {
    const list = data?.[kind];
    if (!Array.isArray(list) || list.some((p) => typeof p !== 'string' || !p.trim())) {
      throw new Error(`${path}: field "${kind}" must be a list of words or phrases`);
    }
    out[kind] = list as string[];
  }
  const concepts = data?.concepts;
  if (!concepts || typeof concepts !== 'object' || Array.isArray(concepts)) throw new Error(`${path}: field "concepts" must map concept names to lists of phrases`);
  for (const [name, list] of Object.entries(concepts)) {
    if (!/^[a-z][a-z_]*$/.test(name) || !Array.isArray(list) || list.some((p) => typeof p !== 'string' || !p.trim())) {
      throw new Error(`${path}: concept "${name}" must be a snake_case name with a list of words or phrases`);
    }
  }
  out.concepts = concepts as Record<string, string[]>;
  const anchors = data?.anchors ?? {};
  if (typeof anchors !== 'object' || Array.isArray(anchors)) throw new Error(`${path}: field "anchors" must map categories to lists of concepts`);
  for (const [category, list] of Object.entries(anchors as Record<string, unknown>)) {
    if (!Array.isArray(list) || !list.length || list.some((c) => typeof c !== 'string' || !(c in out.concepts))) {
      throw new Error(`${path}: anchors.${category} must be a non-empty list of concept names from "concepts"`);
    }
  }
  out.anchors = anchors as Record<string, string[]>;
  const notNegation = data?.notNegation ?? [];
  if (!Array.isArray(notNegation) || notNegation.some((p) => typeof p !== 'string' || !p.trim())) {
    throw new Error(`${path}: field "notNegation" must be a list of words or phrases`);
  }
  out.notNegation = notNegation as string[];
  const numberWords = data?.numberWords as Record<string, unknown> | undefined;
  if (numberWords !== undefined) {
    const list = (side: 'after' | 'before'): string[] => {
      const l = numberWords?.[side];
      if (!Array.isArray(l) || l.some((p) => typeof p !== 'string' || !p.trim())) throw new Error(`${path}: field "numberWords.${side}" must be a list of words or phrases`);
      return l as string[];
    };
    out.numberWords = { after: list('after'), before: list('before') };
  }
  if (data?.answerAfter !== undefined) throw new Error(`${path}: field "answerAfter" has moved to knowledge/language/list-answers.yaml (negative)`);
  return out;
}

/** Most words of one segment read (the intent classifier reads as many). */
const MAX_WORDS = 80;
/** Longest message read; the rest of a huge message adds nothing but time. */
const MAX_CHARS = 2000;
/** Fewest words a clause needs to be scored on its own. */
const MIN_CLAUSE_WORDS = 2;
/**
 * Most words read clause by clause (about 1000 characters): a real message
 * this long is rare, and reading a pasted 2000 characters of gibberish clause by
 * clause would cost more than the rest of the turn. The lexicon still reads
 * every word.
 */
const CLAUSE_WORD_BUDGET = 160;
/** Tokens that end a clause: sentence ends and ";" (a line break is a full stop in the layer). */
const CLAUSE_END = new Set(['.', '!', '?', ';']);
/** Words that turn a sentence: what follows is read as its own clause too. */
const TURN_WORDS = new Set(['but', 'however', 'although', 'though', 'except', 'anyway', 'also', 'plus']);

/**
 * The whole message first, then each clause of it when there is more than one,
 * as the language layer's tokens joined by spaces (punctuation kept, so that
 * the featurizer still sees where a negation's scope ends).
 */
export function segments(language: Language, text: string): string[] {
  const tokens = language.tokens(text.slice(0, MAX_CHARS));
  const isWord = (t: string) => !PUNCTUATION.has(t);
  if (!tokens.some(isWord)) return [];
  const whole = tokens.join(' ');
  const parts: string[][] = [[]];
  for (const t of tokens) {
    const turn = TURN_WORDS.has(t);
    if (CLAUSE_END.has(t) || turn) parts.push([]);
    if (!CLAUSE_END.has(t) && !turn) parts[parts.length - 1]!.push(t);
  }
  const clauses = parts.filter((p) => p.filter(isWord).length >= MIN_CLAUSE_WORDS);
  if (clauses.length <= 1) return [whole];
  const out = [whole];
  let words = 0;
  for (const clause of clauses) {
    words += clause.length;
    if (words > CLAUSE_WORD_BUDGET) break;
    out.push(clause.join(' '));
  }
  return out;
}

export class RedFlagFeaturizer {
  private readonly base: Featurizer;
  private readonly cues: Array<{ kind: CueKind; phrase: string[] }>;
  private readonly stems = new Map<string, string>();
  private readonly scopes: Array<{ kind: 'neg' | 'hyp' | 'oth'; phrase: string[] }>;
  /** The red-flag concepts (`%name` features), read as the intent classifier reads its concepts. */
  private readonly concepts: ConceptLexicon;
  private readonly negationWords: Set<string>;
  private readonly notNegation: string[][];
  /** Bare answers that deny the words before them in their piece ("both legs no"): the language layer's negative list answers. */
  private readonly answerAfter: Set<string>;
  /** Phrases that make a number beside them a count, dose, age or time (model-cues.yaml numberWords). */
  private readonly numberAfter: string[][];
  private readonly numberBefore: string[][];

  private readonly normalizer: TextNormalizer;

  constructor(
    normalizer: TextNormalizer,
    cues: Cues,
    vocabulary: Iterable<string> = [],
  ) {
    // Read without word senses: this stage reads clause by clause and was trained on the words as written.
    normalizer = normalizer.withoutSenses();
    this.normalizer = normalizer;
    // A real English word is not a typo of a training word ("fire" is not "fine", "mower" not "lower").
    this.base = new Featurizer(normalizer, vocabulary, { realWords: true });
    // A phrase of no words (only punctuation) would match anywhere: left out.
    const phrases = <K extends string>(kind: K, list: string[]) => list.map((p) => ({ kind, phrase: normalizer.words(p) })).filter((c) => c.phrase.length > 0);
    this.cues = CUE_KINDS.flatMap((kind) => phrases(kind, cues[kind]));
    const scope = (kind: 'neg' | 'hyp' | 'oth', list: string[]) => phrases(kind, list);
    this.scopes = [...scope('neg', cues.negationScope), ...scope('hyp', cues.hypothetical), ...scope('oth', cues.other)];
    this.negationWords = new Set(cues.negationScope.flatMap((p) => normalizer.words(p)));
    this.answerAfter = new Set(listAnswerWords().negative.flatMap((w) => normalizer.words(w)));
    this.notNegation = (cues.notNegation ?? []).map((p) => normalizer.words(p)).filter((w) => w.length > 0);
    this.numberAfter = (cues.numberWords?.after ?? []).map((p) => normalizer.words(p)).filter((w) => w.length > 0);
    this.numberBefore = (cues.numberWords?.before ?? []).map((p) => normalizer.words(p)).filter((w) => w.length > 0);
    this.concepts = new ConceptLexicon(new Map(Object.entries(cues.concepts).map(([name, list]) => [`%${name}`, list])), (t) => normalizer.words(t));
  }

  /** The language layer the featurizer reads text through. */
  get language(): Language {
    return this.normalizer.language;
  }

  features(text: string): string[] {
    const out = new Set<string>();
    const words = this.normalizer.words(text).slice(0, MAX_WORDS);
    // Scope marking (as in sentiment analysis and NegEx): the words after a
    // negation, "if" or another person, up to the next punctuation, become
    // their own features ("neg:numb" for "no numbness"), so that the model can
    // tell "no numbness" from "numbness" and learn it once for every symptom.
    let budget = MAX_WORDS; // as the intent classifier: the first 80 words
    const free = new Set<string>(); // concepts outside any scope, for the pairs
    for (const piece of clauses(text.slice(0, MAX_CHARS), { colonEnds: true })) {
      if (budget <= 0) break;
      const pw = this.normalizer.words(piece).slice(0, budget);
      budget -= pw.length;
      if (pw.length === 0) continue;
      // A concept phrase that holds a negation word ("can not feel", "no feeling")
      // is a finding, not a negation: its words do not open a scope.
      // A number the tokeniser split from a plural "s" is a decade or an age range
      // ("since my 40s", "the 90s"), not a temperature or any other concept's number.
      // So is a number said with a unit, a dose or an age ("pan 40 daily", "40 years farming").
      const spans = this.concepts.spans(pw).filter((c) => !(c.end - c.start === 1 && isWholeNumber(pw[c.start]!) && (pw[c.end] === 's' || this.counted(pw, c.start))));
      const asides = this.asideSpans(pw);
      const masked = pw.map((w, i) =>
        spans.some((c) => i >= c.start && i < c.end && c.phrase.some((x) => this.negationWords.has(x))) || asides.some(([a, b]) => i >= a && i < b) ? '_' : w,
      );
      // A piece closed by a bare answer ("saddle numbness no") is denied from its first word.
      const cut = this.answerAfter.has(pw[pw.length - 1]!) ? { at: 0, kind: 'neg' as const } : this.scopeStart(masked);
      const open = cut === null ? pw : pw.slice(0, cut.at);
      if (open.length > 0) for (const f of this.base.features(open.join(' '))) out.add(f);
      if (cut !== null) for (const f of this.base.features(pw.slice(cut.at).join(' '))) out.add(`${cut.kind}:${f}`);
      for (const c of spans) {
        if (cut !== null && c.start >= cut.at) out.add(`${cut.kind}:${c.concept}`);
        else free.add(c.concept);
      }
    }
    const found = [...free].sort();
    for (const c of found) out.add(c);
    for (let i = 0; i < found.length; i++) for (let j = i + 1; j < found.length; j++) out.add(`${found[i]}+${found[j]!.slice(1)}`);
    const stems = words.map((w) => this.stemOf(w));
    for (let i = 0; i + 1 < stems.length; i++) out.add(`${stems[i]}_${stems[i + 1]}`);
    for (const { kind, phrase } of this.cues) if (findPhrase(words, phrase).length > 0) out.add(`<cue:${kind}>`);
    if (text.includes('?')) out.add('<cue:question_mark>');
    return [...out];
  }

  /** The number at `at` is said with a word that makes it a count, dose, age or time (numberWords). */
  private counted(words: readonly string[], at: number): boolean {
    const startsAt = (phrase: readonly string[], from: number) => from >= 0 && phrase.every((w, i) => words[from + i] === w);
    return this.numberAfter.some((p) => startsAt(p, at + 1)) || this.numberBefore.some((p) => startsAt(p, at - p.length));
  }

  /** Where the asides that deny nothing ("not joking") sit in a piece, as [start, end) word spans. */
  private asideSpans(words: readonly string[]): Array<[number, number]> {
    return this.notNegation.flatMap((phrase) => findPhrase(words, phrase).map((i): [number, number] => [i, i + phrase.length]));
  }

  /** Where the first negation, hypothetical or other-person scope in a piece starts. */
  private scopeStart(words: readonly string[]): { at: number; kind: 'neg' | 'hyp' | 'oth' } | null {
    let best: { at: number; kind: 'neg' | 'hyp' | 'oth' } | null = null;
    for (const { kind, phrase } of this.scopes) {
      const at = findPhrase(words, phrase)[0];
      if (at === undefined) continue;
      if (!best || at < best.at) best = { at, kind };
    }
    return best;
  }

  private stemOf(word: string): string {
    let s = this.stems.get(word);
    if (s === undefined) {
      s = isWholeNumber(word) ? '<num>' : stem(word);
      if (this.stems.size > 20_000) this.stems.clear();
      this.stems.set(word, s);
    }
    return s;
  }
}
