/**
 * Negation and context scope (NegEx, Chapman 2001; ConText, Harkema 2009): is
 * a finding the user's own current symptom, or is it negated, hypothetical,
 * someone else's, in the past or a worry? Triggers come from
 * knowledge/safety/context.yaml; a trigger governs a finding only in its clause.
 * Negation itself is read by negationScope.ts, figures of speech by figureScope.ts.
 */
import type { EntryDef } from './redFlagData';
import type { Doc, Match } from './phraseSet';
import { layOutClauses } from './clauseLayout';
import { BackDenials } from './backDenials';
import { Conditions } from './conditionScope';
import { type Category, type ScopeWords, type Trigger, isStructural } from './contextTriggers';
import { selfTests } from './selfTests';
import { Figures } from './figureScope';
import { Resolutions } from './resolvedScope';
import { writerParts } from './writerPart';
import { Negations } from './negationScope';
import { agesThen } from './ageThen';

const PRE_CATS = ['hypothetical', 'experiencer', 'historical', 'speculation'] as const;
/** How far into the next sentence a resolution phrase may start and still end the one before ("Pins and needles gone now"). */
const RESOLVED_OPENING = 4;
/** How far into its sentence a story's frame may start ("So, in the film ...") and still frame it. */
const FRAME_OPENING = 2;
/** The marks that end a run of words: a distant time told with an event of its own reaches back to the last one. */
const PUNCTUATION = new Set(['.', '!', '?', ';', ':', ',']);

/**
 * The context of one message, precomputed in a few linear passes so that judging
 * each finding costs O(1) plus the short negation window, however long the
 * message (no finding x trigger loops).
 */
export class Scope {
  /** Clause number of every token. */
  private readonly clause: Int32Array;
  /** Negation triggers, bare answers and negated headings: see Negations. */
  private readonly negations: Negations;
  /** For each category: start of the last pre-trigger before token i, and of the next post-trigger at or after i. */
  private readonly lastPre = new Map<Category, Int32Array>();
  private readonly nextPost = new Map<Category, Int32Array>();
  /** End of the experiencer trigger that starts at token i (for the "my wife says I..." check). */
  private readonly experiencerEnd: Int32Array;
  /** First-person words before token i. */
  private readonly selfBefore: Int32Array;
  /** If-clauses and suppositions. */
  private readonly conditions: Conditions;
  /** "around" triggers: the end of the one starting at token i and its category; then, for
   * each token, the start of the earlier around-trigger reaching furthest. */
  private readonly aroundEnd: Int32Array;
  private readonly aroundCat: Int8Array;
  private readonly aroundBest: Int32Array;
  /** Sentence number of every token. */
  private readonly sentence: Int32Array;
  /** Findings told as over ("all better", "the sweats stopped"). */
  private readonly resolutions: Resolutions;
  /** First token of every sentence. */
  private readonly sentenceStart: Int32Array;
  /**
   * Per sentence: the first token of the part that speaks of the writer (past the sentence's
   * end when none does, in a general question).
   */
  private readonly selfFrom: Int32Array;
  /**
   * Per sentence: the first token a distant time it names ("years ago") reaches (past its end when it
   * names none); per clause: it has a present word ("now", "is").
   */
  private readonly anchoredFrom: Int32Array;
  /** Historical post-triggers that date an event of their own (see anchoredFrom): the first token they reach back to. */
  private readonly postReachFrom = new Map<number, number>();
  private readonly clausePresent: Uint8Array;
  /** Per clause: the writer is in it (a first-person word outside an other-person trigger). */
  private readonly clauseOfSelf: Uint8Array;
  /** Per clause: it tells of someone else (an other-person pre-trigger in it) and not of the writer. */
  private readonly clauseOfOther: Uint8Array;
  /** Per sentence: it opens with a story's frame ("In the novel I am reading, ..."). */
  private readonly sentenceFramed: Uint8Array;
  /** The writer sets their own back apart from the rest ("mine is just a stiff back", or plainly "I have a stiff back from ..."). */
  readonly contrastsSelf: boolean;
  /** ... with a word of its own that sets it apart ("just", "mine"), not only told plainly (`selfTurn`). */
  readonly contrastsSelfMarked: boolean;
  /** The writer denies every sign at once ("none of the red flags", "nothing else going on"). */
  readonly deniesAll: boolean;
  /** Denials told after a finding ("they are fine", "I can pee"). */
  private readonly backDenials: BackDenials;
  /** Figures of speech and near misses ("not literally", "for laughing"). */
  private readonly figures: Figures;
  /** Tokens a figure-of-speech or near-miss marker reaches back over, the marker included: the learned stage does not read them. */
  readonly figured: Uint8Array;
  /** Tokens of a self-test told with a normal result ("to test my legs: fine"), from its clause's start to the result. */
  readonly tested: Uint8Array;
  /** Tokens of the place a fall or jump came down on ("landed ON MY FEET"): the learned stage does not read them. */
  readonly landed: Uint8Array;

