/**
 * What the symptom check does with a message that is not (only) an answer:
 * "how many more?" (with an answer beside it), "what's the verdict?" (the
 * result now, with the warning signs not yet asked to watch for), "what
 * does that mean?" at a safety question, "what even is a 7?", a sign-off, and
 * a question asked beside an answer ("it's a 5. is this private?"). Each is
 * answered once and the check goes on with the question it still needs.
 */
import type { TurnContext } from 'botbuilder';
import type { DialogContext, DialogTurnResult } from './dialogLibrary';
import { fill } from '../src/content/responses';
import type { CheckState, Pending } from '../src/triage/symptomCheck';
import { parseYesNo } from '../src/triage/symptomParser';
import { prepare } from '../src/triage/text';
import { asksSomething, withoutAcknowledgements } from '../src/triage/yesNo';
import { type ScreenGroup, vocabulary } from '../src/triage/vocabulary';
import { asksAboutScale, asksMeaning, asksVerdict, closingKind, commonToSafetyQuestions, saysAlreadySaid, withoutAway, withoutScaleQuestion, withoutScore } from '../src/triage/checkAsides';
import { absorb, DETAIL_ORDER } from '../src/triage/symptomCheck';
import type { CheckWording } from './checkWording';
import type { AskMode, CheckQuestions } from './checkQuestions';
import type { CheckParsing } from './checkParsing';
import { checkCommand, isQuestion } from './checkMessages';
import { signsDescribed } from './replies';
import type { DialogServices } from './services';
import { clauses } from '../src/language/clauses';
import { sentencesAsTyped } from '../src/language/sentences';
import { getUnderstanding } from './turnUnderstanding';
import { hasAnyWord } from './routeReadings';
import { upAgainReply } from '../src/triage/statusUpdates';
import { detailMeaning } from './checkMeaning';

const ANSWER_PART = Symbol('checkAnswerPart');
const COUNT_NOTE = Symbol('checkCountNote');

/** The part of this turn's message the check reads as its answer (all of it unless an aside was taken out). */
export function checkText(context: TurnContext): string {
  // The message as understood: remarks on the typing ("typing one handed") are no part of any answer.
  return ((context.turnState.get(ANSWER_PART) as string | undefined) ?? getUnderstanding(context)?.text ?? context.activity.text ?? '').trim();
}

/** The check reads only `text` this turn: the rest of the message was answered as an aside. */
export function readOnly(context: TurnContext, text: string): void {
  context.turnState.set(ANSWER_PART, text);
}

const VERDICT_NOTE = Symbol('checkVerdictNote');

/** Whether "no. so what's the verdict?" came with an answer, so the result follows it; cleared once read. */
export function takeVerdictNote(context: TurnContext): boolean {
  const note = context.turnState.get(VERDICT_NOTE) === true;
  context.turnState.set(VERDICT_NOTE, false);
  return note;
}

/** Whether "how many more?" came with an answer, so the count goes before the next question; cleared once read. */
export function takeCountNote(context: TurnContext): boolean {
  const note = context.turnState.get(COUNT_NOTE) === true;
  context.turnState.set(COUNT_NOTE, false);
  return note;
}

/** What the asides need from the check: asking a question, moving on, and reading an answer. */
export interface CheckHost {
  ask(dc: DialogContext, pending: Pending, mode?: AskMode): Promise<DialogTurnResult>;
  advance(dc: DialogContext): Promise<DialogTurnResult>;
  /** The result now, naming the warning signs not yet asked. */
  finishNow(dc: DialogContext): Promise<DialogTurnResult>;
  /** Handles `text` as this turn's answer. */
  answer(dc: DialogContext, text: string): Promise<DialogTurnResult>;
}

/** Splits a message on sentence ends, keeping each sentence's own "?", and before a question run on without one. */
function sentences(text: string): string[] {
  return sentencesAsTyped(text, { spaceAfter: false }).map((s) => s.trim()).filter((s) => s !== '').flatMap(questionRunOn);
}

/** Words an answer needs before a run-on question for the split to be taken ("since monday its a 4 can i..."). */
const MIN_RUN_ON_WORDS = 2;

