/**
 * The bot's side of the embedded Direct Line, in process: a botbuilder
 * adapter whose replies go straight into the conversation's activity buffer
 * (and so out on its WebSocket stream), instead of botbuilder's
 * ConnectorClient POSTing them back to this same server over loopback HTTP.
 * Turns run through the same middleware and bot as every other channel; real
 * channels (Teams, Emulator, /api/messages) keep CloudAdapter and the Bot
 * Framework path.
 */
import { ActivityTypes, BotAdapter, INVOKE_RESPONSE_KEY, TurnContext } from 'botbuilder';
import type { Activity, ConversationReference, ResourceResponse } from 'botbuilder';
import type { DirectLineBotSide } from './types';

export class DirectLineBotAdapter extends BotAdapter {
  constructor(private readonly channel: Pick<DirectLineBotSide, 'send' | 'update' | 'delete'>) {
    super();
  }

  /** Runs a turn for an activity from the Direct Line client (what `deliverToBot` calls). */
  process(activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    return this.runMiddleware(new TurnContext(this, activity), logic);
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type === 'delay') {
        const ms = typeof activity.value === 'number' ? activity.value : 1000;
        await new Promise((done) => setTimeout(done, Math.min(Math.max(0, ms), 30_000)));
        responses.push({ id: '' });
      } else if (activity.type === ActivityTypes.InvokeResponse) {
        context.turnState.set(INVOKE_RESPONSE_KEY, activity);
        responses.push({ id: '' });
      } else {
        const conversationId = activity.conversation?.id ?? context.activity.conversation.id;
        responses.push(await this.channel.send(conversationId, activity, activity.replyToId));
      }
    }
    return responses;
  }

  async updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<ResourceResponse | void> {
    if (!activity.id) throw new Error('DirectLineBotAdapter.updateActivity: the activity has no id');
    return this.channel.update(activity.conversation?.id ?? context.activity.conversation.id, activity.id, activity);
  }

  async deleteActivity(context: TurnContext, reference: Partial<ConversationReference>): Promise<void> {
    if (!reference.activityId) throw new Error('DirectLineBotAdapter.deleteActivity: no activityId');
    await this.channel.delete(reference.conversation?.id ?? context.activity.conversation.id, reference.activityId);
  }

  /** Proactive messages to a Direct Line conversation, in process. */
  async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'ContinueConversation' }, reference, true);
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }
}
