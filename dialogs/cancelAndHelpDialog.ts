import { clauses } from '../src/language';
import type { Pronoun } from '../src/safety/helperSubject';
import { StatePropertyAccessor } from 'botbuilder';
import { ComponentDialog, Dialog, DialogContext, DialogTurnResult, DialogTurnStatus } from './dialogLibrary';
import { fill } from '../src/content/responses';
import { isTopicIntent } from '../src/nlu/intents';
import { ACT_CONFIDENCE, INTERRUPTING_ACTS, PASSAGE_FIT, aboutBotText, actOf, confidentAct, interruptionText } from './actAnswers';
import { EscalationDialog, EscalationOptions, EscalationRecord } from './escalationDialog';
import { savedStack } from './pausedDialog';
import type { DialogServices } from './services';
import { answerTurn, sendTopicAnswer } from './topicAnswer';
import { getUnderstanding } from './turnUnderstanding';
import type { Understanding } from '../src/nlu/messageUnderstander';
import { prepare } from '../src/triage/text';
import { vocabulary } from '../src/triage/vocabulary';
import { asksSomething, parseYesNo, withoutAcknowledgements } from '../src/triage/yesNo';
import { clausesKeepingBreaks } from '../src/language/clauses';
import { echoesQuestionWithHedge } from './checkMessages';
import { asksTermOnly } from '../src/triage/checkAsides';
import { factsToldIn } from './factAsides';
import { emptyAnswerState } from '../src/knowledge/answerState';
import { aboutPatient } from './aboutPatient';
import { noToEveryOneIn, sentencesNotAsking } from './answerInClauses';

const CANCEL_CONFIDENCE = 0.7;
/** Frustration when the pending question was shown this often: the dialog pauses rather than asks again. */
const FRUSTRATED_AFTER_ASKS = 2;
/** A topic question this sure is answered even when it could also be read as an answer to the pending question. */
const TOPIC_QUESTION_CONFIDENCE = 0.9;
// PASSAGE_FIT (actAnswers): a question that fits a passage that well is a knowledge question, not an answer
// ("what about getting out of bed?" at "what set it off?").
const QUESTION_WORDS = /\b(what|how|why|when|which|should|can|could|is|are|do|does|will|would|wait|tell me|any)\b/i;
const QUESTION_FIRST = new RegExp(`^(wait,? )?${QUESTION_WORDS.source}`, 'i');

/** Some clause ending with "?" opens as a question does ("lower back, is that normal?"); "maybe lifting?" does not. */
function asksInAClause(text: string): boolean {
  const clauses = prepare(text).match(/[^.!?,;]+[.!?,;]*/g) ?? [];
  return clauses.some((c) => c.trim().endsWith('?') && vocabulary().control.questionStart.test(c.trim()));
}

/** The question a thanks opened, read on its own: the topics ranked for the message, without the thanks. */
function questionPart(understanding: Understanding, asked: string): Understanding {
  const ranked = (understanding.ranked ?? []).filter((r) => isTopicIntent(r.intent));
  return { ...understanding, text: asked, intent: ranked[0]?.intent ?? 'none', score: ranked[0]?.score ?? 0, ranked };
}

/**
 * An unparseable one- or two-word reply ("banana", "sitting?") is more often a
 * failed answer than a new question, so only question-like text interrupts.
 */
function looksLikeQuestion(text: string): boolean {
  return text.includes('?') || QUESTION_WORDS.test(text) || text.split(/\s+/).length >= 4;
}

/**
 * Handles interruptions of a multi-turn dialog in one place: a red flag
 * always wins and escalates; "stop" (the `cancel` act) or "bye" pauses the
 * dialog, so that "let's carry on" can resume it (MainDialog); "help"
 * explains where the user is; a knowledge question is answered; pushback,
 * a question about the bot, frustration, a thank-you and "how many more?" are
 * answered; then the pending question is asked again. A message that answers
 * the pending question is never treated as an interruption, so "lifting" or
 * "two days ago" stay answers; yes, no, not sure and corrections are the
 * prompt's own dialog's to answer.
 */
export abstract class CancelAndHelpDialog extends ComponentDialog {
  protected constructor(
    id: string,
    protected readonly services: DialogServices,
    protected readonly escalation: StatePropertyAccessor<EscalationRecord | undefined>,
    escalationDialog: EscalationDialog,
  ) {
    super(id);
    this.addDialog(escalationDialog);
  }

  /** What "help" says inside this dialog. */
  protected abstract helpText(): string;