/** "this morning its about a 6 can i take ibuprofen": the answer, then the question (check-control.yaml questionInside). */
function questionRunOn(sentence: string): string[] {
  const t = prepare(sentence);
  const m = vocabulary().control.questionInside.exec(t);
  // "so what should I do now" is one question already, not an answer with one after it.
  if (!m || m.index === 0 || asksVerdict(sentence)) return [sentence];
  const before = t.slice(0, m.index).replace(/[\s,;:-]+$/, '').trim();
  if (before.split(/\s+/).length < MIN_RUN_ON_WORDS || isQuestion(`${before}?`)) return [sentence];
  return [before, t.slice(m.index).trim()];
}

/** A sentence that is a question ("am i ok to carry the kids", "when can I lift?"), whatever details it names. */
function questionForm(sentence: string): boolean {
  // "since like tuesday?" is a hedged answer: only a question's own opening words make one.
  if (isQuestion(sentence)) return true;
  // "also, how about my drive on friday": a lead-in word before the question's opening is no answer.
  const asked = withoutQuestionLeads(withoutAcknowledgements(prepare(sentence)));
  return vocabulary().control.questionInside.exec(asked)?.index === 0;
}

/** Most lead words looked past before a question's opening ("oh and also wait, how do I ..."). */
const MAX_QUESTION_LEADS = 4;

/** The text without the lead words that may open a question (check-control.yaml `questionLead`) and the commas after them. */
function withoutQuestionLeads(text: string): string {
  const { questionLead } = vocabulary().control;
  let t = text;
  for (let i = 0; i < MAX_QUESTION_LEADS; i++) {
    const m = questionLead.exec(t);
    if (!m) break;
    t = t.slice(m[0].length).replace(/^[\s,;:-]+/, '');
  }
  return t;
}

const MIN_QUESTION_WORDS = 3;

/** A score with nothing else is this short at most ("6", "a 7", "8 / 10", "about a 5"). */
const MAX_BARE_SCORE_WORDS = 4;

/** "I turned 58 this year, does that change anything?": a question asked in the sentence's last clause. */
function endsWithQuestion(sentence: string): boolean {
  const parts = clauses(sentence, { questionMarkEnds: false });
  const last = parts[parts.length - 1]!.trim();
  return parts.length > 1 && sentence.endsWith('?') && questionForm(last) && last.split(/\s+/).length >= MIN_QUESTION_WORDS;
}


export class CheckAsides {
  constructor(
    private readonly services: DialogServices,
    private readonly questions: CheckQuestions,
    private readonly parsing: CheckParsing,
    private readonly wording: CheckWording,
  ) {}

  /** The message is an aside the check answers itself (so it is not taken as a topic question). */
  steers(context: TurnContext, text: string, pending: Pending | undefined): boolean {
    if (!pending || pending.kind === 'reuse') return false;
    if (this.answerBeforeVerdict(context, text, pending) !== undefined) return true;
    if (this.answerBeforeSignOff(context, text, pending) !== undefined) return true;
    if (vocabulary().control.howManyMore.test(prepare(text)) || asksVerdict(text) || saysAlreadySaid(text)) return true;
    if (asksAboutScale(text)) return this.atSeverity(pending);
    if (this.atSeverity(pending)) return this.scoresWithoutAsking(context, text);
    if (detailMeaning(this.services, this.parsing, context, text, pending) !== undefined) return true;
    return (pending.kind === 'group' || pending.kind === 'which') && asksMeaning(text);
  }

  /**
   * "3 sitting and 8 when I turn over", "4. more like 6 lifting her": scores said with when they
   * happen, at the 0-10 question, are its answer (kept in the user's words), not a topic their
   * other words resemble. Not when a sentence asks something beyond a bare score ("6?").
   */
  private scoresWithoutAsking(context: TurnContext, text: string): boolean {
    // "not sure how to score it. 2 standing and 6 bending": the doubt's sentence rates nothing, the next one does.
    const scored = (t: string) => {
      const score = this.parsing.severity(context, t);
      return score !== undefined && !score.approximate;
    };
    if (!scored(text) && !sentences(text).some(scored)) return false;
    const asking = sentences(text).filter((s) => !/^\W*\d{1,2}\W*$/.test(s.trim()));
    // "not sure how to score it." says a doubt about the scale; it asks nothing.
    const doubt = (s: string) => !s.trim().endsWith('?') && vocabulary().yesNo.unsure.test(prepare(s));
    return !asking.some((s) => asksSomething(s) && !asksAboutScale(s) && !doubt(s));
  }

