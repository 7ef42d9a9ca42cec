/**
 * What runs around every turn, whichever adapter it came through
 * (/api/messages or the embedded Direct Line):
 *
 *   TurnObservabilityMiddleware   metrics, one log line per turn, in-flight
 *                                 count for shutdown, and the user-facing reply
 *                                 when a turn fails (never a stack trace)
 *   ConversationRateLimitMiddleware  per-conversation token bucket
 *   TextLimitMiddleware           cuts over-long text before anything reads it
 *   UnderstandingMiddleware       red flags + intent (src/bot/understandingMiddleware.ts)
 *   lockedTurn(...)               the bot's turn under the conversation's lock
 */
import { createHash } from 'node:crypto';
import type { Activity, Middleware, TurnContext } from 'botbuilder';
import { fill } from '../content/responses';
import { getUnderstanding } from '../../dialogs/turnUnderstanding';
import type { RateLimiter } from '../util/rateLimiter';
import type { InFlight } from '../observability/inFlight';
import type { Logger } from '../observability/logger';
import type { BotMetrics } from '../observability/metrics';
import { StorageUnavailableError } from '../storage/storageErrors';
import { TurnLockTimeoutError, type TurnLock } from '../storage/turnLock';
import type { ServiceMessages } from './serviceMessages';

const TRUNCATED = Symbol('textTruncated');

/** Cuts `text` to at most `max` UTF-16 units without splitting a surrogate pair. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1; // a high surrogate whose pair would be cut off
  return text.slice(0, end);
}

/**
 * Long messages are truncated, not rejected: the bot reads the first
 * `maxChars` characters (MessageUnderstander's own limit). Done on the
 * activity itself, before any middleware or dialog reads it, because the
 * symptom check's prompts parse `activity.text` directly and the date and
 * number recognizers get slow on long input. A card submit's `value.text`
 * is cut the same way.
 */
export class TextLimitMiddleware implements Middleware {
  constructor(private readonly maxChars: number) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    let cut = false;
    if (typeof activity.text === 'string' && activity.text.length > this.maxChars) {
      activity.text = truncateText(activity.text, this.maxChars);
      cut = true;
    }
    const value = activity.value as Record<string, unknown> | undefined;
    if (value && typeof value === 'object' && typeof value.text === 'string' && value.text.length > this.maxChars) {
      activity.value = { ...value, text: truncateText(value.text, this.maxChars) };
      cut = true;
    }
    if (cut) context.turnState.set(TRUNCATED, true);
    await next();
  }
}

export type TurnOutcome = 'ok' | 'rate_limited' | 'storage_unavailable' | 'busy' | 'error' | 'deleted';

const OUTCOME = Symbol('turnOutcome');

export function setTurnOutcome(context: TurnContext, outcome: TurnOutcome): void {
  context.turnState.set(OUTCOME, outcome);
}

export function getTurnOutcome(context: TurnContext): TurnOutcome {
  return (context.turnState.get(OUTCOME) as TurnOutcome | undefined) ?? 'ok';
}

/** `<channel>/conversations/<id>`: the key of the conversation's turn lock and rate-limit bucket. */
export function conversationKey(activity: Pick<Activity, 'channelId' | 'conversation'>): string {
  return `${activity.channelId}/conversations/${activity.conversation?.id}`;
}

/** A short, stable pseudonym for a conversation in logs (the raw id can identify a person on some channels). */
export function conversationRef(activity: Pick<Activity, 'channelId' | 'conversation'>): string {
  return createHash('sha256').update(conversationKey(activity)).digest('hex').slice(0, 16);
}

/** Runs the bot's turn holding the conversation's lock, so that turns of one conversation never interleave. */
export function lockedTurn(lock: TurnLock, run: (context: TurnContext) => Promise<void>): (context: TurnContext) => Promise<void> {
  return (context) => lock.run(conversationKey(context.activity), () => run(context));
}

export interface EmergencyNumberSource {
  forLocale(locale: string | undefined): { emergency: string };
}

export interface TurnObservabilityOptions {
  metrics: BotMetrics;
  logger: Logger;
  messages: ServiceMessages;
  numbers: EmergencyNumberSource;
  inFlight: InFlight;
  /** LOG_MESSAGE_TEXT: add the (truncated, redacted by the logger) message text to the turn log line. */
  logMessageText?: boolean;
}

/** The error, or something in its cause chain, is of this type. */
function causedBy<T extends Error>(err: unknown, type: new (...args: never[]) => T): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth += 1) {
    if (e instanceof type) return true;
  }
  return false;
}

