/**
 * Shows the user that the bot is working: a typing activity when a message's
 * turn has not replied within `delayMs`, repeated every `periodMs` until the
 * turn sends its first message (or ends). Unlike botbuilder's
 * ShowTypingMiddleware it stops at the first reply, so no typing indicator
 * follows an answer, and it never types to a `deliveryMode: expectReplies`
 * caller, who gets every reply in one HTTP response and would only find a
 * stray typing activity among them.
 */
import { ActivityTypes, DeliveryModes, TurnContext } from 'botbuilder';
import type { Activity, Middleware } from 'botbuilder';

export interface TypingIndicatorOptions {
  /** Wait before the first typing activity; 0 sends it at once. Default 200 ms: fast turns show none. */
  delayMs?: number;
  /** Between typing activities while the turn goes on; default 2500 ms (Web Chat shows one for 5 s). */
  periodMs?: number;
}

export class TypingIndicatorMiddleware implements Middleware {
  private readonly delayMs: number;
  private readonly periodMs: number;

  constructor(options: TypingIndicatorOptions = {}) {
    this.delayMs = Math.max(0, options.delayMs ?? 200);
    this.periodMs = Math.max(100, options.periodMs ?? 2500);
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    if (activity.type !== ActivityTypes.Message || activity.deliveryMode === DeliveryModes.ExpectReplies) {
      await next();
      return;
    }
    let replied = false;
    let timer: NodeJS.Timeout | undefined;
    context.onSendActivities(async (_context, activities, sendNext) => {
      if (activities.some((a) => a.type === ActivityTypes.Message)) {
        replied = true;
        clearTimeout(timer);
      }
      return sendNext();
    });
    const reference = TurnContext.getConversationReference(activity);
    const typing = async (): Promise<void> => {
      if (replied) return;
      try {
        // Straight to the adapter: a typing activity is not a reply (context.responded stays false).
        await context.adapter.sendActivities(context, [TurnContext.applyConversationReference({ type: ActivityTypes.Typing } as Partial<Activity>, reference)]);
      } catch {
        // Typing is a courtesy: a channel that refuses it must not fail the turn.
      }
    };
    const schedule = (ms: number): void => {
      timer = setTimeout(() => {
        void typing().then(() => {
          if (!replied) schedule(this.periodMs);
        });
      }, ms);
      timer.unref();
    };
    if (this.delayMs === 0) {
      await typing();
      schedule(this.periodMs);
    } else {
      schedule(this.delayMs);
    }
    try {
      await next();
    } finally {
      replied = true;
      clearTimeout(timer);
    }
  }
}
