import { findPhrase, phraseAt } from '../language/phrases';

/**
 * "The doctor gave me thiocolchicoside and aceclofenac": a medicine of a class said to be taken, named after
 * others in a list. The `takes` mentions ("i take naproxen") need the name right after the phrase; here a run
 * of the list's words (other medicines' names, "and", "tablets") may come between, so a prescription told as
 * a list still counts (an NSAID already prescribed: no second one on top).
 */
export interface TakenList {
  /** "i take", "doctor gave me" (medicine-contents.yaml takesPhrases), as words. */
  starts: readonly string[][];
  /** The class's names, as words. */
  names: readonly string[][];
  /** Words a list may hold before the name: one-word medicine names of every class, and takesListWords. */
  between: ReadonlySet<string>;
}

/** At most this many list words between the phrase and the name: a list, not the rest of the message. */
const MAX_BETWEEN = 6;

/** Where a start phrase begins and the class's name ends, for each name reached across list words only. */
export function takenInList(tokens: readonly string[], list: TakenList): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const start of list.starts) {
    for (const i of findPhrase(tokens, start)) {
      for (let j = i + start.length, gap = 0; j < tokens.length && gap <= MAX_BETWEEN; j++, gap++) {
        const name = gap > 0 ? list.names.find((n) => phraseAt(tokens, n, j)) : undefined;
        if (name) {
          out.push([i, j + name.length]);
          break;
        }
        if (!list.between.has(tokens[j]!)) break;
      }
    }
  }
  return out;
}
