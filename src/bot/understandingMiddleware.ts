import { ActivityTypes, Middleware, TurnContext } from 'botbuilder';
import { setUnderstanding } from '../../dialogs/turnUnderstanding';
import type { MessageUnderstander } from '../nlu/messageUnderstander';
import { submittedText } from '../teams/channelAware';

/**
 * Understands each message once, before any dialog runs: its text (typed, with
 * Teams @mentions removed, or sent by a card button), red flags and intent.
 * Messages with no text get no understanding; the bot answers those itself.
 */
export class UnderstandingMiddleware implements Middleware {
  constructor(private readonly understander: MessageUnderstander) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.type === ActivityTypes.Message) {
      const text = submittedText(context.activity);
      if (text) setUnderstanding(context, this.understander.understand(text));
    }
    await next();
  }
}
