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
import { asksSomething } from '../src/triage/yesNo';
import { type ScreenGroup, vocabulary } from '../src/triage/vocabulary';
import { asksAboutScale, asksMeaning, asksVerdict, closingKind, commonToSafetyQuestions, saysAlreadySaid, withoutAway } from '../src/triage/checkAsides';
import { absorb, DETAIL_ORDER } from '../src/triage/symptomCheck';
import type { CheckWording } from './checkWording';
import type { AskMode, CheckQuestions } from './checkQuestions';
import type { CheckParsing } from './checkParsing';
import { checkCommand, isQuestion } from './checkMessages';
import { signsDescribed } from './replies';
import type { DialogServices } from './services';
import { clauses } from '../src/language/clauses';
import { forbiddingWords, functionWords } from '../src/language/functionWords';
import { hasAnyWord } from './routeReadings';
import { upAgainReply } from '../src/triage/statusUpdates';
import { answerBeforeClose, beforeFarewell, endsWithQuestion, MIN_QUESTION_WORDS, questionForm, sentences } from './checkSentences';
import { atSeverity, CheckScaleAsides } from './checkScaleAsides';
import { noteCount, noteVerdict } from './checkTurnNotes';
import { detailMeaning } from './checkMeaning';

/** What the asides need from the check: asking a question, moving on, and reading an answer. */
export interface CheckHost {
  ask(dc: DialogContext, pending: Pending, mode?: AskMode): Promise<DialogTurnResult>;
  advance(dc: DialogContext): Promise<DialogTurnResult>;
  /** The result now, naming the warning signs not yet asked. */
  finishNow(dc: DialogContext): Promise<DialogTurnResult>;
  /** Handles `text` as this turn's answer. */
  answer(dc: DialogContext, text: string): Promise<DialogTurnResult>;
}

export class CheckAsides {
  constructor(
    private readonly services: DialogServices,
    private readonly questions: CheckQuestions,
    private readonly parsing: CheckParsing,
    private readonly wording: CheckWording,
  ) {
    this.scale = new CheckScaleAsides(services, parsing, wording);
  }

  private readonly scale: CheckScaleAsides;

  /** The message is an aside the check answers itself (so it is not taken as a topic question). */
  steers(context: TurnContext, text: string, pending: Pending | undefined): boolean {
    if (!pending || pending.kind === 'reuse') return false;
    if (this.answerBeforeClose(context, text, pending) !== undefined) return true;
    if (vocabulary().control.howManyMore.test(prepare(text)) || asksVerdict(text) || saysAlreadySaid(text)) return true;
    if (asksAboutScale(text)) return atSeverity(pending);
    if (atSeverity(pending)) return this.scale.scoresWithoutAsking(context, text);
    if (detailMeaning(this.services, this.parsing, context, text, pending) !== undefined) return true;
    return (pending.kind === 'group' || pending.kind === 'which') && asksMeaning(text);
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
        noteCount(dc.context);
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
    // "nope. just tell me what to do": the answer is read, then the result instead of another question; and
    // "none of those. cheers, got to run": the result now as the close (the signs not yet asked as a watch
    // list), not another question they are leaving before.
    const answer = this.answerBeforeClose(dc.context, text, pending);
    if (answer !== undefined) {
      noteVerdict(dc.context);
      return host.answer(dc, answer);
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
    if (atSeverity(pending) && asksAboutScale(text)) return this.scale.explainScale(dc, check, text, host);
    const late = this.scale.lateScore(dc.context, check, pending, text);
    if (late) return this.scale.onLateScore(dc, check, pending, text, late, host);
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
    // "thanks. going to sleep now, night": only what comes before the leave-taking may answer.
    const rest = kind === 'away' ? withoutAway(text) : kind === 'goodbye' ? (beforeFarewell(text) ?? text) : text;
    // "is that normal or do we need to go in": a message that asks is no leave-taking, whatever its last clause says.
    if (!kind || (kind === 'goodbye' && asksSomething(text)) || asksSomething(rest) || this.hasAnswer(context, rest)) return undefined;
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

  /** Whether the message ends with a wish for the result or a goodbye after an answer ("nothing like that. so what now?", "... thanks, got to go"). */
  endsWithClose(context: TurnContext, text: string, pending: Pending | undefined): boolean {
    return pending !== undefined && this.answerBeforeClose(context, text, pending) !== undefined;
  }

  /** The answer said before a closing wish for the result or a goodbye, if the message is that (checkSentences.ts answerBeforeClose). */
  private answerBeforeClose(context: TurnContext, text: string, pending: Pending): string | undefined {
    // After a yes to a group, which sign it was decides the advice: that is asked, not skipped.
    if (pending.kind === 'which' || pending.kind === 'reuse') return undefined;
    return answerBeforeClose(text, (said) => {
      // "nothing like that" answers a safety question as a no, though it is no plain "no".
      const screened = pending.kind === 'group' && this.parsing.reading(context, said).kind === 'answer';
      return screened || this.hasAnswer(context, said);
    });
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

  /** The safety group a "what counts as leg weakness?" is about: the one sharing most words with it, else the one asked. */
  private groupAskedAbout(text: string, asked: number): ScreenGroup {
    return groupWordsIn(text) ?? vocabulary().screen[asked]!;
  }
}

/** The words of a group's question, or its description, at least four letters long. */
function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z]{4,}/g) ?? []);
}

/** A message's words of four letters or more that not every safety question shares. */
function messageWords(text: string): string[] {
  return (prepare(text).match(/[a-z]{4,}/g) ?? []).filter((w) => !commonToSafetyQuestions(w));
}

/**
 * The safety group whose words a message uses ("what counts as leg weakness?"): the one sharing most words with its
 * question; with none, the one whose description alone has a word of it ("the saddle area"); undefined for neither.
 */
export function groupWordsIn(text: string): ScreenGroup | undefined {
  const groups = vocabulary().screen;
  const words = new Set(messageWords(text));
  let best: ScreenGroup | undefined;
  let bestHits = 0;
  for (const g of groups) {
    const hits = [...wordsOf(g.question)].filter((w) => words.has(w)).length;
    if (hits > bestHits) [best, bestHits] = [g, hits];
  }
  return best ?? describedOnlyIn(text);
}

/** The one safety group whose description alone (no question, no other description) has a word of the message. */
export function describedOnlyIn(text: string): ScreenGroup | undefined {
  const groups = vocabulary().screen;
  // Only a naming word can pick a group: "never heard of any of that" must not pick "never having had back pain".
  const plain = functionWords();
  const forbidding = forbiddingWords();
  const words = new Set(messageWords(text).filter((w) => !plain.has(w) && !forbidding.has(w)));
  const own = ownDescriptionWords(groups);
  const hit = groups.filter((g) => own.get(g)!.some((w) => words.has(w)));
  return hit.length === 1 ? hit[0] : undefined;
}

const OWN_WORDS = new WeakMap<readonly ScreenGroup[], Map<ScreenGroup, string[]>>();

/** Each group's description words that no question and no other description has: data, so worked out once per screen. */
function ownDescriptionWords(groups: readonly ScreenGroup[]): Map<ScreenGroup, string[]> {
  let own = OWN_WORDS.get(groups);
  if (!own) {
    own = new Map(groups.map((g) => [g, [...wordsOf(g.describe)].filter((w) => groups.every((o) => !wordsOf(o.question).has(w) && (o === g || !wordsOf(o.describe).has(w))))]));
    OWN_WORDS.set(groups, own);
  }
  return own;
}
