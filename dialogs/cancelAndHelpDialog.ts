import { StatePropertyAccessor } from 'botbuilder';
import { ComponentDialog, Dialog, DialogContext, DialogTurnResult, DialogTurnStatus } from './dialogLibrary';
import { fill } from '../src/content/responses';
import { isTopicIntent } from '../src/nlu/intents';
import { ACT_CONFIDENCE, INTERRUPTING_ACTS, actOf, interruptionText } from './actAnswers';
import { EscalationDialog, EscalationOptions, EscalationRecord } from './escalationDialog';
import { savedStack } from './pausedDialog';
import type { DialogServices } from './services';
import { sendTopicAnswer } from './topicAnswer';
import { getUnderstanding } from './turnUnderstanding';

const CANCEL_CONFIDENCE = 0.7;
const QUESTION_WORDS = /\b(what|how|why|when|which|should|can|could|is|are|do|does|will|would|wait|tell me|any)\b/i;

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
  protected async onStopped(_innerDc: DialogContext): Promise<void> {}

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
  private async pause(innerDc: DialogContext, message: string): Promise<DialogTurnResult> {
    await this.onStopped(innerDc);
    const stack = JSON.parse(JSON.stringify(innerDc.stack)) as typeof innerDc.stack;
    await this.services.paused.set(innerDc.context, { dialogId: this.id, stack, at: this.services.now().toISOString() });
    await innerDc.context.sendActivity(message);
    return innerDc.cancelAllDialogs();
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    const understanding = getUnderstanding(innerDc.context);
    if (!understanding) return undefined;
    // `check` is asked by MainDialog's red-flag check before this dialog runs.
    if (understanding.redFlag && understanding.redFlag.level !== 'check') {
      const options: EscalationOptions = { ...understanding.redFlag, level: understanding.redFlag.level };
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(EscalationDialog.ID, options);
    }
    if (this.answersPendingQuestion(innerDc, understanding.text)) return undefined;
    const { intent } = understanding;
    const act = actOf(understanding);
    const actScore = understanding.acts?.score ?? 0;
    // Stopping is a pause ("carry on" resumes it), but still only a confident "stop" does it.
    if (act === 'cancel' && actScore >= CANCEL_CONFIDENCE) return this.pause(innerDc, this.services.responses.cancelled);
    if (act === 'goodbye' && actScore >= CANCEL_CONFIDENCE) {
      const emergency = this.services.numbers.forLocale(innerDc.context.activity.locale).emergencyText;
      return this.pause(innerDc, fill(this.services.acts.interruption.goodbye, { emergency }));
    }
    if (act && INTERRUPTING_ACTS.includes(act) && actScore >= ACT_CONFIDENCE) {
      await innerDc.context.sendActivity(interruptionText(this.services, act, this.remainingQuestions(innerDc)));
    } else if (act) {
      // yes, no, not sure, a correction, better/worse, carry on: a reply to the
      // question, even when it is not one the prompt can read ("I don't know when it started").
      return undefined;
    } else if (intent === 'help') {
      await innerDc.context.sendActivity(this.helpText());
    } else if (isTopicIntent(intent) && looksLikeQuestion(understanding.text)) {
      await sendTopicAnswer(innerDc.context, this.services, this.escalation, intent);
      await innerDc.context.sendActivity(this.services.responses.triage.resume);
    } else {
      return undefined;
    }
    await innerDc.repromptDialog();
    return { status: DialogTurnStatus.waiting };
  }
}