  /** Whether the text is a valid answer to the question the dialog is waiting on. */
  protected abstract answersPendingQuestion(innerDc: DialogContext, text: string): boolean;

  /** Called when the user stops the dialog, before it ends (e.g. to keep what was said). */
  protected async onStopped(_innerDc: DialogContext, _pastAnswered = false): Promise<void> {}

  /** A command to the dialog itself ("skip the rest"), handled by it even when worded as a question. */
  protected steersDialog(_innerDc: DialogContext, _text: string): boolean {
    return false;
  }

  /**
   * The pending check question a yes that names its own sign answers ("yes, the peeing one"),
   * so that "wait, I meant no" can ask it again; none by default.
   */
  protected screenAnswered(_innerDc: DialogContext, _flags: readonly string[]): { flag: string; question: string } | undefined {
    return undefined;
  }

  /** Whom the running dialog is about when someone writes for them ("get her seen"). */
  protected patientOf(_innerDc: DialogContext): Pronoun | undefined {
    return undefined;
  }

  /**
   * A request to stop or pause said within a longer message ("let's leave it
   * there, I'll finish after lunch"): what else the message says, for a
   * question after the stop; undefined when the message asks no stop.
   */
  protected stopRequest(_innerDc: DialogContext, _text: string): { rest: string } | undefined {
    return undefined;
  }

  /** Said after the stop message when the user stops the dialog (what was gathered, what to do meanwhile). */
  protected stoppedNote(_innerDc: DialogContext): string | undefined {
    return undefined;
  }

  /** The close for a sign-off in the middle of the dialog ("cheers", "gotta go"); undefined when the message is none. */
  protected closingReply(_innerDc: DialogContext, _text: string): string | undefined {
    return undefined;
  }

  /**
   * A question asked beside an answer ("it's a 5. is this private?"): the
   * question, answered first; the dialog then reads only the answer part
   * (`answers`), or, when the rest answers nothing asked, asks its question again.
   */
  protected asideQuestion(_innerDc: DialogContext, _text: string): { question: string; answers: boolean } | undefined {
    return undefined;
  }

  /** The short answer to "so what do I do?" asked in the middle of this dialog; undefined when it has none. */
  protected planReply(_innerDc: DialogContext): string | undefined {
    return undefined;
  }

  /** Whether `part` of the message answers the pending question; if so the dialog reads only it this turn. */
  protected takesPart(_innerDc: DialogContext, _part: string): boolean {
    return false;
  }

  /** The pending question was sent as often as it may be: after an aside the dialog pauses instead of asking it again. */
  protected askedEnough(_innerDc: DialogContext): boolean {
    return false;
  }

  /** Times the pending question was shown. */
  protected timesAsked(_innerDc: DialogContext): number {
    return 0;
  }

  /** Questions left after the pending one, for "how many more?"; undefined when the dialog cannot tell. */
  protected remainingQuestions(_innerDc: DialogContext): number | undefined {
    return undefined;
  }

