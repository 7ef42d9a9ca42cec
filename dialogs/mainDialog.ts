import { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { ComponentDialog, DialogSet, DialogState, DialogTurnStatus, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { fill } from '../src/content/responses';
import { TOPIC_INTENTS } from '../src/nlu/intents';
import { EscalationDialog, EscalationOptions, EscalationRecord, escalationReminder } from './escalationDialog';
import { labelsFor, withSuggestions } from './replies';
import type { DialogServices } from './services';
import { answerTurn } from './topicAnswer';
import { TriageDialog, TriageOptions } from './triageDialog';
import { getUnderstanding } from './turnUnderstanding';

/**
 * Routes each message: a red flag first (escalation), then by intent to a
 * knowledge answer, the symptom check, or a short reply. While the symptom
 * check is running, messages go to it (and its interruption handling) instead.
 */
export class MainDialog extends ComponentDialog {
  static readonly ID = 'main';
  private dialogSet?: DialogSet;

  constructor(
    private readonly services: DialogServices,
    private readonly escalation: StatePropertyAccessor<EscalationRecord | undefined>,
    triage: TriageDialog,
    escalationDialog: EscalationDialog,
  ) {
    super(MainDialog.ID);
    this.addDialog(triage);
    this.addDialog(escalationDialog);
    this.addDialog(new WaterfallDialog('route', [(step) => this.route(step), (step) => step.endDialog()]));
    this.initialDialogId = 'route';
  }

  /** Continues the active dialog, or starts routing; the message was understood by UnderstandingMiddleware. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    // Built once: a DialogSet is per state property, not per turn.
    if (!this.dialogSet) {
      this.dialogSet = new DialogSet(dialogState);
      this.dialogSet.add(this);
    }
    const dc = await this.dialogSet.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  private async route(step: WaterfallStepContext) {
    const understanding = getUnderstanding(step.context);
    if (!understanding) return step.endDialog();
    const { context } = step;
    const { responses } = this.services;
    const channel = context.activity.channelId;
    if (understanding.redFlag) {
      const options: EscalationOptions = understanding.redFlag;
      return step.beginDialog(EscalationDialog.ID, options);
    }
    const { intent } = understanding;
    // Knowledge questions, follow-ups to the last answer, "tell me more", "sources?".
    if (await answerTurn(context, this.services, this.escalation, understanding, this.mentionsBack(understanding.text))) {
      return step.endDialog();
    }
    switch (intent) {
      case 'report_symptoms': {
        const record = await this.escalation.get(context);
        if (record) {
          const instruction = escalationReminder(this.services, record, context.activity.locale);
          await context.sendActivity(fill(responses.escalation.alreadyEscalated, { instruction: capitalise(instruction) }));
          return step.endDialog();
        }
        const options: TriageOptions = { openingText: understanding.text };
        return step.beginDialog(TriageDialog.ID, options);
      }
      case 'greeting':
        await context.sendActivity(withSuggestions(responses.greeting, labelsFor(responses, responses.welcome.suggestions), channel));
        break;
      case 'thanks':
        await context.sendActivity(responses.thanks);
        break;
      case 'goodbye':
        await context.sendActivity(responses.goodbye);
        break;
      case 'cancel':
        // Offer the way forward: "cancel" with nothing running may be a misread request.
        await context.sendActivity(withSuggestions(responses.cancelNothing, labelsFor(responses, responses.welcome.suggestions), channel));
        break;
      case 'help': {
        const topics = labelsFor(responses, TOPIC_INTENTS).join(', ');
        await context.sendActivity(withSuggestions(fill(responses.help.text, { topics }), labelsFor(responses, responses.help.suggestions), channel));
        break;
      }
      default: {
        // `none`: say what the bot can and cannot do, without guessing an answer;
        // if the message is about their back, offer the symptom check instead.
        const reply = this.mentionsBack(understanding.text) ? responses.backRelated : responses.fallback;
        await context.sendActivity(withSuggestions(reply.text, labelsFor(responses, reply.suggestions), channel));
      }
    }
    return step.endDialog();
  }

  private mentionsBack(text: string): boolean {
    const words = new Set(text.toLowerCase().match(/[a-z]+/g) ?? []);
    return this.services.responses.backRelated.keywords.some((k) => words.has(k));
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
