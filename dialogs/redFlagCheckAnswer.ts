import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { DialogContext, DialogTurnResult, DialogTurnStatus } from './dialogLibrary';
import { fill } from '../src/content/responses';
import type { Understanding } from '../src/nlu/messageUnderstander';
import { answerKind, hedgesSign, noAboutSomethingElse, readCall, saysNormal } from '../src/safety/checkAnswers';
import { isTopicIntent } from '../src/nlu/intents';
import { asksInstead, asksSomething, withoutAcknowledgements } from '../src/triage/yesNo';
import { prepare } from '../src/triage/text';
import { closingKind } from '../src/triage/checkAsides';
import { readOnly } from './checkTurnNotes';
import type { CheckParsing } from './checkParsing';
import { EscalationDialog, EscalationOptions, EscalationRecord, escalationReminder } from './escalationDialog';
import { promptWithChoices, signsDescribed } from './replies';
import type { DialogServices } from './services';
import { setUnderstanding } from './turnUnderstanding';
import { type RedFlagCheckAsides, askCheck } from './redFlagCheckAsides';
import { noteDenied } from './deniedRecord';
import type { PendingCheck } from './redFlagCheck';
import { callsNow, deniesFlag, describes, isAside } from './redFlagCheckReadings';
import { TriageDialog } from './triageDialog';

/** Unclear answers asked again before one is taken as "not sure". */
const MAX_UNCLEAR = 1;

/** What reading an answer needs from the red-flag check that asked the question. */
export interface CheckAnswerParts {
  services: DialogServices;
  pending: StatePropertyAccessor<PendingCheck | undefined>;
  escalation: StatePropertyAccessor<EscalationRecord | undefined>;
  /** Starts normal routing of the message (MainDialog's route). */
  routeId: string;
  /** Questions and other talk beside the pending question. */
  asides: RedFlagCheckAsides;
  /** The symptom check's reading of details, for a message read after the question it raised. */
  parsing: CheckParsing;
  /** Deletes the escalation and says so, with the safety net (or `instead`). */
  withdraw: (context: TurnContext, instead?: string) => Promise<void>;
  /** Carries on a symptom check the alarm stopped, if one is kept; undefined when there is none. */
  resumeCheck?: (dc: DialogContext) => Promise<DialogTurnResult | undefined>;
}

/**
 * The answer to the red-flag check's one direct question (RedFlagCheck asks it): yes or not sure
 * escalates, no says so with the safety net and carries on, anything else is asked again once or
 * answered beside the question. Apart from RedFlagCheck, which reads messages with no question waiting.
 */
export class RedFlagCheckAnswer {
  private readonly services: DialogServices;
  private readonly pending: StatePropertyAccessor<PendingCheck | undefined>;
  private readonly escalation: StatePropertyAccessor<EscalationRecord | undefined>;
  private readonly routeId: string;
  private readonly asides: RedFlagCheckAsides;
  private readonly parsing: CheckParsing;
  private readonly withdraw: CheckAnswerParts['withdraw'];
  private readonly resumeCheck?: CheckAnswerParts['resumeCheck'];

  constructor(parts: CheckAnswerParts) {
    ({ services: this.services, pending: this.pending, escalation: this.escalation, routeId: this.routeId, asides: this.asides, parsing: this.parsing, withdraw: this.withdraw, resumeCheck: this.resumeCheck } = parts);
  }

  private async ask(context: TurnContext, check: PendingCheck, question: string): Promise<void> {
    await askCheck(context, this.pending, this.services, check, question);
  }

