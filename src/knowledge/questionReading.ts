import { clauses as clausesOf } from '../language/clauses';
import { findPhrase } from '../language/phrases';
import type { PlannerParts } from './answerPlan';

/** An echo is a word or two said back ("tingling?"), not a question put in a few words. */
const ECHO_WORDS = 2;
/** At most this many words for "ice neither" to say the same again of another thing, not a sentence of its own. */
const ELLIPSIS_WORDS = 4;
const PRONOUNS = new Set(['i', 'it', 'you', 'that', 'this', 'we', 'they', 'he', 'she', 'there', 'these', 'those']);

/** How a message asks: whether it is a question, its asking clause, what a "tell me more about" names. The words are knowledge/ wording. */
export class QuestionReader {
  private readonly moreAbout: string[][];
  private readonly questionWords: ReadonlySet<string>;
  private readonly questionEnds: ReadonlySet<string>;
  private readonly clauseStarts: ReadonlySet<string>;
  private readonly clauseThen: ReadonlySet<string>;
  private readonly clausePointBack: ReadonlySet<string>;
  private readonly clauseAnySubject: ReadonlySet<string>;
  private readonly heardAdvice: string[][];
  private readonly statedNeeds: string[][];
  private readonly askingWords: ReadonlySet<string>;
  private readonly notHelping: string[][];
  private readonly notHelpingToo: ReadonlySet<string>;
  private readonly whatToDo: string[][];
  private readonly hedgeMarks: ReadonlySet<string>;

  constructor(private readonly parts: PlannerParts) {
    // Longest first, so "tell me more about" wins over "more about".
    this.moreAbout = parts.wording.requests.moreAbout.map((p) => parts.words(p)).sort((a, b) => b.length - a.length);
    this.questionWords = new Set(parts.wording.questionWords.flatMap((w) => parts.words(w)));
    this.questionEnds = new Set((parts.wording.questionEnds ?? []).flatMap((w) => parts.words(w)));
    this.clauseStarts = new Set((parts.wording.clauseQuestions?.starts ?? []).flatMap((w) => parts.words(w)));
    this.clauseThen = new Set((parts.wording.clauseQuestions?.then ?? []).flatMap((w) => parts.words(w)));
    this.clausePointBack = new Set((parts.wording.clauseQuestions?.pointBack ?? []).flatMap((w) => parts.words(w)));
    this.clauseAnySubject = new Set((parts.wording.clauseQuestions?.anySubject ?? []).flatMap((w) => parts.words(w)));
    this.heardAdvice = (parts.wording.heardAdvice ?? []).map((p) => parts.words(p));
    this.statedNeeds = (parts.wording.statedNeeds ?? []).map((p) => parts.words(p));
    this.askingWords = new Set((parts.wording.askingWords ?? []).flatMap((w) => parts.words(w)));
    this.notHelping = (parts.wording.notHelping ?? []).map((p) => parts.words(p));
    this.notHelpingToo = new Set((parts.wording.notHelpingToo ?? []).flatMap((w) => parts.words(w)));
    this.whatToDo = (parts.wording.whatToDo?.asks ?? []).map((p) => parts.words(p));
    this.hedgeMarks = new Set((parts.wording.hedgeMarks ?? []).map((p) => parts.words(p).join(' ')));
  }

  /** A question: a "?", passed-on advice ("my mate says..."), or a question word first or before a pronoun ("can i", "is it", "should we"). */
  asks(text: string, words: readonly string[]): boolean {
    if (text.includes('?') && this.marksAsk(text)) return true;
    if (this.heardAdvice.some((p) => findPhrase(words, p).length > 0)) return true;
    if (this.statesNeed(words)) return true;
    if (this.questionEnds.has(words[words.length - 1] ?? '')) return true;
    if (words.some((w, i) => this.questionWords.has(w) && (i === 0 || PRONOUNS.has(words[i + 1] ?? '')))) return true;
    return this.laterClauseAsks(text);
  }