export class TurnObservabilityMiddleware implements Middleware {
  constructor(private readonly options: TurnObservabilityOptions) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { metrics, logger, inFlight } = this.options;
    const activity = context.activity;
    const leave = inFlight.enter();
    const channel = String(activity.channelId ?? 'unknown');
    const stopTimer = metrics.startTurn(channel);
    const started = process.hrtime.bigint();
    let replies = 0;
    let escalation: string | undefined;
    context.onSendActivities(async (_ctx, activities, sendNext) => {
      for (const a of activities) {
        if (a.type === 'message') replies += 1;
        if (a.type === 'event' && a.name === 'handoff.initiate') {
          const level = (a.value as { level?: unknown } | undefined)?.level;
          if (level === 'emergency' || level === 'urgent') {
            metrics.recordEscalation(level);
            escalation = level;
          }
        }
      }
      return sendNext();
    });

    let failure: unknown;
    try {
      await next();
    } catch (err) {
      failure = err;
      await this.fail(context, err);
    } finally {
      stopTimer();
      leave();
    }

    const understanding = getUnderstanding(context);
    if (understanding) metrics.recordIntent(understanding.intent);
    const line = {
      conversation: conversationRef(activity),
      channel,
      activityType: activity.type,
      intent: understanding?.intent,
      score: understanding ? Math.round(understanding.score * 1000) / 1000 : undefined,
      redFlag: understanding?.redFlag?.level,
      escalation,
      outcome: getTurnOutcome(context),
      replies,
      ...(context.turnState.get(TRUNCATED) ? { truncated: true } : {}),
      durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
      ...(this.options.logMessageText && understanding ? { text: understanding.text } : {}),
    };
    if (failure === undefined) logger.info(line, 'turn');
    else if (causedBy(failure, StorageUnavailableError) || causedBy(failure, TurnLockTimeoutError)) {
      logger.warn({ ...line, reason: failure instanceof Error ? failure.message : String(failure) }, 'turn not completed');
    } else logger.error({ ...line, err: failure }, 'turn failed');
  }

  /** Counts the failure and tells the user what to do, in the bot's own words. */
  private async fail(context: TurnContext, err: unknown): Promise<void> {
    const { metrics, messages, numbers } = this.options;
    let kind: string;
    let outcome: TurnOutcome;
    let template: string;
    if (causedBy(err, StorageUnavailableError)) {
      [kind, outcome, template] = ['storage_unavailable', 'storage_unavailable', messages.unavailable];
    } else if (causedBy(err, TurnLockTimeoutError)) {
      [kind, outcome, template] = ['lock_timeout', 'busy', messages.busy];
    } else {
      [kind, outcome, template] = ['turn', 'error', messages.error];
    }
    metrics.recordError(kind);
    setTurnOutcome(context, outcome);
    // forLocale never throws: an odd or missing locale gets DEFAULT_LOCALE's numbers.
    const { emergency } = numbers.forLocale(context.activity.locale);
    try {
      await context.sendActivity(fill(template, { emergency }));
    } catch {
      // The channel may be unreachable too; the turn still ends cleanly.
    }
  }
}

export interface ConversationRateLimitOptions {
  limiter: RateLimiter;
  metrics: BotMetrics;
  messages: ServiceMessages;
  /** Conversations told to slow down, remembered so a flood gets one reply, not one per message. Default 10 000. */
  maxTracked?: number;
}

/**
 * Per-conversation token bucket, before any understanding or state: a turn
 * over the limit gets one friendly "slow down" (further ones in the same burst
 * get no reply) and never touches storage.
 */
export class ConversationRateLimitMiddleware implements Middleware {
  private readonly told = new Map<string, true>();
  private readonly maxTracked: number;

  constructor(private readonly options: ConversationRateLimitOptions) {
    this.maxTracked = options.maxTracked ?? 10_000;
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const key = conversationKey(context.activity);
    const decision = this.options.limiter.consume(key);
    if (decision.allowed) {
      this.told.delete(key);
      await next();
      return;
    }
    this.options.metrics.recordError('rate_limited');
    setTurnOutcome(context, 'rate_limited');
    if (this.told.has(key)) return;
    this.told.set(key, true);
    while (this.told.size > this.maxTracked) this.told.delete(this.told.keys().next().value!);
    await context.sendActivity(this.options.messages.slowDown);
  }
}
