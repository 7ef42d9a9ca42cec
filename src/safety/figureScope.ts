/**
 * Figures of speech and near misses for contextScope.ts: is a finding said as a
 * figure ("I'm paralysed with this, not literally"; "couldn't breathe for
 * laughing"; "No actual truck involved")? Built once per message in linear passes
 * over the triggers of knowledge/safety/context.yaml (`figure`, `figureAfter`,
 * `figureWhole`, `figureCause`), so that each finding costs O(1).
 */
import type { Trigger } from './contextTriggers';
import type { Match } from './phraseSet';

/** How many clauses back a figure-of-speech or near-miss marker reaches: only the clause it closes and the one before ("..., fell off the ladder but caught myself in time" keeps a clause told before those). */
const FIGURE_REACH = 1;
/** How many words either side of a figure's cause ("for laughing") its clause's findings may be: the sign it makes is told next to it. */
const CAUSE_REACH = 8;

/** The parts of a message's layout the figures are measured in (from Scope). */
export interface FigureLayout {
  clause: Int32Array;
  sentence: Int32Array;
  /** First token of every sentence. */
  sentenceStart: Int32Array;
}

export class Figures {
  /** Start of the next figure-of-speech marker ("not literally") at or after token i. */
  private readonly nextFigure: Int32Array;
  /** Tokens a figure-of-speech or near-miss marker reaches back over, the marker included: the learned stage does not read them. */
  readonly figured: Uint8Array;
  /** Tokens of a sentence a clarification opening the next one says was a figure ("No actual truck involved"). */
  private readonly figuredBefore: Uint8Array;
  /** Tokens inside a figure said whole ("you'll give me a heart attack") or near a cause in its clause that makes a sign a figure ("for laughing"). */
  private readonly figuredIn: Uint8Array;

  /** `opening`: how far into its sentence a clarification may start and still speak of the sentence before. */
  constructor(n: number, live: readonly Match<Trigger>[], private readonly layout: FigureLayout, opening: number) {
    const { clause, sentence, sentenceStart } = layout;
    const figureAt = new Uint8Array(n + 1);
    for (const t of live) if (t.payload.cat === 'figure') figureAt[t.start] = 1;
    this.nextFigure = new Int32Array(n + 2).fill(-1);
    for (let i = n - 1; i >= 0; i--) this.nextFigure[i] = figureAt[i] ? i : this.nextFigure[i + 1]!;
    this.figured = new Uint8Array(n);
    for (const t of live) {
      if (t.payload.cat !== 'figure') continue;
      for (let i = t.end - 1; i >= 0 && sentence[i] === sentence[t.start] && clause[t.start]! - clause[i]! <= FIGURE_REACH; i--) this.figured[i] = 1;
    }
    // A clarification opening the next sentence ("(No actual truck involved, I bent over.)")
    // reaches back over the whole sentence before it, and its own words: never forwards.
    this.figuredBefore = new Uint8Array(n + 1);
    for (const t of live) {
      if (t.payload.cat !== 'figureAfter') continue;
      const s = sentence[t.start]!;
      if (s === 0 || t.start - sentenceStart[s]! > opening) continue;
      for (let i = t.end - 1; i >= 0 && sentence[i]! >= s - 1; i--) this.figured[i] = this.figuredBefore[i] = 1;
    }
    // A figure said whole covers its own words; a cause that makes a sign a figure
    // ("couldn't breathe for laughing") covers the words near it in its clause, before or after.
    this.figuredIn = new Uint8Array(n + 1);
    for (const t of live) {
      if (t.payload.cat === 'figureWhole') this.figuredIn.fill(1, t.start, t.end);
      if (t.payload.cat !== 'figureCause') continue;
      const c = clause[t.start]!;
      for (let i = Math.max(0, t.start - CAUSE_REACH); i < Math.min(n, t.end + CAUSE_REACH); i++) if (clause[i] === c) this.figuredIn[i] = 1;
    }
    for (let i = 0; i < n; i++) if (this.figuredIn[i]) this.figured[i] = 1;
  }

  /**
   * Is the finding a figure of speech, said so after it in its sentence ("I'm paralysed
   * with this, not literally")? The marker reaches back like a resolution, never forwards:
   * "not literally, but now I can't feel my legs" keeps what follows.
   */
  figurative(f: Pick<Match<unknown>, 'start' | 'end'>): boolean {
    const { clause, sentence } = this.layout;
    const r = this.nextFigure[f.end]!;
    const last = Math.max(f.end - 1, 0);
    if (this.figuredBefore[f.start]) return true;
    if (this.figuredIn[f.start] && this.figuredIn[f.end - 1]) return true;
    return r >= 0 && sentence[r] === sentence[last] && clause[r]! - clause[last]! <= FIGURE_REACH;
  }
}
