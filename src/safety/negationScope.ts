/**
 * Negation for contextScope.ts (NegEx, Chapman 2001): is a finding denied by a
 * negation trigger before it in its clause ("no numbness"), one after it ("...
 * is fine"), a bare "no" answering the question it is in ("numb bum, weak legs?
 * none"), or a negated heading over its checklist ("things I don't have: ...")?
 * Built once per message in linear passes over the triggers of
 * knowledge/safety/context.yaml, so that each finding costs only its short window.
 */
import { PUNCTUATION } from '../language';
import type { ScopeWords, Trigger } from './contextTriggers';
import type { Match } from './phraseSet';
import { headingDenials } from './deniedHeading';

/** A list's separators, not counted as words in a negation's reach. */
const LIST_MARKS: ReadonlySet<string> = new Set([',', 'or', 'nor']);

/** The parts of a message's layout negation is measured in (from Scope). */
export interface NegationLayout {
  clause: Int32Array;
  sentence: Int32Array;
}

type Span = Pick<Match<unknown>, 'start' | 'end'>;

export class Negations {
  /** Latest start of a negation pre-trigger ending at token i, else -1. */
  private readonly endingAt: Int32Array;
  /** 1 where a negation post-trigger starts. */
  private readonly postAt: Uint8Array;
  /** 1 inside a checklist of denied signs opened by a negated heading ("things I don't have: ..."). */
  private readonly headingDenied: Uint8Array;
  /** Per sentence: where a bare "no" answers it ("numb bum, weak legs? none of that"), else -1. */
  private readonly answeredNo: Int32Array;
  private readonly win: { preNegation: number; postNegation: number };
  private readonly contrastAfter: ReadonlySet<string>;
  private readonly inabilityOpeners: ReadonlySet<string>;
  private readonly conjunctions: ReadonlySet<string>;

  /** `live`: the message's triggers, pseudo-triggers already set aside. */
  constructor(
    private readonly tokens: readonly string[],
    live: readonly Match<Trigger>[],
    private readonly layout: NegationLayout,
    w: Pick<ScopeWords, 'windows' | 'firstPerson' | 'headingEnds' | 'contrastAfter' | 'inabilityOpeners' | 'conjunctions'>,
  ) {
    this.contrastAfter = w.contrastAfter;
    this.inabilityOpeners = w.inabilityOpeners;
    this.conjunctions = w.conjunctions;
    const n = tokens.length;
    const { sentence } = layout;
    this.win = w.windows;
    // A bare "no" after a question (foldBareAnswers wrote it ": no") denies the
    // whole question, a list of signs however long, not only its last words.
    this.answeredNo = new Int32Array(sentence[n]! + 1).fill(-1);
    for (let i = 0; i + 1 < n; i++) {
      if (tokens[i] === ':' && tokens[i + 1] === 'no' && (i + 2 >= n || PUNCTUATION.has(tokens[i + 2]!))) this.answeredNo[sentence[i]!] = i;
    }
    // So does a "no" to every item at once after a list of signs ("..., legs) and it was no to all of them").
    for (const t of live) if (t.payload.cat === 'listDenial') this.answeredNo[sentence[t.start]!] = Math.max(this.answeredNo[sentence[t.start]!]!, t.start);
    this.endingAt = new Int32Array(n + 1).fill(-1);
    this.postAt = new Uint8Array(n + 1);
    for (const t of live) {
      if (t.payload.cat !== 'negation') continue;
      if (t.payload.dir === 'pre') this.endingAt[t.end] = Math.max(this.endingAt[t.end]!, t.start);
      else this.postAt[t.start] = 1;
    }
    const terminations = live.filter((t) => t.payload.cat === 'termination').map((t) => t.start);
    this.headingDenied = headingDenials(tokens, this.endingAt, terminations, w.firstPerson, w.headingEnds);
  }

  /**
   * Is the finding (its first and last clause `c0`, `c1`) denied: under a negated heading, by a
   * negation before it in its clause, or, when `post`, by one after it or a bare answer?
   */
  negated(f: Span, c0: number, c1: number, post: boolean): boolean {
    const { clause, sentence } = this.layout;
    const win = this.win;
    if (this.headingDenied[f.start]) return true;
    // Negation: a trigger ending at most `preNegation` words before the finding
    // (a trigger inside the finding, as in "can NOT pee", does not count)...
    // A list's commas and "or" are not words: "I don't have any numbness, bladder problems
    // or fever" denies its last item too (the clause still bounds the reach).
    // Not an item set against the denial by a contrast word closing its clause ("no leg
    // pain, numb groin though"): the denial stops at the comma before it.
    const contrasted = this.contrastAfter.has(this.tokens[f.end] ?? '') && (f.end + 1 >= this.tokens.length || PUNCTUATION.has(this.tokens[f.end + 1]!));
    // Nor a finding that opens with its own inability after a conjunction ("zero appetite and
    // can not stay hard"): it says its own "not", and the denial before the conjunction is another thing's.
    const ownInability = this.inabilityOpeners.has(this.tokens[f.start] ?? '');
    for (let e = f.start, words = 0; e >= 0 && words <= win.preNegation; e--) {
      const s = this.endingAt[e]!;
      if (s >= 0 && s < f.start && clause[s] === c0) return true;
      if (contrasted && this.tokens[e - 1] === ',') break;
      if (ownInability && this.conjunctions.has(this.tokens[e - 1] ?? '')) break;
      if (e > 0 && !LIST_MARKS.has(this.tokens[e - 1]!)) words++;
    }
    // ...or starting at most `postNegation` words after it ("... is fine"), or a bare
    // answer to the question the finding is in.
    if (!post) return false;
    if (this.answeredNo[sentence[f.start]!]! >= f.end) return true;
    for (let s = f.end; s < this.tokens.length && s - f.end <= win.postNegation; s++) {
      if (this.postAt[s] && clause[s] === c1) return true;
    }
    return false;
  }

  /** Is token i one of a negation trigger's own words ("no", "do not have")? */
  inNegation(i: number): boolean {
    for (let e = i + 1; e < this.endingAt.length; e++) {
      const s = this.endingAt[e]!;
      if (s >= 0 && s <= i) return true;
    }
    return false;
  }

  /** Is the finding in a question the writer answered with a bare "no" ("numb bum, weak legs? none")? */
  answeredNoTo(f: Span): boolean {
    return this.answeredNo[this.layout.sentence[f.start]!]! >= f.end;
  }

  /**
   * Is the finding a checklist item answered no right after its colon ("numb groin: none")?
   * A denial as plain as one said before it, unlike "..., fine otherwise" (context.yaml's
   * post-negation that opens with the colon).
   */
  answeredAfterColon(f: Span): boolean {
    return this.tokens[f.end] === ':' && this.postAt[f.end] === 1;
  }
}
