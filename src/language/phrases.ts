// Finding a phrase (already split into words) in a message's words: one place
// for every reader of text (answers, facts, the red-flag featurizer).
import { isWholeNumber } from './wordClasses';

/** The word a phrase from a knowledge file writes for "any number here" ("every {n} minutes"). */
export const NUMBER_SLOT = '{n}';

/**
 * A phrase from a knowledge file as words, through the same clean-up as messages (`words`), with
 * each `{n}` kept as the number slot phraseAt matches: the clean-up would drop its braces, so it
 * goes through as a placeholder word and comes back as the slot.
 */
export function phraseWords(phrase: string, words: (text: string) => string[]): string[] {
  return words(phrase.replace(/\{n\}/g, ' NUMBERSLOT ')).map((w) => (w === 'numberslot' ? NUMBER_SLOT : w));
}

/** Does `phrase` (already split into words) occur in `words` at `at`? `{n}` matches a number. */
export function phraseAt(words: readonly string[], phrase: readonly string[], at: number): boolean {
  if (at + phrase.length > words.length) return false;
  for (let i = 0; i < phrase.length; i++) {
    const p = phrase[i]!;
    if (p === NUMBER_SLOT ? !isWholeNumber(words[at + i]!) : words[at + i] !== p) return false;
  }
  return true;
}

/** Every position where `phrase` starts in `words`. */
export function findPhrase(words: readonly string[], phrase: readonly string[]): number[] {
  const out: number[] = [];
  const first = phrase[0];
  // Readers try hundreds of phrases a message (every medicine's names): a first-word test keeps that cheap.
  const last = words.length - phrase.length;
  for (let i = 0; i <= last; i++) {
    if ((first === NUMBER_SLOT || words[i] === first) && phraseAt(words, phrase, i)) out.push(i);
  }
  return out;
}

/** Largest number of words a "..." in a frame stands for ("where is THE HEAT THING from"). */
const FRAME_GAP = 4;

/**
 * Where `frame` (split into words, "..." standing for one to four words) occurs
 * in `words`: the positions of its own words, else undefined. "where ... from"
 * matches "where is the heat thing from" at where and from.
 */
export function findFrame(words: readonly string[], frame: readonly string[]): number[] | undefined {
  const match = (wi: number, fi: number): number[] | undefined => {
    if (fi === frame.length) return [];
    if (frame[fi] === '...') {
      for (let skip = 1; skip <= FRAME_GAP && wi + skip <= words.length; skip++) {
        const rest = match(wi + skip, fi + 1);
        if (rest) return rest;
      }
      return undefined;
    }
    if (words[wi] !== frame[fi]) return undefined;
    const rest = match(wi + 1, fi + 1);
    return rest && [wi, ...rest];
  };
  for (let i = 0; i < words.length; i++) {
    const at = match(i, 0);
    if (at) return at;
  }
  return undefined;
}

/** One phrase of a PhraseIndex found in a message: what it stands for, its words, where it starts. */
export interface PhraseHit<T> {
  item: T;
  phrase: readonly string[];
  at: number;
}

interface IndexedPhrase<T> {
  item: T;
  phrase: readonly string[];
  /** The entry's place in the list given, so hits come out in the order a loop over the list would find them. */
  order: number;
}

/**
 * Many phrases looked for at once (every fact's mentions, every medicine's names): indexed by
 * first word, a message's words are read once instead of once a phrase, which made loading the
 * passage matcher (thousands of example questions against thousands of mentions) slow.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, IndexedPhrase<T>[]>();
  /** Phrases that start with the number slot (or are empty): found by scanning, as findPhrase does. */
  private readonly scanned: IndexedPhrase<T>[] = [];

  constructor(entries: Iterable<readonly [T, readonly string[]]>) {
    let order = 0;
    for (const [item, phrase] of entries) {
      const entry = { item, phrase, order: order++ };
      const first = phrase[0];
      if (first === undefined || first === NUMBER_SLOT) this.scanned.push(entry);
      else {
        const same = this.byFirst.get(first);
        if (same) same.push(entry);
        else this.byFirst.set(first, [entry]);
      }
    }
  }

  /** Every place any phrase occurs, in the order of the entries given, then by position (as findPhrase over each entry in turn). */
  find(words: readonly string[]): PhraseHit<T>[] {
    const hits: (PhraseHit<T> & { order: number })[] = [];
    words.forEach((word, at) => {
      for (const e of this.byFirst.get(word) ?? []) if (phraseAt(words, e.phrase, at)) hits.push({ ...e, at });
    });
    for (const e of this.scanned) for (const at of findPhrase(words, e.phrase)) hits.push({ ...e, at });
    return hits.sort((a, b) => a.order - b.order || a.at - b.at).map(({ item, phrase, at }) => ({ item, phrase, at }));
  }
}