  /** Handles an aside; undefined when the message is none (then it is read as an answer). */
  async handle(dc: DialogContext, check: CheckState, text: string, host: CheckHost): Promise<DialogTurnResult | undefined> {
    const pending = check.pending;
    if (!pending || pending.kind === 'reuse') return undefined;
    const t = prepare(text);
    const { howManyMore } = vocabulary().control;
    if (howManyMore.test(t)) {
      // "no none of that. how many more?": the answer is kept, then the count comes with the next question.
      const rest = t.replace(new RegExp(howManyMore.source, 'g'), ' ').replace(/\s+/g, ' ').trim();
      if (this.hasAnswer(dc.context, rest)) {
        dc.context.turnState.set(COUNT_NOTE, true);
        return host.answer(dc, rest);
      }
      await dc.context.sendActivity(this.questions.howManyText(check, pending));
      return host.ask(dc, pending);
    }
    // "managed to get up, on the couch now": the steps for the next hours, then what else the message answers, or the question again.
    const up = upAgainReply(text);
    if (up && !asksSomething(text)) {
      const emergency = this.services.numbers.forLocale(dc.context.activity.locale).emergency;
      await dc.context.sendActivity(fill(up, { emergency }));
      const rest = clauses(t, { breakingWords: ['joiners', 'turns'] }).filter((c) => upAgainReply(c) === undefined).join('. ').trim();
      // "on the sofa now" beside it is where they are, not what set the pain off.
      const told = rest === '' ? [] : Object.keys(this.parsing.all(dc.context, rest)).filter((f) => f !== 'trigger');
      if (told.length > 0 && this.hasAnswer(dc.context, rest)) return host.answer(dc, rest);
      return host.ask(dc, pending, 'again');
    }
    // "nope. just tell me what to do": the answer is read, then the result instead of another question.
    const answer = this.answerBeforeVerdict(dc.context, text, pending);
    if (answer !== undefined) {
      dc.context.turnState.set(VERDICT_NOTE, true);
      return host.answer(dc, answer);
    }
    // "none of those. cheers, got to run": the answer is read, then the result now as the close (the signs
    // not yet asked as a watch list), not another question they are leaving before.
    const leaving = this.answerBeforeSignOff(dc.context, text, pending);
    if (leaving !== undefined) {
      dc.context.turnState.set(VERDICT_NOTE, true);
      return host.answer(dc, leaving);
    }
    // Only an explicit wish for the result (check-asides.yaml `verdict`): "so what now?" at a
    // safety question may ask what comes next in the check, and must not end the screen.
    if (asksVerdict(text)) {
      // After a yes to a group, which sign it was decides the advice: that question again.
      if (pending.kind === 'which') return host.ask(dc, pending, 'again');
      // The result now, with the warning signs not yet asked to watch for: not another question.
      return host.finishNow(dc);
    }
    if (saysAlreadySaid(text)) return this.onAlreadySaid(dc, check, pending, text, host);
    if (this.atSeverity(pending) && asksAboutScale(text)) return this.explainScale(dc, check, text, host);
    const late = this.lateScore(dc.context, check, pending, text);
    if (late) return this.onLateScore(dc, check, pending, text, late, host);
    const meaning = detailMeaning(this.services, this.parsing, dc.context, text, pending);
    if (meaning !== undefined) {
      await dc.context.sendActivity(meaning);
      return host.ask(dc, pending, 'again');
    }
    if ((pending.kind === 'group' || pending.kind === 'which') && asksMeaning(text)) {
      // Asking what a sign means is not having it: the signs in plain words, then the question.
      const group = this.groupAskedAbout(text, pending.index);
      await dc.context.sendActivity(signsDescribed(this.services.responses, group.describe));
      return host.ask(dc, pending, 'again');
    }
    return undefined;
  }

