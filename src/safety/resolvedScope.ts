/**
 * Resolutions for contextScope.ts: is a finding told as over ("fever in March, all better", "the sweats stopped",
 * "Feeling came back after a minute")? Apart from Scope because it is one reading of its own, built once per
 * message from the `resolved`, `resolvedNow` and `resolvedSign` triggers of knowledge/safety/context.yaml.
 */
import type { Trigger } from './contextTriggers';
import type { FigureLayout } from './figureScope';
import type { Match } from './phraseSet';

/** How many clauses back a resolution phrase reaches ("fever in March, all better"). */
const RESOLVED_REACH = 2;

export class Resolutions {
  /** The start of the next resolution phrase at or after token i, and of the next one told of now. */
  private readonly nextResolved: Int32Array;
  private readonly nextResolvedNow: Int32Array;
  /** Tokens where a resolution of the sign just before begins (context.yaml `resolvedSign`). */
  private readonly signResolvedAt: Uint8Array;
  /** The start of the next "gone for days" told of a sign at or after token i, and where one said right after the sign begins (context.yaml `resolvedGone`). */
  private readonly nextGone: Int32Array;
  private readonly signGoneAt: Uint8Array;

  /** `opening`: how far into the next sentence a resolution phrase may start and still end the one before. */
  constructor(n: number, live: readonly Match<Trigger>[], private readonly layout: FigureLayout, private readonly opening: number) {
    this.nextResolved = nextFrom(startsOf(n, live, 'resolved'));
    this.nextResolvedNow = nextFrom(startsOf(n, live, 'resolvedNow'));
    this.signResolvedAt = startsOf(n, live, 'resolvedSign');
    this.nextGone = nextFrom(startsOf(n, live, 'resolvedGone'));
    this.signGoneAt = startsOf(n, live, 'resolvedGoneSign');
  }

  /**
   * Is the finding, ending in clause c1, told as over? `selfBefore`: first-person words before each token.
   * `goneIsOver`: the finding is of a sign that is something had, which "gone for days" tells as over.
   */
  resolved(f: Pick<Match<unknown>, 'start' | 'end'>, c1: number, selfBefore: Int32Array, goneIsOver = false): boolean {
    const { sentence, sentenceStart } = this.layout;
    if (goneIsOver) {
      // "had a fever with covid, it's been gone five days": as `resolved`, within its sentence.
      if (this.reachesBack(this.nextGone[f.end]!, f, c1)) return true;
      // "the fever has been gone since Tuesday": the sign's own words, then the time it has been gone.
      if (this.signGoneAt[f.end]) return true;
    }
    // "had a chest infection in March with a fever, all better": resolved, told as history.
    if (this.reachesBack(this.nextResolved[f.end]!, f, c1)) return true;
    // "the sweats stopped": the sign itself is what ended, its resolution the very next words.
    // Only that finding: "my legs went numb and the tingling stopped" keeps the numbness.
    if (this.signResolvedAt[f.end]) return true;
    // "Both feet went to sleep on the floor. Feeling came back after a minute.": a
    // resolution opening the next sentence tells how the one before it ended; not one
    // the writer says of themselves ("I am usually fine in that department").
    const g = this.nextResolvedNow[f.end]!;
    const next = g >= 0 ? sentenceStart[sentence[g]!]! : -1;
    return g >= 0 && sentence[g] === sentence[Math.max(f.end - 1, 0)]! + 1 && g - next <= this.opening && selfBefore[g] === selfBefore[next];
  }

  /** A phrase starting at token p (or none, -1) ends the finding: in its sentence, at most RESOLVED_REACH clauses on. */
  private reachesBack(p: number, f: Pick<Match<unknown>, 'end'>, c1: number): boolean {
    const { clause, sentence } = this.layout;
    return p >= 0 && sentence[p] === sentence[Math.max(f.end - 1, 0)] && clause[p]! - c1 <= RESOLVED_REACH;
  }
}

/** Tokens where a trigger of the category begins. */
function startsOf(n: number, live: readonly Match<Trigger>[], cat: Trigger['cat']): Uint8Array {
  const at = new Uint8Array(n + 1);
  for (const t of live) if (t.payload.cat === cat) at[t.start] = 1;
  return at;
}

/** For each token i, the first marked token at or after i (-1: none). */
function nextFrom(marks: Uint8Array): Int32Array {
  const n = marks.length - 1;
  const next = new Int32Array(n + 2).fill(-1);
  for (let i = n - 1; i >= 0; i--) next[i] = marks[i] ? i : next[i + 1]!;
  return next;
}
