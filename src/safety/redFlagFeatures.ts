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
 * It is the one text clean-up this module owns; swap it for the shared
 * language layer's sentence splitter when that exists.
 */
import { stem } from 'natural/lib/natural/stemmers/porter_stemmer';
import { Featurizer } from '../nlu/featurizer';
import { TextNormalizer } from '../nlu/textNormalizer';
import { readYamlFile } from '../util/yamlFile';

export const CUE_KINDS = ['negation', 'hypothetical', 'other', 'past', 'question', 'worry'] as const;
export type CueKind = (typeof CUE_KINDS)[number];
export type Cues = Record<CueKind, string[]>;

/** Reads knowledge/safety/model-cues.yaml; a missing or malformed list names the file and field. */
export function readCues(path: string): Cues {
  const data = readYamlFile(path) as Record<string, unknown> | null;
  const out = {} as Cues;
  for (const kind of CUE_KINDS) {
    const list = data?.[kind];
    if (!Array.isArray(list) || list.some((p) => typeof p !== 'string' || !p.trim())) {
      throw new Error(`${path}: field "${kind}" must be a list of words or phrases`);
    }
    out[kind] = list as string[];
  }
  return out;
}

/** Clause boundaries: sentence ends, line breaks, and words that turn a sentence ("but", "however"). */
const CLAUSE_BREAK = /[.!?;\n\r]+|,?\s+\b(?:but|however|although|though|except|apart from|anyway|also|plus)\b\s+/gi;
/** Longest message read; the rest of a huge message adds nothing but time. */
const MAX_CHARS = 2000;
/** Fewest letters a clause needs to be scored on its own. */
const MIN_CLAUSE_CHARS = 6;

/** The whole message first, then each clause of it when there is more than one. */
export function segments(text: string): string[] {
  const whole = text.slice(0, MAX_CHARS).trim();
  if (!whole) return [];
  const parts = whole.split(CLAUSE_BREAK).map((s) => (s ?? '').trim()).filter((s) => s.length >= MIN_CLAUSE_CHARS);
  return parts.length > 1 ? [whole, ...parts] : [whole];
}

export class RedFlagFeaturizer {
  private readonly base: Featurizer;
  private readonly cues: Array<{ kind: CueKind; phrase: string }>;
  private readonly stems = new Map<string, string>();

  constructor(
    private readonly normalizer: TextNormalizer,
    cues: Cues,
    vocabulary: Iterable<string> = [],
  ) {
    this.base = new Featurizer(normalizer, vocabulary);
    this.cues = CUE_KINDS.flatMap((kind) => cues[kind].map((p) => ({ kind, phrase: ` ${normalizer.words(p).join(' ')} ` })));
  }

  features(text: string): string[] {
    const out = new Set(this.base.features(text));
    const words = this.normalizer.words(text).slice(0, 80);
    const stems = words.map((w) => this.stemOf(w));
    for (let i = 0; i + 1 < stems.length; i++) out.add(`${stems[i]}_${stems[i + 1]}`);
    const joined = ` ${words.join(' ')} `;
    for (const { kind, phrase } of this.cues) if (joined.includes(phrase)) out.add(`<cue:${kind}>`);
    if (text.includes('?')) out.add('<cue:question_mark>');
    return [...out];
  }

  private stemOf(word: string): string {
    let s = this.stems.get(word);
    if (s === undefined) {
      s = /^\d+$/.test(word) ? '<num>' : stem(word);
      if (this.stems.size > 20_000) this.stems.clear();
      this.stems.set(word, s);
    }
    return s;
  }
}