  /**
   * A sign-off with no answer in it ("cheers", "sorry for the bother",
   * "gotta go"): the close, said warmly with one safety line; undefined for
   * anything else ("no thanks" is a no, "thanks, it's a 6" an answer).
   */
  closing(context: TurnContext, text: string, pending: Pending | undefined): string | undefined {
    if (!pending || pending.kind === 'reuse') return undefined;
    const kind = closingKind(text);
    // "give me a minute": the minute is the pause's, not an onset.
    // "one min, will come back": the pause's own words ask nothing.
    const rest = kind === 'away' ? withoutAway(text) : text;
    if (!kind || asksSomething(rest) || this.hasAnswer(context, rest)) return undefined;
    // "thanks, please go on": the thanks is for the answer just given; the check is asked to carry on, not to stop.
    if (kind !== 'away' && vocabulary().control.carryOn.test(prepare(rest))) return undefined;
    const { asides } = this.services.responses.triage;
    // "brb": a short "take your time", no goodbye and no safety speech.
    if (kind === 'away') return `${asides.closing.away} ${asides.awayRest}`;
    const emergency = this.services.numbers.forLocale(context.activity.locale).emergency;
    return `${asides.closing[kind]} ${fill(asides.closingRest, { emergency })}`;
  }

  /**
   * A question asked beside an answer ("it's about a 5. who can see this?"):
   * the question's sentences, and the rest to read as the answer; undefined
   * when the message is not both.
   */
  splitQuestion(context: TurnContext, text: string): { question: string; answer: string } | undefined {
    const parts = sentences(text);
    if (parts.length < 2) return undefined;
    // A plight told beside the answers ("legs fine. can't get off the floor") asks for help now, as a question would.
    const asks = (s: string) => this.services.answers.planner.statesNeed(s) || asksAsQuestion(s);
    const asksAsQuestion = (s: string) =>
      (s.endsWith('?') || isQuestion(`${s}?`) || questionForm(s)) &&
      s.split(/\s+/).length >= MIN_QUESTION_WORDS &&
      !checkCommand(s) &&
      // "my neck is at me too, what can I do for that?" reads as a place, but asks about another part;
      // "can I still carry him" names a lift, but asks about it.
      (!this.hasAnswer(context, s) || this.services.scope.partIn(s) !== undefined || questionForm(s) || endsWithQuestion(s)) &&
      !asksVerdict(s) &&
      !vocabulary().control.howManyMore.test(prepare(s)) &&
      // "did I hit yes on that one?": asked of their own answer, nothing to look up; the answer beside it is read.
      !vocabulary().control.ownAnswerAsked.test(prepare(s));
    if (!parts.some(asks)) return undefined;
    // "my wrist is stiff from typing, how do I ease it": another body part said to hurt, and not the back, is what the
    // question asks about, never a place or a cause for the check ("I meant no, fat finger" names a part, hurting none).
    const aboutOtherPart = (s: string) => this.services.scope.asidePartIn(s) !== undefined && !hasAnyWord(s, this.services.responses.backRelated.keywords);
    // The sentences that answer are the check's; the rest (the question and what it is about) is the question.
    const answer = parts.filter((s) => !asks(s) && !aboutOtherPart(s) && this.hasAnswer(context, s));
    const question = parts.filter((s) => !answer.includes(s));
    // "right, back to my back. am I fine to go bowling on sunday": no sentence answers, but one asks in a question's own
    // words with no "?", its day read as a detail: the whole is the question, so the day is not taken as when it began.
    if (answer.length === 0) return parts.some((s) => asks(s) && !s.endsWith('?') && questionForm(s)) ? { question: question.join(' '), answer: '' } : undefined;
    return { question: question.join(' '), answer: answer.join(' ') };
  }

  /** Whether the message ends with a wish for the result after an answer ("nothing like that. so what now?"). */
  endsWithVerdict(context: TurnContext, text: string, pending: Pending | undefined): boolean {
    return pending !== undefined && this.answerBeforeVerdict(context, text, pending) !== undefined;
  }

  /** Whether the message ends with a goodbye after an answer ("nothing like that. thanks, got to go"). */
  endsWithSignOff(context: TurnContext, text: string, pending: Pending | undefined): boolean {
    return pending !== undefined && this.answerBeforeSignOff(context, text, pending) !== undefined;
  }

  /** The answer said before a closing wish for the result ("no to all that. so what's the verdict"), if the message is that. */
  private answerBeforeVerdict(context: TurnContext, text: string, pending: Pending): string | undefined {
    // After a yes to a group, which sign it was decides the advice: that is asked, not skipped.
    if (pending.kind === 'which' || pending.kind === 'reuse') return undefined;
    const parts = sentences(text);
    if (parts.length < 2 || !asksVerdict(parts[parts.length - 1]!)) return undefined;
    const answer = parts.slice(0, -1).join(' ');
    // "nothing like that" answers a safety question as a no, though it is no plain "no".
    const screened = pending.kind === 'group' && this.parsing.reading(context, answer).kind === 'answer';
    return screened || this.hasAnswer(context, answer) ? answer : undefined;
  }

