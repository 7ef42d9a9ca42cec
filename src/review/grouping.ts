import { stem } from 'natural/lib/natural/stemmers/porter_stemmer';
import { words as STOPWORDS } from 'natural/lib/natural/util/stopwords';

const STOP = new Set(STOPWORDS);

/**
 * The content-word stems of a question, for grouping similar ones. The one
 * place the review loop cleans text: swap in the language layer here.
 */
export function questionStems(text: string): Set<string> {
  const tokens = text.toLowerCase().replace(/\[(\w+)\]/g, ' ').match(/\p{L}[\p{L}']*|\d+/gu) ?? [];
  return new Set(tokens.map((t) => t.replace(/'/g, '')).filter((t) => t && !STOP.has(t)).map((t) => stem(t)));
}

/** |a ∩ b| / |a ∪ b|; two empty sets are identical. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  return shared / (a.size + b.size - shared);
}

export interface Group<T> {
  /** The first text of the group, shown for all of it. */
  example: string;
  members: T[];
}

/**
 * Greedy single pass: each text joins the group with the member it is most
 * like (Jaccard on stems at least `threshold`), or starts a new one. Largest
 * groups first; ties keep first-seen order.
 */
export function groupSimilar<T>(items: readonly T[], text: (item: T) => string, threshold = 0.5): Group<T>[] {
  const groups: Array<Group<T> & { stems: Array<Set<string>> }> = [];
  for (const item of items) {
    const stems = questionStems(text(item));
    let best: (typeof groups)[number] | undefined;
    let bestScore = threshold;
    for (const g of groups) {
      const score = Math.max(...g.stems.map((s) => jaccard(stems, s)));
      if (score >= bestScore && (!best || score > bestScore)) {
        best = g;
        bestScore = score;
      }
    }
    if (best) {
      best.members.push(item);
      best.stems.push(stems);
    } else groups.push({ example: text(item), members: [item], stems: [stems] });
  }
  return groups
    .map((g, order) => ({ g, order }))
    .sort((a, b) => b.g.members.length - a.g.members.length || a.order - b.order)
    .map(({ g }) => ({ example: g.example, members: g.members }));
}