  constructor(private readonly doc: Doc, triggers: Match<Trigger>[], private readonly w: ScopeWords) {
    const n = doc.tokens.length;
    // A trigger inside a pseudo-trigger ("no matter", "as if") is not one.
    const pseudo = new Uint8Array(n + 1);
    // Tokens inside a pseudo-trigger that began before them ("before it WAS FINE").
    const pseudoBefore = new Uint8Array(n + 1);
    for (const t of triggers) {
      if (t.payload.cat !== 'pseudo') continue;
      pseudo.fill(1, t.start, t.end);
      pseudoBefore.fill(1, t.start + 1, t.end);
    }
    // Except a post-negation at the pseudo's own start: the bare-answer pseudo "no ," guards what
    // follows ("No, my legs keep giving way"), while "no ," after a sign answers it ("saddle
    // numbness no, night pain no"). One inside a longer pseudo is no trigger: "..., before it
    // was fine" tells the time before the sign, not a denial of it.
    const postNegation = (t: Match<Trigger>) => t.payload.cat === 'negation' && t.payload.dir === 'post' && !pseudoBefore[t.start];
    const live = triggers.filter((t) => t.payload.cat !== 'pseudo' && (!pseudo[t.start] || postNegation(t)));

    const layout = layOutClauses(doc.tokens, live, w);
    const { cut } = layout;
    this.clause = layout.clause;
    this.sentence = layout.sentence;
    this.sentenceStart = layout.sentenceStart;
    this.conditions = new Conditions(layout, live, w);
    // A question about red flags in general from someone who says they are fine
    // ("which symptoms mean A&E? ... I'm fine myself"): its sentences that do not
    // speak of the writer are not the writer's findings.
    // A writer who denies every sign at once tells other people's and general sentences as such too.
    this.deniesAll = live.some((t) => t.payload.cat === 'wholeDenial');
    const general = this.deniesAll || (live.some((t) => t.payload.cat === 'asking') && live.some((t) => t.payload.cat === 'selfDenial'));
    this.selfFrom = writerParts(doc.tokens, live, this.sentence, this.sentenceStart, general, w);
    // A distant time reaches every clause of its sentence that has no present word:
    // "Years ago, after my first baby, I had numb legs" is history, not only "years ago".
    // Not over the clauses before the time's own when that clause tells an event of its own before the
    // time ("..., blood in my urine, had a kidney stone years ago"): the time dates that event only,
    // from the comma before it (a comma cuts no clause before "had"; "couldn't pee after I had an op
    // years ago" keeps its whole run of words in the past).
    this.anchoredFrom = new Int32Array(this.sentence[n]! + 1).fill(n + 1);
    this.clausePresent = new Uint8Array(this.clause[n]! + 1);
    const reach = (s: number, from: number) => {
      if (from < this.anchoredFrom[s]!) this.anchoredFrom[s] = from;
    };
    const ownEvents = live.filter((t) => t.payload.cat === 'anchorOwnEvent');
    const ownEventFrom = (t: Match<Trigger>): number | undefined => {
      const own = ownEvents.find((e) => e.start < t.start && this.clause[e.start] === this.clause[t.start]);
      // "had a disc op for IT years ago": a word between that takes up what came before keeps the reach.
      if (!own || doc.tokens.slice(own.end, t.start).some((tok) => w.pointsBack.has(tok))) return undefined;
      let from = own.start;
      while (from > 0 && this.clause[from - 1] === this.clause[own.start] && !PUNCTUATION.has(doc.tokens[from - 1]!)) from--;
      return from;
    };
    for (const t of live) {
      const s = this.sentence[t.start]!;
      if (t.payload.cat === 'anchor') reach(s, ownEventFrom(t) ?? this.sentenceStart[s]!);
      // The same time read as a historical post-trigger reaches back no further.
      if (t.payload.cat === 'historical' && t.payload.dir === 'post') {
        const from = ownEventFrom(t);
        if (from !== undefined) this.postReachFrom.set(t.start, from);
      }
      // "This is a separate ache, fifteen years later": what the sentences before it told is long past.
      if (t.payload.cat === 'anchorBack') for (let e = 0; e < s; e++) reach(e, this.sentenceStart[e]!);
      if (t.payload.cat === 'present') for (let i = t.start; i < t.end; i++) this.clausePresent[this.clause[i]!] = 1;
    }
    // "Hit by a car at 19, ... I'm 37": an age then, well before the age now, is a distant time too.
    for (const at of agesThen(doc.tokens, w.ageThen)) reach(this.sentence[at]!, this.sentenceStart[this.sentence[at]!]!);
    this.contrastsSelfMarked = live.some((t) => t.payload.cat === 'selfContrast');
    this.contrastsSelf = this.contrastsSelfMarked || live.some((t) => t.payload.cat === 'selfTurn');
    this.backDenials = new BackDenials(doc.tokens, live, this.sentence, w, (i) => this.isOwn(i));
    this.negations = new Negations(doc.tokens, live, layout, w);
    const of = (cat: Trigger['cat']) => live.filter((t) => t.payload.cat === cat);
    this.tested = selfTests(doc.tokens, of('test'), of('testResult'), of('termination'), cut, this.sentence, w.testWindow, of('testDoubt'));
    this.landed = new Uint8Array(n + 1);
    for (const t of of('landedOn')) {
      let from = t.start;
      while (from < t.end && !w.landedFrom.has(doc.tokens[from]!)) from++;
      this.landed.fill(1, from, t.end);
    }
    const inOther = new Uint8Array(n + 1);
    for (const t of live) if (t.payload.cat === 'experiencer' && t.payload.dir === 'pre') inOther.fill(1, t.start, this.relativeEnd(t.start, t.end));
    // A story's frame says who reads or plays it ("in the book I am reading", "in the game my
    // character ..."): its first-person words are the frame's, not the writer telling of themself.
    const inFrame = new Uint8Array(n + 1);
    // So are the words of the writer's reaction to another's story ("..., gave me the fear").
    for (const t of live) if (t.payload.cat === 'storyFrame' || t.payload.cat === 'reaction') inFrame.fill(1, t.start, t.end);
    this.clauseOfSelf = new Uint8Array(this.clause[n]! + 1);
    for (let i = 0; i < n; i++) if (w.firstPerson.has(doc.tokens[i]!) && !inOther[i] && !inFrame[i]) this.clauseOfSelf[this.clause[i]!] = 1;
    this.clauseOfOther = new Uint8Array(this.clause[n]! + 1);
    for (const t of live) if (t.payload.cat === 'experiencer' && t.payload.dir === 'pre' && !this.clauseOfSelf[this.clause[t.start]!]) this.clauseOfOther[this.clause[t.start]!] = 1;
    this.sentenceFramed = new Uint8Array(this.sentence[n]! + 1);
    for (const t of live) if (t.payload.cat === 'storyFrame' && t.start - this.sentenceStart[this.sentence[t.start]!]! <= FRAME_OPENING) this.sentenceFramed[this.sentence[t.start]!] = 1;
    this.resolutions = new Resolutions(n, live, layout, RESOLVED_OPENING);

    this.figures = new Figures(n, live, layout, RESOLVED_OPENING);
    this.figured = this.figures.figured;

    this.experiencerEnd = new Int32Array(n + 1);
    this.aroundEnd = new Int32Array(n + 1);
    this.aroundCat = new Int8Array(n + 1);
    const preAt = new Map<Category, Uint8Array>();
    const postAt = new Map<Category, Uint8Array>();
    for (const c of PRE_CATS) {
      preAt.set(c, new Uint8Array(n + 1));
      postAt.set(c, new Uint8Array(n + 1));
    }
    for (const t of live) {
      const { cat, dir } = t.payload;
      // Negations read their own triggers.
      if (cat === 'negation') continue;
      if (cat === 'askedApart') {
        // "is it bad when you get ...?" beside the writer's own ordinary back ("mine is just
        // stiff"): a supposition, read as a hypothetical around-trigger. Asked alone it stays a report.
        if (this.contrastsSelf && t.end > this.aroundEnd[t.start]!) {
          this.aroundEnd[t.start] = t.end;
          this.aroundCat[t.start] = PRE_CATS.indexOf('hypothetical');
        }
      } else if (!isStructural(cat)) {
        if (dir === 'around') {
          // Keep, per start, the furthest-reaching one: it covers the most findings.
          if (t.end > this.aroundEnd[t.start]!) this.aroundEnd[t.start] = t.end;
          this.aroundCat[t.start] = PRE_CATS.indexOf(cat);
          continue;
        }
        (dir === 'pre' ? preAt : postAt).get(cat)![t.start] = 1;
        if (cat === 'experiencer' && dir === 'pre') this.experiencerEnd[t.start] = Math.max(this.experiencerEnd[t.start]!, t.end);
      }
    }
    for (const c of PRE_CATS) {
      const pre = preAt.get(c)!;
      const last = new Int32Array(n + 1);
      last[0] = -1;
      for (let i = 1; i <= n; i++) last[i] = pre[i - 1] ? i - 1 : last[i - 1]!;
      this.lastPre.set(c, last);
      const post = postAt.get(c)!;
      const next = new Int32Array(n + 2).fill(-1);
      for (let i = n; i >= 0; i--) next[i] = post[i] ? i : next[i + 1]!;
      this.nextPost.set(c, next);
    }

    this.selfBefore = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) this.selfBefore[i + 1] = this.selfBefore[i]! + (w.firstPerson.has(doc.tokens[i]!) ? 1 : 0);
    this.aroundBest = new Int32Array(n + 1);
    this.aroundBest[0] = -1;
    for (let i = 1; i <= n; i++) {
      const prev = this.aroundBest[i - 1]!;
      const here = this.aroundEnd[i - 1]! > 0 ? i - 1 : -1;
      this.aroundBest[i] = here >= 0 && (prev < 0 || this.aroundEnd[here]! >= this.aroundEnd[prev]!) ? here : prev;
    }
  }

  /**
   * For a question about red flags in general from someone who says they are
   * fine: the tokens of its sentences that speak of the writer (none when no
   * sentence does). Null when the message is not such a question.
   */
  ownSentences(): string[] | null {
    if (this.selfFrom.every((from, s) => from === this.sentenceStart[s])) return null;
    return this.doc.tokens.filter((_, i) => this.isOwn(i));
  }

  /**
   * Does the message tell of someone else in clauses of their own beside clauses of the
   * writer's ("my horse fell at a jump, ... and my back aches")? A message only about
   * another person may be a helper's, and is read whole.
   */
  get othersApart(): boolean {
    let other = false;
    let self = false;
    for (let c = 0; c < this.clauseOfOther.length; c++) {
      if (this.clauseOfOther[c]) other = true;
      else if (this.clauseOfSelf[c]) self = true;
    }
    return other && self;
  }

  /** Is token i in a clause about someone else (see othersApart)? */
  inOthersClause(i: number): boolean {
    return this.clauseOfOther[this.clause[i]!] === 1;
  }

  /**
   * How token i is told apart from the writer now, or null: in a clause of a story-framed sentence that does
   * not speak of the writer (the story's people), or in a clause with no present word in a
   * sentence with a distant time ("when I was 21 I had a chest infection"). The lexicon's
   * findings there are set aside by governedBy; the learned stage's guess must hold without them.
   */
  toldApart(i: number): 'story' | 'past' | null {
    const c = this.clause[i]!;
    const s = this.sentence[i]!;
    if (this.sentenceFramed[s] === 1 && !this.clauseOfSelf[c]) return 'story';
    return this.anchored(i) && !this.clausePresent[c] ? 'past' : null;
  }

  /** Does a distant time of token i's sentence reach it (see anchoredFrom)? */
  private anchored(i: number): boolean {
    return i >= this.anchoredFrom[this.sentence[i]!]!;
  }

  /** Has token i's clause a present word (context.yaml `present`: "since", "still", "is")? */
  inPresentClause(i: number): boolean {
    return this.clausePresent[this.clause[i]!] === 1;
  }

  /** Is the span in a clause that puts it now (context.yaml deniedNow: "no fever NOW")? */
  saidOfNow(f: Pick<Match<unknown>, 'start' | 'end'>): boolean {
    const c = this.clause[f.start]!;
    for (let i = f.start; i >= 0 && this.clause[i] === c; i--) if (this.w.deniedNow.has(this.doc.tokens[i]!)) return true;
    for (let i = f.end; i < this.doc.tokens.length && this.clause[i] === c; i++) if (this.w.deniedNow.has(this.doc.tokens[i]!)) return true;
    // "no fever now": a "now" right after the finding opens no clause of its own.
    return this.w.deniedNow.has(this.doc.tokens[f.end] ?? '') && this.sentence[f.end] === this.sentence[f.start];
  }

  /** Is token i in a sentence that speaks of the writer (see ownSentences)? */
  isOwn(i: number): boolean {
    return i >= this.selfFrom[this.sentence[i]!]!;
  }

  /** Is the finding in a question the writer answered with a bare "no" ("numb bum, weak legs? none")? */
  answeredNoTo(f: Pick<Match<unknown>, 'start' | 'end'>): boolean {
    return this.negations.answeredNoTo(f);
  }

  /**
   * Is the finding a checklist item answered no right after its colon ("numb groin: none")?
   * A denial as plain as one said before it, unlike "..., fine otherwise" (context.yaml's
   * post-negation that opens with the colon).
   */
  answeredAfterColon(f: Pick<Match<unknown>, 'start' | 'end'>): boolean {
    return this.negations.answeredAfterColon(f);
  }

  /** Is the finding denied after it, in a later clause, of the same thing ("..., they are fine")? See BackDenials. */
  backDenied(f: Pick<Match<unknown>, 'start' | 'end'>): boolean {
    return this.backDenials.backDenied(f);
  }

  /** The words the writer says are fine now ("legs okay", "I can pee"). See BackDenials. */
  deniedSubjects(): string[] {
    return this.backDenials.deniedSubjects();
  }

  /**
   * Where the words about another person end: "I" right after them, with no verb
   * between, opens a relative clause about that person ("the lad I coach fell"),
   * not the writer's own clause.
   */
  private relativeEnd(start: number, end: number): number {
    return this.doc.tokens[end] === 'i' && this.w.relativeAfter.has(this.doc.tokens[start]!) ? end + 1 : end;
  }

  /** Is token i one of a negation trigger's own words ("no", "do not have")? */
  inNegation(i: number): boolean {
    return this.negations.inNegation(i);
  }

  /** Does an other-person trigger ("my dad", "she") start at token i? */
  startsOther(i: number): boolean {
    return this.experiencerEnd[i]! > 0;
  }

  /** True when a trigger in the finding's clause makes it not the user's own current symptom. */
  governs(f: Match<unknown>, def: EntryDef): boolean {
    return this.governedBy(f, (cat) => cat === 'postNegation' || !(cat === 'historical' && def.historyCounts) && !(cat === 'speculation' && !def.speculation), def.goneIsOver);
  }

  /**
   * True when a trigger of a category that `counts` in the span's clause governs it:
   * for readers of other findings than red flags (user facts: negation and other people only).
   * `general`: the span's sentence is part of a question about red flags in general.
   */
  governedBy(f: Pick<Match<unknown>, 'start' | 'end'>, counts: (cat: Category | 'postNegation' | 'general') => boolean, goneIsOver = false): boolean {
    const c0 = this.clause[f.start]!;
    const c1 = this.clause[f.end - 1]!;
    if (counts('negation') && this.negations.negated(f, c0, c1, counts('postNegation'))) return true;
    if (counts('negation') && this.tested[f.start] && this.tested[f.end - 1]) return true;
    if (counts('negation') && this.figurative(f)) return true;
    for (const cat of PRE_CATS) {
      if (!counts(cat)) continue;
      const s = this.lastPre.get(cat)![f.start]!;
      // A change told across clauses ("used to be only my left leg but now the right one
      // too"): the past governs the clause it opens, not the present one the finding ends in.
      const broughtToNow = cat === 'historical' && c1 > c0 && this.clausePresent[c1] === 1;
      if (s >= 0 && this.clause[s] === c0 && !broughtToNow) {
        // "my wife says I wet myself" is about the user.
        // So is "someone rear ended me": the user as the object right after the finding.
        const self =
          cat === 'experiencer' &&
          (this.selfBefore[f.end]! - this.selfBefore[Math.min(this.relativeEnd(s, this.experiencerEnd[s]!), f.end)]! > 0 || this.w.selfObject.has(this.doc.tokens[f.end] ?? ''));
        if (!self) return true;
      }
      // A supposition the writer says is not happening runs to the end of its sentence.
      if (cat === 'hypothetical' && s >= 0 && this.conditions.disclaimed && this.sentence[s] === this.sentence[f.start]) return true;
      const p = this.nextPost.get(cat)![f.end]!;
      if (p >= 0 && this.clause[p] === c1 && !(cat === 'historical' && f.start < (this.postReachFrom.get(p) ?? 0))) return true;
      // Someone else's story in a message where the writer sets their own back
      // apart: it reaches to the end of its sentence, over clauses without the writer.
      if (cat === 'experiencer' && this.contrastsSelf && s >= 0 && this.sentence[s] === this.sentence[f.start] && !this.clauseOfSelf[c0] && !this.clauseOfSelf[c1]) return true;
    }
    // A sentence opened by a story's frame ("In the novel I am reading, the hero has ..."): its
    // clauses that do not speak of the writer are the story's, past the comma that ends the frame.
    if (counts('experiencer') && this.sentenceFramed[this.sentence[f.start]!] && !this.clauseOfSelf[c0] && !this.clauseOfSelf[c1]) return true;
    if (counts('historical') && this.anchored(f.start) && !this.clausePresent[c0] && !this.clausePresent[c1]) return true;
    // "is <finding> a sign of ...?": a trigger that starts before and ends after it,
    // asked in general: "is numbness in MY groin serious?" is about the user.
    const a = this.aroundBest[f.start]!;
    if (a >= 0 && this.aroundEnd[a]! >= f.end && this.clause[a] === c0 && this.selfBefore[this.aroundEnd[a]!] === this.selfBefore[a]) {
      if (counts(PRE_CATS[this.aroundCat[a]!]!)) return true;
    }
    if (counts('general') && !this.isOwn(f.start)) return true;
    if (counts('historical') && this.resolutions.resolved(f, c1, this.selfBefore, goneIsOver)) return true;
    return counts('hypothetical') && this.conditions.contains(f);
  }

  /** Is the finding a figure of speech, said so after it in its sentence ("..., not literally")? See Figures. */
  figurative(f: Pick<Match<unknown>, 'start' | 'end'>): boolean {
    return this.figures.figurative(f);
  }
}