  /**
   * The answer said before a goodbye ("nope, none. thanks, have to run"), if the message is that: the
   * clauses that take their leave are left out, and what is left must answer something. A thanks or a
   * short pause alone is no leaving ("no thanks" is a no; "brb" keeps the question waiting).
   */
  private answerBeforeSignOff(context: TurnContext, text: string, pending: Pending): string | undefined {
    if (pending.kind === 'which' || pending.kind === 'reuse' || closingKind(text) === undefined) return undefined;
    const parts = clauses(prepare(text), { questionMarkEnds: false }).map((c) => c.trim()).filter((c) => c !== '');
    const leaves = (c: string) => closingKind(c) === 'goodbye';
    if (parts.length < 2 || !leaves(parts[parts.length - 1]!)) return undefined;
    // The thanks before the goodbye goes with it ("thanks, gotta go").
    const answer = parts.filter((c) => closingKind(c) === undefined);
    const said = answer.join('. ');
    if (answer.length === 0 || answer.length === parts.length || asksSomething(said)) return undefined;
    const screened = pending.kind === 'group' && this.parsing.reading(context, said).kind === 'answer';
    return screened || this.hasAnswer(context, said) ? said : undefined;
  }

  /** Whether the text answers something: a yes or no, or a detail of the pain. */
  private hasAnswer(context: TurnContext, text: string): boolean {
    if (text.trim() === '') return false;
    if (parseYesNo(text, context.activity.locale) !== undefined) return true;
    if (Object.keys(this.parsing.all(context, text)).length > 0) return true;
    const n = this.parsing.severity(context, text);
    return n !== undefined && !n.approximate;
  }

  /**
   * The 0-10 question went by without a number (answered with when it started, or a shrug) and a later message
   * is about the score: a question about the scale ('scale') at any other question, or a score with no yes or no
   * ('score') at a safety question, where "probably a 6" must never be read as a hedged yes.
   */
  private lateScore(context: TurnContext, check: CheckState, pending: Pending, text: string): 'scale' | 'score' | undefined {
    if (this.atSeverity(pending) || check.details.severity !== undefined) return undefined;
    if (asksAboutScale(text)) return 'scale';
    // "7" on its own at the place or cause question, after the 0-10 one went by: a number answers neither, so it is the score.
    // (At the start question a bare number may be days.)
    if (pending.kind === 'detail' && (pending.field === 'location' || pending.field === 'trigger')) return this.bareScore(context, text) ? 'score' : undefined;
    if (pending.kind !== 'group' && pending.kind !== 'which') return undefined;
    if (parseYesNo(text, context.activity.locale) !== undefined && !this.hedgedScoreOnly(context, text)) return undefined;
    return this.scoresWithoutAsking(context, text) ? 'score' : undefined;
  }

  /** The message is a score and nothing else ("6", "a 7", "8/10"). */
  private bareScore(context: TurnContext, text: string): boolean {
    const score = this.parsing.severity(context, text);
    return score !== undefined && !score.approximate && Object.keys(this.parsing.all(context, text)).every((f) => f === 'severity') && prepare(text).split(/\s+/).length <= MAX_BARE_SCORE_WORDS;
  }

  /** "probably around a 6": the hedge is the score's, not a yes; true when no yes or no is left once the number's words are gone. */
  private hedgedScoreOnly(context: TurnContext, text: string): boolean {
    const score = this.parsing.severity(context, text);
    if (!score || score.approximate) return false;
    return parseYesNo(withoutScore(text), context.activity.locale) === undefined;
  }

  private async onLateScore(dc: DialogContext, check: CheckState, pending: Pending, text: string, kind: 'scale' | 'score', host: CheckHost): Promise<DialogTurnResult> {
    const { asides } = this.services.responses.triage;
    check.skipped = check.skipped.filter((f) => f !== 'severity');
    if (kind === 'scale') {
      // Explained, then the 0-10 question itself; the question that was waiting comes after it.
      check.scaleExplained = true;
      await dc.context.sendActivity(asides.scale);
      return host.ask(dc, { kind: 'detail', field: 'severity' });
    }
    const n = this.parsing.severity(dc.context, text) ?? sentences(text).map((s) => this.parsing.severity(dc.context, s)).find((s) => s && !s.approximate);
    if (n) check.details.severity = n;
    await dc.context.sendActivity(fill(this.services.responses.triage.noted, { details: this.wording.describe(check.details, ['severity']) }));
    return host.ask(dc, pending, 'again');
  }

