import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance';

/** Anything that maps a possibly misspelt word to the word meant. */
export interface WordCorrector {
  correct(word: string): string;
}

export interface TypoOptions {
  /** Shortest word corrected: shorter ones are too often another real word. */
  minLength: number;
  /** Edits allowed for a word (Damerau-Levenshtein: a swap of two letters is one edit). */
  maxDistance: (word: string) => number;
  /** Several candidates equally close: take the one listed first, or leave the word alone. */
  ties: 'first' | 'leave';
  /** Only words matching this are corrected. */
  eligible: RegExp;
  /** "leakin" -> "leaking" when the -ing form is a known word (not a candidate) and "leakin" is not. */
  restoreDroppedG?: boolean;
  /** Real words (and their inflections), never corrected: "fire" is not a typo of a known "fine". */
  dictionary?: { has(word: string): boolean };
}

/** Most corrections remembered; past that the cache starts again (messages repeat words a lot). */
const CACHE_LIMIT = 20_000;
/** Deletions indexed per vocabulary word: enough for the largest maxDistance used. */
const INDEX_DEPTH = 2;

/** Every string made by deleting up to `depth` letters from `word` (the word itself included). */
function deletes(word: string, depth: number, out = new Set<string>()): Set<string> {
  out.add(word);
  if (depth === 0 || word.length <= 1) return out;
  for (let i = 0; i < word.length; i++) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (!out.has(shorter)) deletes(shorter, depth - 1, out);
  }
  return out;
}

/**
 * Corrects an unknown word to the closest candidate word by edit distance,
 * using a SymSpell-style index: two words within distance d share a string
 * obtained by deleting at most d letters from each, so only the few candidates
 * sharing a deletion with the typo are compared, not the whole vocabulary. The
 * index is built on first use and corrections are cached. Known words (and the
 * candidates themselves) are never corrected.
 */
export class TypoCorrector implements WordCorrector {
  private readonly rank = new Map<string, number>();
  private readonly known = new Set<string>();
  private index: Map<string, string[]> | undefined;
  private readonly cache = new Map<string, string>();

  /**
   * @param candidates words a typo may be corrected to, most frequent first
   * @param known other real words, never corrected (and never a correction)
   */
  constructor(candidates: Iterable<string>, private readonly options: TypoOptions, known: Iterable<string> = []) {
    for (const word of candidates) if (!this.rank.has(word)) this.rank.set(word, this.rank.size);
    for (const word of known) this.known.add(word);
  }

  /** Marks a word as real; call before the first correction (corrections are cached). */
  addKnown(word: string): void {
    this.known.add(word);
  }

  correct(word: string): string {
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const corrected = this.lookup(word);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, corrected);
    return corrected;
  }

  private lookup(word: string): string {
    const { minLength, eligible, restoreDroppedG } = this.options;
    if (restoreDroppedG && word.length >= 5 && word.endsWith('in') && !this.known.has(word) && this.known.has(`${word}g`)) return `${word}g`;
    if (word.length < minLength || this.known.has(word) || this.rank.has(word) || !eligible.test(word)) return word;
    if (this.options.dictionary?.has(word)) return word;
    const index = (this.index ??= this.buildIndex());
    const maxDistance = this.options.maxDistance(word);
    let best = word;
    let bestDistance = maxDistance + 1;
    let bestRank = Infinity;
    let tied = false;
    const seen = new Set<string>();
    for (const key of deletes(word, maxDistance)) {
      for (const candidate of index.get(key) ?? []) {
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        if (Math.abs(candidate.length - word.length) > maxDistance) continue;
        const d = DamerauLevenshteinDistance(word, candidate);
        if (d > maxDistance || d > bestDistance) continue;
        const rank = this.rank.get(candidate)!;
        if (d === bestDistance) {
          tied = true;
          if (rank > bestRank) continue;
        } else {
          tied = false;
        }
        best = candidate;
        bestDistance = d;
        bestRank = rank;
      }
    }
    return tied && this.options.ties === 'leave' ? word : best;
  }

  private buildIndex(): Map<string, string[]> {
    const index = new Map<string, string[]>();
    for (const word of this.rank.keys()) {
      if (word.length < this.options.minLength - 1 || /\d/.test(word)) continue;
      for (const key of deletes(word, INDEX_DEPTH)) {
        const list = index.get(key);
        if (list) list.push(word);
        else index.set(key, [word]);
      }
    }
    return index;
  }
}
