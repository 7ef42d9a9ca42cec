/**
 * Talk beside a pending red-flag check question (dialogs/redFlagCheck.ts): a
 * question asked with an answer, an aside instead of one, a statement of
 * something else while the symptom check runs. Each is answered as usual and
 * the check question asked again, or dropped with the safety net after a few
 * (an emergency one never).
 */
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { DialogContext, DialogTurnResult, DialogTurnStatus } from './dialogLibrary';
import { fill } from '../src/content/responses';
import type { Understanding } from '../src/nlu/messageUnderstander';
import { closingKind } from '../src/triage/checkAsides';
import { asksSomething } from '../src/triage/yesNo';
import { confidentAct } from './actAnswers';
import type { EscalationRecord } from './escalationDialog';
import type { PendingCheck } from './redFlagCheck';
import { promptWithChoices } from './replies';
import type { DialogServices } from './services';
import { answerTurn } from './topicAnswer';
import { reassurance } from './deniedRecord';
import { setUnderstanding } from './turnUnderstanding';
import { aboutPatient } from './aboutPatient';

/** Questions answered while an urgent check question waits: it is asked once more, then dropped with the safety net (asked a third time, it crowds out the answers). */
const MAX_ASIDES = 1;

/** Keeps the check pending and asks its question, with the Yes / No / Not sure buttons. */
export async function askCheck(
  context: TurnContext,
  pending: StatePropertyAccessor<PendingCheck | undefined>,
  services: DialogServices,
  check: PendingCheck,
  question: string,
): Promise<void> {
  await pending.set(context, check);
  // Asked for someone else ("my mum is 70 and..."): of her, not "are you ...", unless the flag was read as the writer's own.
  const said = check.subject === 'self' ? question : await aboutPatient(context, services, question, check.pronoun);
  await context.sendActivity(promptWithChoices(said, services.checkDialogue.buttons, context.activity.channelId));
}

/** What the check shares with its asides: the services, its state, and the route a message takes after it. */
export interface CheckParts {
  services: DialogServices;
  pending: StatePropertyAccessor<PendingCheck | undefined>;
  escalation: StatePropertyAccessor<EscalationRecord | undefined>;
  /** Starts normal routing of the message (MainDialog's route). */
  routeId: string;
}

export class RedFlagCheckAsides {
  constructor(private readonly parts: CheckParts) {}

  /** A question said with an answer while the symptom check runs: a worry gets its reassurance, anything else the answers'. */
  async answerBeside(dc: DialogContext, understanding: Understanding): Promise<void> {
    const { context } = dc;
    if (understanding.worry) {
      const emergency = this.parts.services.numbers.forLocale(context.activity.locale).emergency;
      // Signs already ruled out (this check's "no" among them): named, with only what is left to watch for.
      const calm = await reassurance(context, this.parts.services, emergency);
      await context.sendActivity(calm ?? fill(this.parts.services.checkDialogue.worry, { emergency }));
      return;
    }
    await answerTurn(context, this.parts.services, this.parts.escalation, { ...understanding, redFlag: null }, true);
  }

  /**
   * Answers the aside as any message would be, then asks the check question
   * again; after a few asides the question is dropped with the safety net
   * rather than read as "not sure" (a false alarm is no answer to a question).
   */
  async answerAside(dc: DialogContext, understanding: Understanding, check: PendingCheck): Promise<DialogTurnResult> {
    const { context } = dc;
    const asides = (check.asides ?? 0) + 1;
    // "lovely, thanks, bye for now": a sign-off is answered as one; an urgent question is not pressed after it.
    const leaving = confidentAct(understanding) === 'goodbye' || closingKind(understanding.text) === 'goodbye';
    // "ty" at the end: a close is met as one, with the safety line, not the question pressed again.
    const closes = !leaving && !asksSomething(understanding.text) && closingKind(understanding.text) !== undefined && closingKind(understanding.text) !== 'away';
    // A question asked again under a standing emergency only offers a way to take the alarm back: talk
    // of something else ("the wait is ten hours", "fine, what do I bring?") gets the instruction, not the question again.
    const underAlarm = check.mode === 'recheck' && (await this.parts.escalation.get(context))?.level === 'emergency';
    const keep = !closes && !underAlarm && this.keepsAsking(check, leaving ? Infinity : asides);
    if (keep) await this.parts.pending.set(context, { ...check, asides });
    else await this.parts.pending.delete(context);
    setUnderstanding(context, { ...understanding, redFlag: null, worry: false });
    const result = await dc.beginDialog(this.parts.routeId);
    if (dc.activeDialog) {
      // The message started a dialog (the symptom check, whose screen asks about every flag): its question is the one pending.
      await this.parts.pending.delete(context);
      return result;
    }
    const words = this.parts.services.checkDialogue;
    if (keep) {
      // Of the patient, as when it was first asked ("is she over about 50"), never "are you" after an aside.
      const asked = check.question ?? this.parts.services.redFlags.question(check.flag);
      const own = check.subject === 'self' ? asked : await aboutPatient(context, this.parts.services, asked, check.pronoun);
      const question = fill(this.parts.services.acts.inCheck.askAgain, { question: own });
      await context.sendActivity(promptWithChoices(question, words.buttons, context.activity.channelId));
    } else if (!underAlarm) {
      const emergency = this.parts.services.numbers.forLocale(context.activity.locale).emergency;
      await context.sendActivity(fill(words.text.dropped, { emergency }));
    }
    return { status: DialogTurnStatus.waiting };
  }

  /**
   * A statement of something else while the symptom check runs: the check question
   * is asked again without counting towards "not sure"; an urgent one is dropped with
   * the safety net after a few, an emergency one never.
   */
  async askAgainInDialog(dc: DialogContext, check: PendingCheck): Promise<DialogTurnResult> {
    const { context } = dc;
    const asides = (check.asides ?? 0) + 1;
    const words = this.parts.services.checkDialogue;
    if (this.keepsAsking(check, asides)) {
      await askCheck(context, this.parts.pending, this.parts.services, { ...check, asides }, fill(words.text.retry, { question: check.question ?? this.parts.services.redFlags.question(check.flag) }));
      return { status: DialogTurnStatus.waiting };
    }
    await this.parts.pending.delete(context);
    const emergency = this.parts.services.numbers.forLocale(context.activity.locale).emergency;
    await context.sendActivity(fill(words.text.dropped, { emergency }));
    await dc.repromptDialog();
    return { status: DialogTurnStatus.waiting };
  }

  /** Whether the check question is still asked after this many asides: an emergency one always, never dropped. */
  private keepsAsking(check: PendingCheck, asides: number): boolean {
    return asides <= MAX_ASIDES || this.parts.services.redFlags.level(check.flag) === 'emergency';
  }
}