  /** Begun with a paused dialog's saved stack ("let's carry on"): put it back and ask the pending question again. */
  protected override async onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    const stack = savedStack(options);
    if (!stack) return super.onBeginDialog(innerDc, options);
    // A stack saved by another version of the dialog (a deployment in between) cannot be resumed: start afresh.
    if (!stack.every((instance) => this.findDialog(instance.id))) return super.onBeginDialog(innerDc, {});
    innerDc.stack.splice(0, innerDc.stack.length, ...stack);
    await innerDc.repromptDialog();
    return Dialog.EndOfTurn;
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return (await this.interrupt(innerDc)) ?? super.onContinueDialog(innerDc);
  }

  /** Ends the dialog, keeping its state so that "let's carry on" can resume it. */
  private async pause(innerDc: DialogContext, message: string, withNote = true): Promise<DialogTurnResult> {
    const note = withNote ? this.stoppedNote(innerDc) : undefined;
    await this.onStopped(innerDc);
    const stack = JSON.parse(JSON.stringify(innerDc.stack)) as typeof innerDc.stack;
    await this.services.paused.set(innerDc.context, { dialogId: this.id, stack, at: this.services.now().toISOString() });
    await innerDc.context.sendActivity(note ? `${message}\n\n${note}` : message);
    return innerDc.cancelAllDialogs();
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const understanding = getUnderstanding(innerDc.context);
    if (!understanding) return undefined;
    // `check` is asked by MainDialog's red-flag check before this dialog runs.
    // "numb down there?? no idea what that'd be like" at the question that asks it: the check's to
    // describe and ask again (checkScreenAnswers.ts), never an alarm and never a no.
    // "no clue what you mean by <the sign's name>" there too: asking what a term means is not having it.
    const signsTold = (part: string) => this.services.redFlags.toldNow(part, true).present;
    const echoed = understanding.redFlag && this.screenAnswered(innerDc, understanding.redFlag.flags) !== undefined && (echoesQuestionWithHedge(understanding.text, signsTold) || asksTermOnly(understanding.text, signsTold));
    if (understanding.redFlag && understanding.redFlag.level !== 'check' && !echoed) {
      const yes = parseYesNo(understanding.text, innerDc.context.activity.locale) === true;
      const answered = yes ? this.screenAnswered(innerDc, understanding.redFlag.flags) : undefined;
      const options: EscalationOptions = {
        ...understanding.redFlag,
        level: understanding.redFlag.level,
        ...(answered && { answered: answered.flag, answeredQuestion: answered.question }),
      };
      const patient = this.patientOf(innerDc);
      if (patient) Object.assign(options, { subject: 'other_present', pronoun: patient });
      // Kept, so that the check can carry on if the alarm is taken back ("oh, no, nothing like that");
      // past the question a yes answered ("yes to the numb one", then "misread it, I meant no").
      await this.onStopped(innerDc, Boolean(answered));
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(EscalationDialog.ID, options);
    }
    const { intent } = understanding;
    // "can I still do my deliveries? I drive all day" also reads as an answer
    // (a trigger), but it is asked as a question about a topic: answered first.
    const text = understanding.text.trim();
    // "cheers, I'm 74 btw": a fact told in passing is answered with what it changes; no sign-off, no failed answer.
    const told = await this.factTold(innerDc, understanding);
    if (told) return told;
    if (this.steersDialog(innerDc, text)) return undefined;
    const stop = this.stopRequest(innerDc, text);
    if (stop) {
      const paused = await this.pause(innerDc, this.services.responses.cancelled);
      // "can we stop, I need to know about work": the question is answered once the check has stopped.
      // The stop's words made the whole message read as cancel: the question is read as itself, about their back.
      // "actually never mind, ..., i just want to know if...": from the clause that asks.
      const parts = clausesKeepingBreaks(stop.rest, { questionMarkEnds: false });
      const from = parts.findIndex((c, i) => i % 2 === 0 && asksSomething(c.trim()));
      const asked = from > 0 ? parts.slice(from).join('').trim() : stop.rest;
      const ranked = (understanding.ranked ?? []).filter((r) => r.intent !== 'cancel');
      const question = { ...understanding, text: asked, intent: ranked[0]?.intent ?? 'none', score: ranked[0]?.score ?? 0, ranked };
      if (stop.rest && asksSomething(stop.rest)) await answerTurn(innerDc.context, this.services, this.escalation, question, true);
      return paused;
    }
    // "cheers, gotta go": a short close with one safety line, not another question.
    const close = this.closingReply(innerDc, text);
    // For someone else's check, the close speaks of them: "if she gets numbness between her legs".
    if (close) return this.pause(innerDc, await aboutPatient(innerDc.context, this.services, close, this.patientOf(innerDc)), false);
    // "it's about a 5. who can see this?": the question is answered, then the answer read.
    const aside = this.asideQuestion(innerDc, text);
    if (aside) {
      // The facts come from the whole message: "can I go to work? I sit all day" is asked of a sitting job.
      const asked = { ...understanding, text: aside.question, patientText: understanding.patientText ?? understanding.text };
      // The rest of the message answers nothing asked: the question is answered, then the check goes on.
      if (!aside.answers) return this.answerAndResume(innerDc, () => this.answerAside(innerDc, understanding, asked).then(() => true));
      await this.answerAside(innerDc, understanding, asked);
      return undefined;
    }
    // "ok cheers. what about the quad bike, is that ok": the thanks opens a question.
    const asked = withoutAcknowledgements(prepare(text));
    const plainQuestion = (text.includes('?') || QUESTION_FIRST.test(asked) || asksSomething(asked)) && asked.split(/\s+/).length >= 4;
    const placed = (isTopicIntent(intent) && understanding.score >= TOPIC_QUESTION_CONFIDENCE) || this.services.answers.planner.bestFit(text) >= PASSAGE_FIT;
    // The thanks may be heard by the act model or by the topic model alone (intent `thanks`).
    const thanksOnly = (actOf(understanding) === 'thanks_ok' || intent === 'thanks') && asked !== prepare(text);
    // "so what can I take then?" may read as pushback: a question the answers can place is answered as one.
    // "if it's no better next week must I see a doctor?": a topic the model is sure of, asked, is a question whatever its opening.
    const sureTopic = isTopicIntent(intent) && understanding.score >= TOPIC_QUESTION_CONFIDENCE;
    const pushedQuestion = actOf(understanding) === 'pushback' && text.includes('?') && (QUESTION_FIRST.test(asked) || sureTopic);
    // "dunno, maybe from lifting the couch? or sleeping funny": a hedged answer, its "?" a doubt, not a question.
    const hedged = !QUESTION_FIRST.test(asked) && !asksInAClause(text) && this.answersPendingQuestion(innerDc, understanding.text);
    if (plainQuestion && !hedged && ((placed && (!actOf(understanding) || thanksOnly)) || pushedQuestion)) {
      const answered = await this.answerAndResume(innerDc, () => answerTurn(innerDc.context, this.services, this.escalation, understanding, false));
      if (answered) return answered;
    }
    if (this.answersPendingQuestion(innerDc, understanding.text)) return undefined;
    const act = thanksOnly && asksSomething(asked) ? undefined : actOf(understanding);
    const actScore = understanding.acts?.score ?? 0;
    // Stopping is a pause ("carry on" resumes it), but still only a confident "stop" does it.
    if (act === 'cancel' && actScore >= CANCEL_CONFIDENCE) return this.pause(innerDc, this.services.responses.cancelled);
    if (act === 'goodbye' && actScore >= CANCEL_CONFIDENCE) {
      const emergency = this.services.numbers.forLocale(innerDc.context.activity.locale).emergencyText;
      return this.pause(innerDc, fill(this.services.acts.interruption.goodbye, { emergency }));
    }
    if (act && INTERRUPTING_ACTS.includes(act) && actScore >= ACT_CONFIDENCE) {
      const reply = interruptionText(this.services, act, this.remainingQuestions(innerDc), understanding);
      // Frustration at a question shown twice already: paused with what to do meanwhile, not pressed a third time.
      const { pausedAfterAside, pausedFrustrated } = this.services.responses.triage;
      if (act === 'frustration' && this.timesAsked(innerDc) >= FRUSTRATED_AFTER_ASKS) return this.pause(innerDc, pausedFrustrated);
      if (this.askedEnough(innerDc)) return this.pause(innerDc, `${reply}\n\n${pausedAfterAside}`);
      await innerDc.context.sendActivity(reply);
    } else if (act === 'plan' && this.planReply(innerDc) && !(await this.escalation.get(innerDc.context))) {
      // "so what do I actually do?" halfway through: the short self-care answer now, then the question
      // it still needs; the fitted result comes at the end (an explicit "verdict" ends it early, checkAsides.ts).
      const plan = this.planReply(innerDc)!;
      // "no to all of those. so what do I do?": the answer beside the ask is read, and the check moves on.
      const beside = sentencesNotAsking(text);
      if (beside !== '' && this.takesPart(innerDc, beside)) {
        // A no to every question left brings the fitted result at once: no stopgap before it.
        if (!noToEveryOneIn(beside, innerDc.context.activity.locale)) await innerDc.context.sendActivity(plan);
        return undefined;
      }
      return this.answerAndResume(innerDc, () => innerDc.context.sendActivity(plan).then(() => true));
    } else if (act) {
      // yes, no, not sure, a correction, better/worse, carry on: a reply to the
      // question, even when it is not one the prompt can read ("I don't know when it started").
      return undefined;
    } else if (intent === 'help' && !(looksLikeQuestion(understanding.text) && this.services.answers.activities.match(understanding.text))) {
      // "can I use the chainsaw tomorrow" may read as a plea for help; an everyday activity asked about is answered below.
      await innerDc.context.sendActivity(this.helpText());
    } else if (isTopicIntent(intent) && (looksLikeQuestion(understanding.text) || (understanding.score >= TOPIC_QUESTION_CONFIDENCE && this.services.answers.planner.bestFit(understanding.text) >= PASSAGE_FIT))) {
      // "heat or ice", "stretches for the morning": a topic named bare, which answers nothing asked, is asked as that
      // topic's question when the topic model is sure of it and the answers know its words, not met with "sorry, I
      // didn't catch where". The model alone is sure of words it never saw ("banana" as diet): an unclear answer.
      return this.answerAndResume(innerDc, () => sendTopicAnswer(innerDc.context, this.services, this.escalation, intent).then(() => true));
    } else if (looksLikeQuestion(understanding.text) && !(await this.escalation.get(innerDc.context))) {
      // A practical question the topic model did not place ("what should I do right now?"): the answers may still know it.
      // "thanks. can I still play on saturday?": the question without its thanks, read by the topics it names.
      const question = thanksOnly ? questionPart(understanding, asked) : understanding;
      return this.answerAndResume(innerDc, () => answerTurn(innerDc.context, this.services, this.escalation, question, false));
    } else {
      return undefined;
    }
    await innerDc.repromptDialog();
    return { status: DialogTurnStatus.waiting };
  }

  /**
   * A fact about the person told beside an answer or instead of one ("about 5. I'm on amlodipine",
   * "ta, I'm 71 btw"): what it changes is said (the answers' "noted"), then the rest of the message is
   * read as the answer if it is one, else the pending question comes again. Not for a message that
   * asks something: the question's answer takes the fact into account already.
   */
  private async factTold(innerDc: DialogContext, understanding: Understanding): Promise<DialogTurnResult | undefined> {
    const { context } = innerDc;
    // A check for someone else ("he drives trucks"): their facts, read as if they wrote them.
    const text = understanding.patientText ?? (this.patientOf(innerDc) ? this.services.redFlags.patientWords(understanding.text) : understanding.text);
    if (text.includes('?') || understanding.redFlag || understanding.worry) return undefined;
    const before = (await this.services.answerState.get(context)) ?? emptyAnswerState();
    const told = factsToldIn(this.services.answers.facts, text, before.facts, true);
    if (!told || asksSomething(told.rest) || clauses(told.told, { commaEnds: false, questionMarkEnds: false }).some((c) => asksSomething(c.trim()))) return undefined;
    // "8/10, since this afternoon, bending over on site": a fact that only steers later answers (`quiet`: a job) is kept
    // without a word, and the whole message is the dialog's to read (its clause may tell a detail too).
    const { facts } = this.services.answers;
    const after = facts.read(text, before.facts);
    if (told.facts.every((id) => facts.isQuiet(id)) && facts.notes(told.facts, after).length === 0) {
      await this.services.answerState.set(context, { ...before, facts: after });
      return undefined;
    }
    const noted = { ...understanding, text: told.told, intent: 'none' as const, score: 0, ranked: [] };
    const answer = () => answerTurn(context, this.services, this.escalation, noted, false);
    if (told.rest !== '' && this.takesPart(innerDc, told.rest)) {
      await answer();
      return undefined;
    }
    // "I'm on steroid tablets" at the question that asks about them is its answer: the dialog's to read.
    if (this.answersPendingQuestion(innerDc, understanding.text)) return undefined;
    return this.answerAndResume(innerDc, answer);
  }

  /** A question asked beside an answer: about the bot, another body part ("and my knee?"), or what the answers know. */
  private async answerAside(innerDc: DialogContext, whole: Understanding, asked: Understanding): Promise<void> {
    const { context } = innerDc;
    // "it's a 6. who else gets to read this?": the question's own clause may be the one about the bot.
    const aboutBot = (a: { act: string; score: number }) => a.act === 'about_bot' && a.score >= ACT_CONFIDENCE;
    if (confidentAct(whole) === 'about_bot' || (whole.sentenceActs ?? []).some(aboutBot)) {
      await context.sendActivity(aboutBotText(this.services, whole));
      return;
    }
    const part = this.services.scope.partIn(asked.text);
    if (part) {
      const emergency = this.services.numbers.forLocale(context.activity.locale).emergencyText;
      await context.sendActivity(fill(this.services.scope.reply, { part, emergency }));
      return;
    }
    if (await answerTurn(context, this.services, this.escalation, asked, false)) return;
    // "no. what am I meant to do till then?": the answers know no topic in it, but it asks for the plan for now.
    const plan = [whole.acts, ...(whole.sentenceActs ?? [])].some((a) => a?.act === 'plan' && a.score >= ACT_CONFIDENCE) ? this.planReply(innerDc) : undefined;
    await context.sendActivity(plan ?? this.services.responses.triage.questionNotPlaced);
  }

  /** Answers a question in the middle of the dialog, then asks the pending question again; undefined when nothing was answered. */
  private async answerAndResume(innerDc: DialogContext, answer: () => Promise<boolean>): Promise<DialogTurnResult | undefined> {
    if (!(await answer())) return undefined;
    // The question shown twice already: the check is offered to resume, not pressed a third time.
    if (this.askedEnough(innerDc)) return this.pause(innerDc, this.services.responses.triage.pausedAfterAside, false);
    await innerDc.context.sendActivity(this.services.responses.triage.resume);
    await innerDc.repromptDialog();
    return { status: DialogTurnStatus.waiting };
  }
}