  async answer(dc: DialogContext, understanding: Understanding, check: PendingCheck): Promise<DialogTurnResult | undefined> {
    const { context } = dc;
    const words = this.services.checkDialogue;
    // "ok, calling now", "my wife's driving me in": acting on an instruction that still stands. The question
    // asked again after the alarm was explained away is dropped, not pressed a third time; the message is routed.
    // While they call for an emergency ("ok calling"), no question of any kind is pressed on them.
    const standing = await this.escalation.get(context);
    const stillEscalated = check.mode === 'recheck' || standing?.level === 'emergency' ? standing : undefined;
    if (stillEscalated && !understanding.redFlag && callsNow(this.services, understanding.text)) {
      await this.pending.delete(context);
      return undefined;
    }
    const found = understanding.redFlag;
    // A sign named with doubt about the sign itself ("that numbness, no clue what it would feel like"):
    // what it feels like and its own question, never an alarm from the doubt alone.
    const hedged = found?.level === 'emergency' && found.flags.length === 1 && hedgesSign(words, understanding.text) && !(await this.escalation.get(context));
    const describeHedged = hedged ? describes(found.flags[0]!) : undefined;
    if (found && describeHedged) {
      const question = this.services.redFlags.question(found.flags[0]!);
      // The message that raised the question before stays the one to read after a no.
      const original = check.original ? { original: check.original } : {};
      await this.ask(context, { flag: found.flags[0]!, mode: 'check', unclear: 0, described: true, subject: found.subject, pronoun: found.pronoun, ...original }, `${signsDescribed(this.services.responses, describeHedged)}\n\n${question}`);
      return { status: DialogTurnStatus.waiting };
    }
    // The answer itself names a red flag ("yes, and now I can't pee"): that wins.
    if (found && found.level !== 'check') {
      await this.pending.delete(context);
      return this.escalate(dc, { level: found.level, flags: found.flags, subject: found.subject ?? check.subject, pronoun: found.pronoun ?? check.pronoun });
    }
    // At an emergency question, reluctance to call or a call under way is acted on, never asked again.
    // The sign itself denied ("he says he's fine, legs are ok") is a no, whatever is said of calling.
    const call =
      check.mode === 'check' && this.services.redFlags.level(check.flag) === 'emergency' && !(!found && deniesFlag(this.services, context, understanding.text, check.flag))
        ? readCall(words, understanding.text)
        : undefined;
    if (call) {
      await this.pending.delete(context);
      const emergency = this.services.numbers.forLocale(context.activity.locale).emergency;
      return this.escalate(dc, {
        level: 'emergency',
        flags: [check.flag],
        calling: call === 'calling',
        note: call === 'reluctant' ? fill(words.text.reluctant, { emergency }) : undefined,
        subject: check.subject,
        pronoun: check.pronoun,
      });
    }
    // "she gets it every winter", "it came on when I was gardening": at the question on a flag the notes
    // define by "no clear cause" (a first bout over 50), a cause or a recurrence told is its answer, a no.
    const cleared = found ? undefined : this.clearedBy(context, understanding.text, check);
    // The message that raised it is then answered only if it asked something: a report of the pain alone
    // ("she's 79 and her back hurts") is no request for the symptom check.
    if (cleared) {
      const line = cleared === 'cause' ? fill(words.clearCause.note, { emergency: this.services.numbers.forLocale(context.activity.locale).emergency }) : undefined;
      return this.saidNo(dc, understanding, { ...check, hedged: true }, line);
    }
    const asked = check.question ?? this.services.redFlags.question(check.flag);
    // The screen reading a sign in it ("I am, it's numb down there") makes an echoed yes about the question.
    // "only the right one, the left's fine": the sign asked about, denied in other words, is a no.
    // A learned-stage guess of another sign (a check, never an alarm) does not hide the denial of this one.
    const guessOnly = !understanding.redFlag || (understanding.redFlag.level === 'check' && !understanding.redFlag.flags.includes(check.flag));
    const denies = guessOnly && deniesFlag(this.services, dc.context, understanding.text, check.flag);
    let kind = answerKind(words, understanding.text, understanding.redFlag ? undefined : asked, denies);
    // "oh ok then no, nothing like that": the answer after the words that open it.
    const opened = kind === 'unclear' ? withoutAcknowledgements(prepare(understanding.text)) : '';
    if (opened) kind = answerKind(words, opened, understanding.redFlag ? undefined : asked, denies);
    // "it comes out normal, I'd just drunk less": the function said to work as usual is a no.
    if (kind === 'unclear' && !understanding.redFlag && saysNormal(words, understanding.text) && !understanding.text.includes('?')) kind = 'no';
    // "i don't have medical aid, the queues are crazy" at an emergency's question: no answer to it.
    if (kind === 'no' && !denies && this.services.redFlags.level(check.flag) === 'emergency' && noAboutSomethingElse(words, understanding.text, asked)) kind = 'statement';
    // "thanks x": a sign-off is no failed answer, never counted towards "not sure".
    if (kind === 'unclear' && closingKind(understanding.text) !== undefined) {
      return dc.activeDialog ? this.asides.askAgainInDialog(dc, check) : this.asides.answerAside(dc, understanding, check);
    }
    // "I'm 12 weeks pregnant by the way": a statement of something else is no answer, never a yes.
    if (kind === 'statement' || (kind === 'unclear' && isAside(understanding))) {
      if (!dc.activeDialog) return this.asides.answerAside(dc, understanding, check);
      if (kind === 'statement') return this.asides.askAgainInDialog(dc, check);
    }
    // "yes please, do the check" to a same-day sign's question: the yes is to the symptom check, which
    // asks this sign in its own questions; never read as the sign. An emergency's question keeps its yes.
    const checkWanted = kind !== 'no' && check.mode === 'check' && !dc.activeDialog && this.services.redFlags.level(check.flag) !== 'emergency';
    if (checkWanted && (!understanding.redFlag || understanding.redFlag.level === 'check') && TriageDialog.asksForCheckNow(understanding.text)) {
      await this.pending.delete(context);
      setUnderstanding(context, { ...understanding, redFlag: null, worry: false });
      return dc.beginDialog(this.routeId);
    }
    if (kind === 'unclear' && check.unclear < MAX_UNCLEAR) {
      await this.ask(context, { ...check, unclear: check.unclear + 1 }, fill(words.text.retry, { question: asked }));
      return { status: DialogTurnStatus.waiting };
    }
    const saidUnsure = kind === 'unsure';
    if (kind === 'unclear') kind = 'unsure';
    // A first "not sure" ("no clue what that means") gets what the sign feels like and the
    // question again, as the symptom check's screen does; a second is taken as yes.
    const describe = describes(check.flag);
    if (saidUnsure && check.mode === 'check' && !check.described && describe) {
      await this.ask(context, { ...check, described: true }, `${signsDescribed(this.services.responses, describe)}\n\n${asked}`);
      return { status: DialogTurnStatus.waiting };
    }
    if (kind === 'no' && check.mode !== 'recheck') return this.saidNo(dc, understanding, check);
    // A first bout over 50 not known ("not sure", or no answer twice): a history the notes' row needs told, never assumed.
    if (kind === 'unsure' && check.mode === 'check' && words.clearCause.flags.has(check.flag)) {
      const line = fill(words.clearCause.unknown, { emergency: this.services.numbers.forLocale(context.activity.locale).emergency });
      return this.saidNo(dc, understanding, { ...check, hedged: true }, line);
    }
    await this.pending.delete(context);
    const emergency = this.services.numbers.forLocale(context.activity.locale).emergency;

    if (check.mode === 'recheck') {
      const record = await this.escalation.get(context);
      if (kind === 'no') {
        await noteDenied(context, this.services, [check.flag]);
        await this.withdraw(context);
        if (!dc.activeDialog) {
          // "no. can I drive tomorrow?": the question is answered; otherwise a check the alarm stopped carries on.
          if (asksSomething(understanding.text)) {
            setUnderstanding(context, { ...understanding, redFlag: null, worry: false });
            return dc.beginDialog(this.routeId);
          }
          const resumed = await this.resumeCheck?.(dc);
          if (resumed) return resumed;
        }
      } else if (record) {
        const instruction = escalationReminder(this.services, record, context.activity.locale);
        await context.sendActivity(fill(words.text.stillEscalated, { instruction }));
      }
      return this.carryOn(dc);
    }
    // Yes, or not sure: "not sure" to a red-flag question is treated as yes.
    return this.escalate(dc, {
      level: this.services.redFlags.level(check.flag),
      flags: [check.flag],
      answered: check.flag,
      note: kind === 'unsure' ? words.text.unsure : undefined,
      subject: check.subject,
      pronoun: check.pronoun,
    });
  }

