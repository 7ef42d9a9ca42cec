import { ActivityHandler, BotState, ConversationState, TurnContext, UserState } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { MainDialog } from '../../dialogs/mainDialog';
import { labelsFor, welcomeCard, withSuggestions } from '../../dialogs/replies';
import type { DialogServices } from '../../dialogs/services';
import { fill } from '../content/responses';
import { getUnderstanding } from '../../dialogs/turnUnderstanding';

/**
 * The activity handler: welcomes new members, hands each message's text to
 * the main dialog, and saves state at the end of every turn.
 */
export class BackReliefBot extends ActivityHandler {
  private readonly dialogState;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
    private readonly mainDialog: MainDialog,
    private readonly services: DialogServices,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');

    this.onMessage(async (context, next) => {
      const { unreadable } = this.services.responses;
      if (!getUnderstanding(context)) {
        // No text at all: an empty message, a picture, or a card submit with no question in it.
        await context.sendActivity(context.activity.attachments?.length ? unreadable.attachment : unreadable.empty);
      } else {
        await this.mainDialog.run(context, this.dialogState);
      }
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== botId) await this.welcome(context);
      }
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.saveState(context, this.conversationState, this.userState);
  }

  private async saveState(context: TurnContext, ...states: BotState[]): Promise<void> {
    for (const state of states) await state.saveChanges(context, false);
  }

  private async welcome(context: TurnContext): Promise<void> {
    const { responses, numbers } = this.services;
    const channel = context.activity.channelId;
    const emergency = numbers.forLocale(context.activity.locale).emergency;
    const labels = labelsFor(responses, responses.welcome.suggestions);
    await context.sendActivity(withSuggestions(fill(responses.welcome.text, { emergency }), labels, channel));
    await context.sendActivity(welcomeCard(responses.welcome.cardTitle, labels, channel));
  }
}

