/**
 * The bot layer of the review loop. Around each turn it
 *   - adds the channel's thumbs up/down to replies the dialogs marked as
 *     answers (dialogs/turnEvents.ts `rateable`) and remembers which message
 *     carried which answer, so Teams' feedback (which names only the message)
 *     finds its answer;
 *   - records ratings (Teams invoke, Web Chat event, card click) and, after a
 *     thumbs-down outside Teams, takes the next message as an optional comment;
 *   - at the end of the turn records, in the review store, a message the bot
 *     could not place (masked) and a text-free turn event (intent, answers,
 *     escalation, symptom-check steps, disambiguations), and counts them in
 *     /metrics.
 * Store writes never fail or slow a turn: they run in the background (in
 * order) and a failure is logged. With REVIEW_ENABLED=false there is no store:
 * ratings are still counted in /metrics, nothing else is kept.
 */
import { MessageFactory, type ConversationState, type InvokeResponse, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { answerIdOf, turnNotes } from '../../dialogs/turnEvents';
import { getUnderstanding } from '../../dialogs/turnUnderstanding';
import type { Logger } from '../observability/logger';
import type { BotMetrics } from '../observability/metrics';
import type { PersonalDataMasker } from '../review/masking';
import type { ReviewItem, ReviewStore, TurnEvent, UnplacedReason } from '../review/types';
import type { Pseudonymizer } from '../review/userHash';
import { quickReplies } from '../../dialogs/replies';
import { addFeedbackControls, cardFeedback, teamsFeedback, webChatFeedback, type FeedbackSignal, type FeedbackWording } from './feedback';
import { getTurnOutcome } from './turnPipeline';

/** Answers sent recently in a conversation, newest last. */
interface SentAnswer {
  answerId: string;
  activityId?: string;
}

/** After a thumbs-down outside Teams: the next message may be a comment on this answer. */
interface PendingComment {
  answerId: string;
}

interface TurnRecord {
  dialogActiveAtStart: boolean;
  sent: SentAnswer[];
  escalation?: 'emergency' | 'urgent';
  /** The message was taken as a feedback comment or a rating: not an unplaced question. */
  feedbackTurn: boolean;
}

export interface ReviewRecorderOptions {
  /** Undefined when the review loop is off. */
  store?: ReviewStore;
  masker: PersonalDataMasker;
  pseudonymizer: Pseudonymizer;
  wording: FeedbackWording;
  metrics?: Pick<BotMetrics, 'recordAnswer' | 'recordFeedback' | 'recordCheckStep' | 'recordDisambiguation'>;
  logger?: Pick<Logger, 'warn'>;
  /** A recognised intent below this score is kept as low confidence. */
  lowConfidence: number;
}

const RECENT_ANSWERS = 10;
const TURN = Symbol('reviewTurn');

export class ReviewRecorder {
  private readonly recent: StatePropertyAccessor<SentAnswer[]>;
  private readonly pending: StatePropertyAccessor<PendingComment | undefined>;
  private readonly writes = new Set<Promise<void>>();

  constructor(
    conversationState: ConversationState,
    private readonly options: ReviewRecorderOptions,
  ) {
    this.recent = conversationState.createProperty<SentAnswer[]>('reviewAnswers');
    this.pending = conversationState.createProperty<PendingComment | undefined>('reviewPendingComment');
  }

  /** Call first in the turn: watches what the bot sends. */
  startTurn(context: TurnContext, dialogActive: boolean): void {
    const record: TurnRecord = { dialogActiveAtStart: dialogActive, sent: [], feedbackTurn: false };
    context.turnState.set(TURN, record);
    context.onSendActivities(async (ctx, activities, next) => {
      const answers = activities.map((a) => {
        const answerId = a.type === 'message' ? answerIdOf(a) : undefined;
        if (answerId) addFeedbackControls(a, answerId, ctx.activity.channelId, this.options.wording);
        if (a.type === 'event' && a.name === 'handoff.initiate') {
          const level = (a.value as { level?: unknown } | undefined)?.level;
          if (level === 'emergency' || level === 'urgent') record.escalation = level;
        }
        return answerId;
      });
      const responses = await next();
      answers.forEach((answerId, i) => {
        if (answerId) record.sent.push({ answerId, activityId: responses?.[i]?.id || undefined });
      });
      return responses;
    });
  }

  /** A Teams feedback invoke: recorded, answered 200. Undefined when the invoke is something else. */
  async onInvoke(context: TurnContext): Promise<InvokeResponse | undefined> {
    const signal = teamsFeedback(context.activity);
    if (!signal) return undefined;
    await this.rate(context, signal);
    return { status: 200, body: {} };
  }

  /** Web Chat's thumb event; true when it was one. */
  async onEvent(context: TurnContext): Promise<boolean> {
    const signal = webChatFeedback(context.activity);
    if (!signal) return false;
    await this.rate(context, signal);
    return true;
  }

  /**
   * A click on the feedback card, or the comment after a thumbs-down. True
   * when the message was handled here; false lets the bot route it as usual
   * (a red flag always is, and a comment that is also a question is answered).
   */
  async onMessage(context: TurnContext): Promise<boolean> {
    const card = cardFeedback(context.activity);
    if (card) {
      await this.rate(context, card);
      return true;
    }
    const pending = await this.pending.get(context);
    if (!pending) return false;
    await this.pending.delete(context);
    const understanding = getUnderstanding(context);
    if (!understanding || understanding.redFlag || this.turn(context)?.dialogActiveAtStart) return false;
    const record = this.turn(context);
    if (record) record.feedbackTurn = true;
    const { wording } = this.options;
    if (understanding.text.trim().toLowerCase() === wording.noComment.toLowerCase()) {
      await context.sendActivity(wording.thanks);
      return true;
    }
    this.keep({ kind: 'comment', userHash: this.userHash(context), answerId: pending.answerId, comment: this.options.masker.mask(understanding.text) });
    if (understanding.intent !== 'none') return false;
    await context.sendActivity(wording.commentThanks);
    return true;
  }

  /** Call at the end of the turn, before state is saved. */
  async endTurn(context: TurnContext): Promise<void> {
    const record = this.turn(context);
    if (!record || getTurnOutcome(context) === 'deleted') return;
    const { metrics } = this.options;
    if (record.sent.length) {
      const recent = await this.recent.get(context, []);
      await this.recent.set(context, [...recent, ...record.sent].slice(-RECENT_ANSWERS));
      for (const s of record.sent) metrics?.recordAnswer(s.answerId);
    }
    const notes = turnNotes(context);
    const checkRunning = record.dialogActiveAtStart || notes.check.includes('started');
    const check = [...notes.check];
    if (record.escalation && checkRunning && !check.includes('finished')) check.push('escalated');
    for (const step of check) metrics?.recordCheckStep(step);
    for (const d of notes.disambiguation) metrics?.recordDisambiguation(d.outcome);
    if (context.activity.type !== 'message' || !this.options.store) return;

    const userHash = this.userHash(context);
    const understanding = getUnderstanding(context);
    const event: TurnEvent = {
      kind: 'turn',
      userHash,
      conversation: this.options.pseudonymizer.conversation(context.activity.channelId, context.activity.conversation?.id),
      ...(understanding ? { intent: understanding.intent } : {}),
      ...(record.sent.length ? { answers: record.sent.map((s) => s.answerId) } : {}),
      ...(record.escalation ? { escalation: record.escalation } : {}),
      ...(notes.check.length ? { check: notes.check } : {}),
      ...(notes.disambiguation.length ? { disambiguation: notes.disambiguation.map((d) => d.outcome) } : {}),
    };
    this.keep(event);

    const { masker } = this.options;
    for (const d of notes.disambiguation) {
      if (d.outcome === 'declined' && d.question) {
        this.keep({ kind: 'unplaced', userHash, text: masker.mask(d.question), intent: 'none', score: 0, reason: 'declined_disambiguation' });
      }
    }
    // A turn that offered, took or declined a disambiguation is about that question, kept above when declined.
    const reason = notes.disambiguation.length ? undefined : this.unplacedReason(context, record);
    if (understanding && reason) {
      this.keep({ kind: 'unplaced', userHash, text: masker.mask(understanding.text), intent: understanding.intent, score: round(understanding.score), reason });
    }
  }

  /** "Delete my data": removes this user's review items (after any write still on its way). */
  async deleteUser(context: TurnContext): Promise<number> {
    if (!this.options.store) return 0;
    await this.flush();
    return this.options.store.deleteUser(this.userHash(context));
  }

  /** Resolves once every write started so far has finished. */
  async flush(): Promise<void> {
    while (this.writes.size) await Promise.all([...this.writes]);
  }

  private unplacedReason(context: TurnContext, record: TurnRecord): UnplacedReason | undefined {
    const u = getUnderstanding(context);
    // Inside the symptom check a message is an answer to its question, not a question for the bot.
    if (!u || u.redFlag || record.dialogActiveAtStart || record.feedbackTurn) return undefined;
    if (u.intent === 'none') return 'none';
    return u.score < this.options.lowConfidence ? 'low_confidence' : undefined;
  }

  private async rate(context: TurnContext, signal: FeedbackSignal): Promise<void> {
    const record = this.turn(context);
    if (record) record.feedbackTurn = true;
    const answerId = signal.answerId ?? (await this.answerFor(context, signal.replyToId));
    if (!answerId) return;
    this.options.metrics?.recordFeedback(answerId, signal.reaction);
    const { store, masker, wording } = this.options;
    if (store) {
      this.keep({
        kind: 'feedback',
        userHash: this.userHash(context),
        answerId,
        reaction: signal.reaction,
        ...(signal.comment ? { comment: masker.mask(signal.comment) } : {}),
      });
    }
    // Teams says thank you and asks for the comment itself.
    if (signal.source === 'teams') return;
    if (signal.reaction === 'dislike' && store) {
      await this.pending.set(context, { answerId });
      const ask = MessageFactory.text(wording.askComment);
      const skip = quickReplies([wording.noComment], context.activity.channelId);
      if (skip) ask.suggestedActions = skip;
      await context.sendActivity(ask);
    } else {
      await context.sendActivity(wording.thanks);
    }
  }

  /** The answer a message id carried; without one (or unknown), the conversation's latest answer. */
  private async answerFor(context: TurnContext, activityId: string | undefined): Promise<string | undefined> {
    const recent = await this.recent.get(context, []);
    const match = activityId ? recent.find((r) => r.activityId === activityId) : undefined;
    return (match ?? recent.at(-1))?.answerId;
  }

  private userHash(context: TurnContext): string {
    return this.options.pseudonymizer.user(context.activity.channelId, context.activity.from?.id);
  }

  private turn(context: TurnContext): TurnRecord | undefined {
    return context.turnState.get(TURN) as TurnRecord | undefined;
  }

  private keep(item: ReviewItem): void {
    const { store, logger } = this.options;
    if (!store) return;
    const write = store.record(item).catch((err: unknown) => logger?.warn({ err, kind: item.kind }, 'review store: could not record an item'));
    this.writes.add(write);
    void write.finally(() => this.writes.delete(write));
  }
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
