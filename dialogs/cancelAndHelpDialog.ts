import { StatePropertyAccessor } from 'botbuilder';
import { ComponentDialog, DialogContext, DialogTurnResult, DialogTurnStatus } from 'botbuilder-dialogs';
import { isTopicIntent } from '../src/nlu/intents';
import { EscalationDialog, EscalationOptions, EscalationRecord } from './escalationDialog';
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
 * always wins and escalates; "cancel" ends the dialog; "help" explains where
 * the user is; a knowledge question is answered and the pending question is
 * asked again. A message that answers the pending question is never treated
 * as an interruption, so "lifting" or "two days ago" stay answers.
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

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    return (await this.interrupt(innerDc)) ?? super.onContinueDialog(innerDc);
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
    // Ending the check loses the user's answers, so only a confident "cancel" does it.
    if (intent === 'cancel' && understanding.score >= CANCEL_CONFIDENCE) {
      await this.onStopped(innerDc);
      await innerDc.context.sendActivity(this.services.responses.cancelled);
      return innerDc.cancelAllDialogs();
    }
    if (intent === 'help') {
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
