import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance';

/** Most corrections remembered; past that the cache starts again (messages repeat words a lot). */
const CACHE_LIMIT = 20_000;

/** Shortest word corrected: shorter ones are too often another real word. */
const MIN_LENGTH = 4;

/** Edits allowed for a word of this length. */
function maxDistanceFor(word: string): number {
  return word.length >= 7 ? 2 : 1;
}

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
 * Corrects an unknown word to the closest known word (Damerau-Levenshtein
 * distance 1, or 2 for words of seven letters or more), using a SymSpell-style
 * index: two words within distance d share a string obtained by deleting at
 * most d letters from each, so only the few words sharing a deletion with
 * the typo are compared, not the whole vocabulary. Ties go to the word listed
 * first (the vocabulary is given most frequent first). The index is built on
 * first use and corrections are cached.
 */
export class SpellingCorrector {
  private readonly rank = new Map<string, number>();
  private index: Map<string, string[]> | undefined;
  private readonly cache = new Map<string, string>();

  /** @param vocabulary known words, most frequent first */
  constructor(vocabulary: Iterable<string>) {
    for (const word of vocabulary) if (!this.rank.has(word)) this.rank.set(word, this.rank.size);
  }

  correct(word: string): string {
    if (word.length < MIN_LENGTH || this.rank.has(word) || /\d/.test(word)) return word;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const corrected = this.lookup(word);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, corrected);
    return corrected;
  }

  private lookup(word: string): string {
    const index = (this.index ??= this.buildIndex());
    const maxDistance = maxDistanceFor(word);
    let best = word;
    let bestDistance = maxDistance + 1;
    let bestRank = Infinity;
    const seen = new Set<string>();
    for (const key of deletes(word, maxDistance)) {
      for (const candidate of index.get(key) ?? []) {
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        if (Math.abs(candidate.length - word.length) > maxDistance) continue;
        const d = DamerauLevenshteinDistance(word, candidate);
        if (d > maxDistance) continue;
        const rank = this.rank.get(candidate) as number;
        if (d < bestDistance || (d === bestDistance && rank < bestRank)) {
          best = candidate;
          bestDistance = d;
          bestRank = rank;
        }
      }
    }
    return best;
  }

  private buildIndex(): Map<string, string[]> {
    const index = new Map<string, string[]>();
    for (const word of this.rank.keys()) {
      if (word.length < MIN_LENGTH - 1 || /\d/.test(word)) continue;
      for (const key of deletes(word, 2)) {
        const list = index.get(key);
        if (list) list.push(word);
        else index.set(key, [word]);
      }
    }
    return index;
  }
}