  /**
   * A first bout over 50 asked about, and the answer tells what set the pain off (`cause`), or that the
   * pain has come before or the age is under 50 (`ruledOut`).
   */
  private clearedBy(context: TurnContext, text: string, check: PendingCheck): 'cause' | 'ruledOut' | undefined {
    const { clearCause } = this.services.checkDialogue;
    if (check.mode !== 'check' || !clearCause.flags.has(check.flag)) return undefined;
    const trigger = this.parsing.all(context, text).trigger?.trigger;
    if (trigger !== undefined && clearCause.triggers.has(trigger)) return 'cause';
    // Only a sign that rules it out ("every winter", "I'm 44"), never a denial read by negation: "no, never
    // had it before" says yes to a first bout.
    const { present } = this.services.redFlags.toldNow(text, check.subject !== undefined && check.subject !== 'self');
    if (present.includes(check.flag)) return undefined;
    return this.services.redFlags.ruledOutBy(check.flag).some((id) => present.includes(id)) ? 'ruledOut' : undefined;
  }

  /** The check question answered no: said with the safety net (or `line`), and the message that raised it goes on. */
  private async saidNo(dc: DialogContext, understanding: Understanding, check: PendingCheck, line?: string): Promise<DialogTurnResult> {
    const { context } = dc;
    const words = this.services.checkDialogue;
    await this.pending.delete(context);
    const emergency = this.services.numbers.forLocale(context.activity.locale).emergency;
    await noteDenied(context, this.services, [check.flag]);
    await context.sendActivity(line ?? `${words.text.no} ${fill(words.text.safetyNet, { emergency })}`);
    if (dc.activeDialog) {
      // "No. Is it cancer though?": the question asked beside the no is answered before the check goes on.
      if (asksSomething(understanding.text)) await this.asides.answerBeside(dc, understanding);
      // The message that raised the question inside the symptom check, when it gives details ("lower back,
      // started Monday maybe"), was its answer to the check's own question: read now, not asked for again.
      else if (check.original && Object.values(this.parsing.all(context, check.original.text)).some((v) => v !== undefined)) {
        readOnly(context, check.original.text);
        setUnderstanding(context, { ...understanding, ...check.original, redFlag: null, worry: false });
        return dc.continueDialog();
      }
      await dc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    // The message that raised the question is routed as usual; a hedged sign's only if it asked something.
    if (check.original && (!check.hedged || (isTopicIntent(check.original.intent) && asksInstead(check.original.text)))) {
      setUnderstanding(context, { ...check.original, redFlag: null, worry: false });
      return dc.beginDialog(this.routeId);
    }
    // A hedged sign that asked nothing: the other warning signs are offered, not an answer to nothing asked.
    if (check.original) {
      const label = this.services.responses.labels.report_symptoms;
      await context.sendActivity(label ? promptWithChoices(words.text.offerCheck, [label], context.activity.channelId) : words.text.offerCheck);
    }
    return { status: DialogTurnStatus.complete };
  }

  private async escalate(dc: DialogContext, options: EscalationOptions): Promise<DialogTurnResult> {
    await dc.cancelAllDialogs();
    return dc.beginDialog(EscalationDialog.ID, options);
  }

  /** After a recheck: the symptom check (if any) asks its question again; otherwise the turn ends. */
  private async carryOn(dc: DialogContext): Promise<DialogTurnResult> {
    if (dc.activeDialog) {
      await dc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    return { status: DialogTurnStatus.complete };
  }
}
