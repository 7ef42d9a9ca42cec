/**
 * If-clauses and suppositions (the ConText "hypothetical" scope, Harkema 2009) for
 * contextScope.ts: is a finding inside something the writer only supposes? Built
 * once per message in linear passes over the triggers of knowledge/safety/context.yaml
 * (`conditional`), so that each finding costs O(1) plus the if-clause's length.
 */
import type { Match } from './phraseSet';

/** The words an if-clause is read with (context.yaml `conditional`). */
export interface ConditionWords {
  newSubject: Set<string>;
  subordinators: Set<string>;
  notNewSubjectAfter: Set<string>;
  /** Subjects that are also words of place ("there"): a subject only before one of `existentialVerbs` ("there is ..."). */
  placeSubjects: Set<string>;
  existentialVerbs: Set<string>;
  /** Words of a future a fear frame looks ahead to ("will", "might"): without one, "scared that if I stand my legs go" tells a sign. */
  future: Set<string>;
}

/** The parts of a message's layout the if-clauses are measured in (from Scope). */
export interface Layout {
  tokens: readonly string[];
  clause: Int32Array;
  sentence: Int32Array;
  /** Clause cuts that are not a conjunction before a new subject, before token i. */
  hardCutsBefore: Int32Array;
}

type Cat = 'open' | 'supposeOpen' | 'close' | 'suppose' | 'disclaim' | 'fear' | 'supposeWhole';

export class Conditions {
  /** Start of the last "if" before token i, and the end of the "if" starting at i. */
  private readonly lastOpen: Int32Array;
  private readonly openEnd: Int32Array;
  /** If-clause cut points (a close, or a new subject) before token i. */
  private readonly cutsBefore: Int32Array;
  /** Closes of an if-clause ("should I", "what") before token i. */
  private readonly closesBefore: Int32Array;
  /** Start of the next supposing close ("would that be", "what would I do") at or after token i. */
  private readonly nextSuppose: Int32Array;
  /** Openers that suppose by themselves ("say I woke up and ..."), per start token. */
  private readonly supposingOpen: Uint8Array;
  /**
   * The writer says what they suppose is not happening ("none of that is happening",
   * "right now it is just a dull ache"): every supposition of theirs then runs to the
   * end of its sentence, over new subjects and without a supposing close.
   */
  readonly disclaimed: boolean;
  /** Start of an opener that supposes its whole sentence ("say I ..."), by sentence: see `contains`. */
  private readonly wholeFrom: Map<number, number>;
  /** Sentences that end in a question mark. */
  private readonly asked: Set<number>;
  /**
   * First token of a fear frame ("I'm scared that ...", "my worry is that ...") per sentence, or -1:
   * an if-clause after it in its sentence is the feared future, to the sentence's end ("scared that if
   * I start lifting my back will go and I'll lose control of my bladder").
   */
  private readonly fearFrom: Map<number, number>;

  constructor(private readonly at: Layout, triggers: readonly Match<{ cat: string }>[], private readonly w: ConditionWords) {
    const { tokens } = at;
    const n = tokens.length;
    const of = (cat: Cat) => triggers.filter((t) => t.payload.cat === cat);
    const closeAt = new Uint8Array(n + 1);
    const supposeAt = new Uint8Array(n + 1);
    for (const t of [...of('close'), ...of('suppose')]) closeAt[t.start] = 1;
    for (const t of of('suppose')) supposeAt[t.start] = 1;
    this.openEnd = new Int32Array(n + 1);
    this.supposingOpen = new Uint8Array(n + 1);
    for (const t of [...of('open'), ...of('supposeOpen')]) this.openEnd[t.start] = Math.max(this.openEnd[t.start]!, t.end);
    for (const t of of('supposeOpen')) this.supposingOpen[t.start] = 1;
    this.disclaimed = of('disclaim').length > 0;
    this.asked = new Set();
    for (let i = 0; i < tokens.length; i++) if (tokens[i] === '?') this.asked.add(at.sentence[i]!);
    this.wholeFrom = new Map();
    for (const t of of('supposeWhole')) if (t.start === 0 || at.sentence[t.start - 1] !== at.sentence[t.start]) this.wholeFrom.set(at.sentence[t.start]!, t.start);
    this.fearFrom = new Map();
    for (const t of of('fear')) {
      const sn = at.sentence[t.start]!;
      this.fearFrom.set(sn, Math.min(this.fearFrom.get(sn) ?? t.start, t.start));
    }

    this.cutsBefore = new Int32Array(n + 1);
    this.closesBefore = new Int32Array(n + 1);
    this.lastOpen = new Int32Array(n + 1);
    this.lastOpen[0] = -1;
    for (let i = 0; i < n; i++) {
      // An if-clause ends at a question ("should I", "what") or a new subject ("... my legs").
      const isCut = closeAt[i] || (i > 0 && this.subjectAt(i) && !w.notNewSubjectAfter.has(tokens[i - 1]!));
      this.cutsBefore[i + 1] = this.cutsBefore[i]! + (isCut ? 1 : 0);
      this.closesBefore[i + 1] = this.closesBefore[i]! + (closeAt[i] ? 1 : 0);
      this.lastOpen[i + 1] = this.openEnd[i] ? i : this.lastOpen[i]!;
    }
    this.nextSuppose = new Int32Array(n + 2).fill(-1);
    for (let i = n - 1; i >= 0; i--) this.nextSuppose[i] = supposeAt[i] ? i : this.nextSuppose[i + 1]!;
  }

