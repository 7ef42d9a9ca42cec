/**
 * Denials told after a finding, for contextScope.ts: "I keep prodding my feet for
 * pins and needles, they are fine", "legs okay", "I can pee". Read from the
 * `backDenial` and `able` triggers of knowledge/safety/context.yaml.
 */
import { PUNCTUATION } from '../language';
import type { ScopeWords, Trigger } from './contextTriggers';
import type { Match } from './phraseSet';

/** Words before a finding in which a likeness may open ("feel like they have gone dead"). */
const LIKENESS_BEFORE = 4;

export class BackDenials {
  /** Starts of the back-denial predicates ("are fine"), in order. */
  private readonly denials: number[];
  /** Where each predicate ends, by its start. */
  private readonly ends = new Map<number, number>();
  /** Starts of the predicates that deny with a "not" ("they are not"). */
  private readonly notDenials: Set<number>;
  /** The functions the writer says work ("i can pee"), as told. */
  private readonly able: string[];

  /** `isOwn`: is token i in a sentence that speaks of the writer (Scope.isOwn)? */
  constructor(
    private readonly tokens: readonly string[],
    live: readonly Match<Trigger>[],
    private readonly sentence: Int32Array,
    private readonly w: Pick<ScopeWords, 'backDenial' | 'firstPerson'>,
    private readonly isOwn: (i: number) => boolean,
  ) {
    const predicates = live.filter((t) => t.payload.cat === 'backDenial');
    this.denials = predicates.map((t) => t.start).sort((a, b) => a - b);
    for (const t of predicates) this.ends.set(t.start, Math.max(this.ends.get(t.start) ?? 0, t.end));
    this.notDenials = new Set(predicates.filter((t) => tokens.slice(t.start, t.end).includes('not')).map((t) => t.start));
    this.able = live.filter((t) => t.payload.cat === 'able').map((t) => tokens.slice(t.start, t.end).join(' '));
  }

  /**
   * Is the finding denied after it, in a later clause, of the same thing: "I keep
   * prodding my feet for pins and needles, they are fine"? The predicate's subject
   * (the word just before it) must be one of the finding's own words or a word that
   * refers back (`backDenial.subjects`: "they", "everything"), within the window and
   * at most one sentence on; "my doctor says they are fine" is not the writer's denial.
   */
  backDenied(f: Pick<Match<unknown>, 'start' | 'end'>): boolean {
    const { window, subjects, notAfter, notSubjects } = this.w.backDenial;
    const tokens = this.tokens;
    const own = new Set(tokens.slice(f.start, f.end).filter((t) => t.length >= 3 && !this.w.firstPerson.has(t) && !PUNCTUATION.has(t) && !notSubjects.has(t)));
    for (const s of this.denials) {
      if (s - 1 < f.end) continue;
      if (s - f.end > window || this.sentence[s]! - this.sentence[f.end - 1]! > 1) break;
      const at = this.subjectAt(s);
      const subject = tokens[at]!;
      if (!subjects.has(subject) && !own.has(subject)) continue;
      if (at >= 1 && notAfter.has(tokens[at - 1]!)) continue;
      if (this.wholeWithExceptions(subject, s)) continue;
      // "feel like they are asleep, but they are not": the "not" denies the likeness, not the feeling.
      // The likeness may open just before the finding's own words ("like they have gone dead").
      if (this.notDenials.has(s) && tokens.slice(Math.max(0, f.start - LIKENESS_BEFORE), s).some((t) => this.w.backDenial.likeness.has(t))) continue;
      return true;
    }
    return false;
  }

  /**
   * "everything is normal, just hot and the back": the whole said to be fine, with what is not
   * named at once after it, is everything else; the sign told before is one of the exceptions.
   * Not when the exceptions are the back alone ("everything is normal, only the back ache",
   * "..., just a stiff back from gardening"): then the whole is fine but the back, and the sign is denied.
   */
  private wholeWithExceptions(subject: string, s: number): boolean {
    const { wholeSubjects, besidesAfter, backOnly, causeWords } = this.w.backDenial;
    if (!wholeSubjects.has(subject)) return false;
    let next = this.ends.get(s) ?? s;
    if (this.tokens[next] === ',') next++;
    if (!besidesAfter.has(this.tokens[next] ?? '')) return false;
    for (let i = next + 1; i < this.tokens.length; i++) {
      const t = this.tokens[i]!;
      if (PUNCTUATION.has(t) || causeWords.has(t)) break;
      if (!backOnly.has(t)) return true;
    }
    return false;
  }

  /**
   * Where the predicate starting at s has its subject: the word just before it, or, in a
   * checklist's "legs: fine", the word before the colon that closes the item's name.
   */
  private subjectAt(s: number): number {
    return this.tokens[s - 1] === ':' ? s - 2 : s - 1; // a predicate opening with its colon has its subject just before too
  }

  /**
   * The words the writer says are fine now, each the subject of a back-denial predicate
   * in the writer's own clauses ("legs okay", "foot's fine"): not after `notAfter`
   * ("my GP says they are fine"). The learned stage's guess about that part of the body
   * is weighed against them (knowledge/safety/flag-areas.yaml).
   */
  deniedSubjects(): string[] {
    const tokens = this.tokens;
    const subjects = this.denials
      .map((s) => ({ s, at: this.subjectAt(s) }))
      .filter(({ at }) => at >= 0 && !(at >= 1 && this.w.backDenial.notAfter.has(tokens[at - 1]!)) && !this.w.backDenial.notSubjects.has(tokens[at]!) && this.isOwn(at))
      // A checklist's two-word item ("saddle area: fine") names its part by both words.
      .map(({ at }) => (tokens[at + 1] === ':' && at >= 1 && !PUNCTUATION.has(tokens[at - 1]!) ? `${tokens[at - 1]} ${tokens[at]}` : tokens[at]!));
    // ... and the parts whose function the writer says works ("I can pee, I can feel my bum").
    return [...subjects, ...this.able];
  }
}
