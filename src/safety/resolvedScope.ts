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
    const resolvedAt = new Uint8Array(n + 1);
    for (const t of live) if (t.payload.cat === 'resolved') resolvedAt[t.start] = 1;
    this.nextResolved = new Int32Array(n + 2).fill(-1);
    for (let i = n - 1; i >= 0; i--) this.nextResolved[i] = resolvedAt[i] ? i : this.nextResolved[i + 1]!;
    const nowAt = new Uint8Array(n + 1);
    for (const t of live) if (t.payload.cat === 'resolvedNow') nowAt[t.start] = 1;
    this.nextResolvedNow = new Int32Array(n + 2).fill(-1);
    for (let i = n - 1; i >= 0; i--) this.nextResolvedNow[i] = nowAt[i] ? i : this.nextResolvedNow[i + 1]!;
    this.signResolvedAt = new Uint8Array(n + 1);
    for (const t of live) if (t.payload.cat === 'resolvedSign') this.signResolvedAt[t.start] = 1;
    const goneAt = new Uint8Array(n + 1);
    for (const t of live) if (t.payload.cat === 'resolvedGone') goneAt[t.start] = 1;
    this.nextGone = new Int32Array(n + 2).fill(-1);
    for (let i = n - 1; i >= 0; i--) this.nextGone[i] = goneAt[i] ? i : this.nextGone[i + 1]!;
    this.signGoneAt = new Uint8Array(n + 1);
    for (const t of live) if (t.payload.cat === 'resolvedGoneSign') this.signGoneAt[t.start] = 1;
  }

  /**
   * Is the finding, ending in clause c1, told as over? `selfBefore`: first-person words before each token.
   * `goneIsOver`: the finding is of a sign that is something had, which "gone for days" tells as over.
   */
  resolved(f: Pick<Match<unknown>, 'start' | 'end'>, c1: number, selfBefore: Int32Array, goneIsOver = false): boolean {
    const { clause, sentence, sentenceStart } = this.layout;
    if (goneIsOver) {
      // "had a fever with covid, it's been gone five days": as `resolved`, within its sentence.
      const g = this.nextGone[f.end]!;
      if (g >= 0 && sentence[g] === sentence[Math.max(f.end - 1, 0)] && clause[g]! - c1 <= RESOLVED_REACH) return true;
      // "the fever has been gone since Tuesday": the sign's own words, then the time it has been gone.
      if (this.signGoneAt[f.end]) return true;
    }
    // "had a chest infection in March with a fever, all better": resolved, told as history.
    const r = this.nextResolved[f.end]!;
    if (r >= 0 && sentence[r] === sentence[Math.max(f.end - 1, 0)] && clause[r]! - c1 <= RESOLVED_REACH) return true;
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
}