  /**
   * "if both legs went numb, would I need A&E?" is hypothetical, but "if I stand up my
   * legs give way" is a real symptom: only a finding wholly inside the if-clause
   * (no question or new subject between "if" and the finding) is hypothetical.
   */
  contains(f: Pick<Match<unknown>, 'start' | 'end'>): boolean {
    const { clause, sentence, hardCutsBefore } = this.at;
    const c0 = clause[f.start]!;
    // A question opened by a supposition ("Say I'm carrying the shopping and my back goes and then
    // I ..., what do I do?") supposes all of itself, over "and then" and new subjects.
    const whole = this.wholeFrom.get(sentence[f.start]!);
    if (whole !== undefined && whole < f.start && this.asked.has(sentence[f.start]!) && c0 === clause[f.end - 1]) return true;
    const t = this.lastOpen[f.start]!;
    if (t < 0 || c0 !== clause[f.end - 1]) return false;
    // A writer who says none of it is happening supposes to the end of the sentence.
    // Only an if-clause asked about: "If I stand up my legs go numb. Right now it's just a dull
    // ache otherwise" tells a sign, the disclaimer is of everything else.
    if (this.disclaimed && sentence[t] === sentence[f.start] && this.asked.has(sentence[t]!)) return true;
    // A feared if-clause: the fear frame before it makes the rest of its clause, over "and I'll ...",
    // the feared future (not past a comma: "..., I already leaked twice today" tells a sign).
    const fear = this.fearFrom.get(sentence[t]!);
    if (fear !== undefined && fear <= t && sentence[t] === sentence[f.start] && hardCutsBefore[f.start] === hardCutsBefore[t + 1] && this.futureBetween(t, f.start)) return true;
    const from = this.openEnd[t]! + 1;
    const unbroken = from > f.start || this.cutsBefore[f.start]! - this.cutsBefore[from]! === 0;
    if (clause[t] === c0 && unbroken) return true;
    // "if I woke up and my foot was slapping, would that be 999?": an if-clause that goes on
    // over "and ..." and ends in a supposing close is a supposition to that close. Without
    // the close ("if I stand up and my legs give way") the later clause stays the writer's.
    // An opener that supposes by itself ("say I woke up and ...") needs no supposing close.
    const s = this.supposingOpen[t] ? f.end : this.nextSuppose[f.end]!;
    return this.supposes(t, f.start) && sentence[t] === sentence[f.start] && hardCutsBefore[f.start] === hardCutsBefore[t + 1] &&
      s >= 0 && sentence[s] === sentence[f.start];
  }

  /**
   * Does a new subject start at token i? A word that is also a place ("there") is one only as
   * "there is ...": "if I got out there and my legs ..." names where, and the if-clause goes on.
   */
  private subjectAt(i: number): boolean {
    const { tokens } = this.at;
    const t = tokens[i]!;
    return this.w.newSubject.has(t) && (!this.w.placeSubjects.has(t) || this.w.existentialVerbs.has(tokens[i + 1] ?? ''));
  }

  /** A word of the future (`future`) from the if at t up to the finding at `at`: "my back WILL go and I'll lose ...". */
  private futureBetween(t: number, at: number): boolean {
    for (let i = t; i < at; i++) if (this.w.future.has(this.at.tokens[i]!)) return true;
    return false;
  }

  /**
   * Is the if-clause opened at token t still going at token `at`, for a supposing close?
   * No close between, and no second bare subject: "if I woke up and my foot ..., or I
   * couldn't feel ..." goes on (its subjects after "and", "or", "when" are its own), while
   * "if I stand up my legs give way" has reached its main clause at "my legs".
   */
  private supposes(t: number, at: number): boolean {
    if (this.closesBefore[at] !== this.closesBefore[t + 1]) return false;
    const { tokens } = this.at;
    let first = true;
    for (let i = this.openEnd[t]!; i < at; i++) {
      if (!this.subjectAt(i)) continue;
      const before = tokens[i - 1]!;
      const own = first || this.w.notNewSubjectAfter.has(before) || this.w.subordinators.has(before);
      first = false;
      if (!own) return false;
    }
    return true;
  }
}