  private atSeverity(pending: Pending): boolean {
    return pending.kind === 'severityNumber' || (pending.kind === 'detail' && pending.field === 'severity');
  }

  /**
   * "you already asked that, I SAID 7": sorry, what the message gives is kept
   * and said back, and a detail question is not asked again (left out if still
   * unknown); a safety question is said to be a new one and asked once more at most.
   */
  private async onAlreadySaid(dc: DialogContext, check: CheckState, pending: Pending, text: string, host: CheckHost): Promise<DialogTurnResult> {
    const { asides, noted } = this.services.responses.triage;
    const added = absorb(check, this.parsing.all(dc.context, text));
    const n = this.parsing.severity(dc.context, text);
    if (check.details.severity === undefined && n && !n.approximate) {
      check.details.severity = n;
      added.push('severity');
    }
    // What the check has, said back so the person sees it was kept ("I SAID 7").
    const known = DETAIL_ORDER.filter((f) => check.details[f] !== undefined);
    const kept = known.length > 0 ? ` ${fill(noted, { details: this.wording.describe(check.details, known) })}` : '';
    if (pending.kind === 'group' || pending.kind === 'which') {
      await dc.context.sendActivity(`${asides.alreadySaid}${kept} ${asides.newSafetyQuestion}`);
      return host.ask(dc, pending, 'again');
    }
    if (pending.kind === 'severityNumber') {
      if (check.details.severity === undefined) check.details.severity = check.wordSeverity;
      check.wordSeverity = undefined;
    } else if (pending.kind === 'detail' && check.details[pending.field] === undefined && !check.skipped.includes(pending.field)) {
      check.skipped.push(pending.field);
    }
    await dc.context.sendActivity(`${asides.alreadySaid}${kept}`);
    return host.advance(dc);
  }

  /** "what even is a 7?": the scale once; a number said with it is kept, and a second time the question is left out. */
  private async explainScale(dc: DialogContext, check: CheckState, text: string, host: CheckHost): Promise<DialogTurnResult> {
    const { asides } = this.services.responses.triage;
    // The number the question is about is no rating ("what counts as a ten?").
    const rating = withoutScaleQuestion(text);
    const n = rating === '' ? undefined : this.parsing.severity(dc.context, rating);
    if (n && !n.approximate) {
      check.details.severity = n;
      check.wordSeverity = undefined;
      await dc.context.sendActivity(`${asides.scale} ${fill(asides.scaleKept, { value: String(n.value) })}`);
      return host.advance(dc);
    }
    // Unsure of the numbers, but how bad it is told in words ("pretty bad, but I can walk"): the scale
    // and a rough number offered back, kept as approximate; the check goes on without pressing for exact.
    if (n && !check.scaleExplained) {
      check.details.severity = n;
      check.wordSeverity = undefined;
      check.scaleExplained = true;
      await dc.context.sendActivity(`${asides.scale} ${fill(asides.scaleGuess, { value: String(n.value) })}`);
      return host.advance(dc);
    }
    if (check.scaleExplained) {
      if (check.wordSeverity) check.details.severity = check.wordSeverity;
      else if (!check.skipped.includes('severity')) check.skipped.push('severity');
      check.wordSeverity = undefined;
      await dc.context.sendActivity(asides.leftOut);
      return host.advance(dc);
    }
    check.scaleExplained = true;
    await dc.context.sendActivity(asides.scale);
    return host.ask(dc, check.pending!, 'again');
  }

  /** The safety group a "what counts as leg weakness?" is about: the one sharing most words with it, else the one asked. */
  private groupAskedAbout(text: string, asked: number): ScreenGroup {
    const groups = vocabulary().screen;
    const words = new Set((prepare(text).match(/[a-z]{4,}/g) ?? []).filter((w) => !commonToSafetyQuestions(w)));
    let best = asked;
    let bestHits = 0;
    groups.forEach((g, i) => {
      const hits = new Set((g.question.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => words.has(w))).size;
      if (hits > bestHits) [best, bestHits] = [i, hits];
    });
    return groups[best]!;
  }
}