  /**
   * Whether a "?" of the message marks a question: not one that closes only a doubt ("maybe?",
   * "not sure?"), nor a word or two echoed back and answered after it ("tingling? no clue").
   */
  private marksAsk(text: string): boolean {
    const pieces = text.split('?');
    return pieces.slice(0, -1).some((piece, i) => {
      const clause = clausesOf(piece, { breakingWords: ['joiners', 'turns'], colonEnds: true }).at(-1) ?? piece;
      const words = this.parts.words(clause);
      if (!words.length) return false;
      if (this.hedgeMarks.has(words.join(' '))) return false;
      const answeredAfter = this.parts.words(pieces[i + 1] ?? '').length > 0;
      const echo = words.length <= ECHO_WORDS && !words.some((w) => this.questionWords.has(w) || PRONOUNS.has(w));
      return !(echo && answeredAfter);
    });
  }

  /** A clause after the first that opens as a question ("..., is my weight the reason"): facts told, then asked about. */
  private laterClauseAsks(text: string): boolean {
    if (!this.clauseStarts.size) return false;
    const clauses = clausesOf(text, { breakingWords: ['joiners', 'turns'], colonEnds: true }).map((c) => this.parts.words(c)).filter((w) => w.length > 1);
    // "..., does age matter": "does" opens a question whatever its subject, unless it denies ("does not help").
    return clauses.slice(1).some((w) => this.clauseStarts.has(w[0]!) && (this.clauseThen.has(w[1]!) || (this.clauseAnySubject.has(w[0]!) && w[1] !== 'not')));
  }

  /** An asking word anywhere ("in the meantime what helps"): with a wish for help, it asks something, though not in a question's form. */
  hasAskingWord(words: readonly string[]): boolean {
    return words.some((w) => this.askingWords.has(w));
  }

  /** Tells something, then ends on a bare ask for what to do now ("did my back in, what do we do?"); a question before it ("how do I lift safely, ...") asks that instead. */
  endsAskingWhatToDo(words: readonly string[]): boolean {
    return this.whatToDo.some((p) => p.length > 0 && findPhrase(words, p).some((i) => {
      const before = words.slice(0, i);
      return i > 0 && i + p.length === words.length && !this.asks(before.join(' '), before);
    }));
  }

  /** Says that something tried is not helping ("the heat pack isn't doing much"). */
  saysNotHelping(words: readonly string[]): boolean {
    return this.notHelping.some((p) => findPhrase(words, p).length > 0);
  }

  /** "ice neither": a few words that say the same as the message before of another thing (read after an answer for what is not helping). */
  saysSameToo(words: readonly string[]): boolean {
    return words.length <= ELLIPSIS_WORDS && words.some((w) => this.notHelpingToo.has(w));
  }

  /** A plight told with no question ("stuck on the floor, can't get up"): it asks for the way out of it. */
  statesNeed(words: readonly string[]): boolean {
    return this.statedNeeds.some((p) => findPhrase(words, p).length > 0);
  }

  /** The clause of a longer message that asks (ends in "?" or starts with a question word), if it is not the whole message. */
  questionClause(text: string): string | undefined {
    const clauses = clausesOf(text, { breakingWords: ['joiners', 'turns'], colonEnds: true }).map((c) => c.trim()).filter(Boolean);
    if (clauses.length < 2) return undefined;
    const asking = clauses.filter((c) => this.asks(c, this.parts.words(c)));
    return asking.length === 1 ? asking[0] : undefined;
  }

  /** Whether an asking clause's subject points back ("does that matter"): it asks about what was just told. */
  pointsBack(clause: string): boolean {
    const words = this.parts.words(clause);
    return this.clauseStarts.has(words[0] ?? '') && this.clausePointBack.has(words[1] ?? '');
  }

  /** What follows a "tell me more about" request, if the message is one. */
  aboutWhat(words: readonly string[]): string[] | undefined {
    for (const p of this.moreAbout) {
      if (p.length < words.length && p.every((w, i) => words[i] === w)) return words.slice(p.length);
    }
    return undefined;
  }
}

/** Whether the words end with the phrase. */
export function endsWith(words: readonly string[], phrase: readonly string[]): boolean {
  return phrase.length > 0 && phrase.length <= words.length && phrase.every((w, i) => words[words.length - phrase.length + i] === w);
}
