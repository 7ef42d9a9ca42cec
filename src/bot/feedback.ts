/**
 * Thumbs up/down on answers, per channel:
 *   Teams       channelData.feedbackLoopEnabled on the answer; Teams shows its own
 *               buttons and comment form and sends an `invoke` `message/submitAction`
 *               with value {actionName: 'feedback', actionValue: {reaction, feedback}}.
 *   Web Chat    (webchat, and the embedded Direct Line) a schema.org Message entity
 *               with LikeAction/DislikeAction in potentialAction: Web Chat 4.18
 *               shows thumbs under the message and posts an event
 *               `webchat:activity-status/feedback` carrying the clicked action.
 *   elsewhere   a small Adaptive Card with two Action.Submit buttons whose data
 *               is {backReliefFeedback: {reaction, answerId}}.
 */
import type { Activity, Attachment } from 'botbuilder';
import { CardFactory } from 'botbuilder';
import type { Reaction } from '../review/types';
import { REVIEW_CONTENT_PATH } from '../review/masking';
import { adaptiveCardVersionFor, isTeams } from '../teams/channelAware';
import { isObject } from '../util/isObject';
import { readYamlFile } from '../util/yamlFile';

export const WEBCHAT_FEEDBACK_EVENT = 'webchat:activity-status/feedback';
export const TEAMS_SUBMIT_ACTION = 'message/submitAction';
const SCHEMA_MESSAGE = 'https://schema.org/Message';
/** `@id` of the Web Chat vote actions: the reaction and the answer id, so the event alone says what was rated. */
const ACTION_ID = /^urn:back-relief:(like|dislike):(.+)$/;

export interface FeedbackWording {
  prompt: string;
  like: string;
  dislike: string;
  thanks: string;
  askComment: string;
  noComment: string;
  commentThanks: string;
}

export function loadFeedbackWording(path = REVIEW_CONTENT_PATH): FeedbackWording {
  const data = readYamlFile(path);
  const feedback = isObject(data) && isObject(data.feedback) ? data.feedback : undefined;
  if (!feedback) throw new Error(`${path}: field "feedback" must be a mapping`);
  const fields: Array<keyof FeedbackWording> = ['prompt', 'like', 'dislike', 'thanks', 'askComment', 'noComment', 'commentThanks'];
  for (const f of fields) {
    if (typeof feedback[f] !== 'string' || !(feedback[f] as string).trim()) throw new Error(`${path}: field "feedback.${f}" must be a non-empty string`);
  }
  return Object.fromEntries(fields.map((f) => [f, (feedback[f] as string).trim()])) as unknown as FeedbackWording;
}

/** A rating as it arrived, from any channel. */
export interface FeedbackSignal {
  reaction: Reaction;
  /** Known when the channel carries it (Web Chat, the card); Teams names the rated message by replyToId. */
  answerId?: string;
  replyToId?: string;
  comment?: string;
  source: 'teams' | 'webchat' | 'card';
}

function reactionOf(value: unknown): Reaction | undefined {
  return value === 'like' || value === 'dislike' ? value : undefined;
}

/** Teams' feedback invoke; `feedback` is a JSON string {"feedbackText": ...} (the Agents Playground sends the bare text). */
export function teamsFeedback(activity: Partial<Activity>): FeedbackSignal | undefined {
  if (activity.type !== 'invoke' || activity.name !== TEAMS_SUBMIT_ACTION || !isObject(activity.value)) return undefined;
  if (activity.value.actionName !== 'feedback' || !isObject(activity.value.actionValue)) return undefined;
  const reaction = reactionOf(activity.value.actionValue.reaction);
  if (!reaction) return undefined;
  const raw = activity.value.actionValue.feedback;
  let comment: string | undefined;
  if (typeof raw === 'string' && raw.trim()) {
    try {
      const parsed: unknown = JSON.parse(raw);
      comment = isObject(parsed) ? (typeof parsed.feedbackText === 'string' ? parsed.feedbackText : undefined) : raw;
    } catch {
      comment = raw;
    }
  } else if (isObject(raw) && typeof raw.feedbackText === 'string') {
    comment = raw.feedbackText;
  }
  return { reaction, replyToId: activity.replyToId, comment: comment?.trim() || undefined, source: 'teams' };
}

/** Web Chat's event for a click on a thumb. */
export function webChatFeedback(activity: Partial<Activity>): FeedbackSignal | undefined {
  if (activity.type !== 'event' || activity.name !== WEBCHAT_FEEDBACK_EVENT) return undefined;
  for (const entity of activity.entities ?? []) {
    const id = (entity as Record<string, unknown>)['@id'];
    const m = typeof id === 'string' ? ACTION_ID.exec(id) : null;
    if (m) return { reaction: m[1] as Reaction, answerId: decodeURIComponent(m[2]!), source: 'webchat' };
  }
  return undefined;
}

/** A click on the feedback card's buttons (Action.Submit: a message with a value and no text). */
export function cardFeedback(activity: Partial<Activity>): FeedbackSignal | undefined {
  if (activity.type !== 'message' || !isObject(activity.value) || !isObject(activity.value.backReliefFeedback)) return undefined;
  const { reaction, answerId } = activity.value.backReliefFeedback;
  const r = reactionOf(reaction);
  if (!r || typeof answerId !== 'string' || !answerId || answerId.length > 200) return undefined;
  return { reaction: r, answerId, source: 'card' };
}

/** Web Chat shows thumbs for these channels (Azure's Web Chat channel and the embedded Direct Line). */
export function isWebChat(channelId: string | undefined): boolean {
  return channelId === 'webchat' || channelId === 'directline';
}

/** Adds the channel's feedback UI to an answer (mutates it). */
export function addFeedbackControls(activity: Partial<Activity>, answerId: string, channelId: string | undefined, wording: FeedbackWording): void {
  if (isTeams(channelId)) {
    activity.channelData = { ...(activity.channelData as object | undefined), feedbackLoopEnabled: true };
  } else if (isWebChat(channelId)) {
    const votes = (['like', 'dislike'] as const).map((reaction) => ({
      '@type': reaction === 'like' ? 'LikeAction' : 'DislikeAction',
      '@id': `urn:back-relief:${reaction}:${encodeURIComponent(answerId)}`,
    }));
    const entities = [...(activity.entities ?? [])];
    // Web Chat reads one Message entity (the one with @id ''); join it if the answer already has one (citations).
    const index = entities.findIndex((e) => e.type === SCHEMA_MESSAGE && (e as Record<string, unknown>)['@id'] === '');
    if (index >= 0) {
      const existing = entities[index] as Record<string, unknown>;
      const actions = Array.isArray(existing.potentialAction) ? existing.potentialAction : [];
      entities[index] = { ...existing, type: SCHEMA_MESSAGE, potentialAction: [...actions, ...votes] };
    } else {
      entities.push({ type: SCHEMA_MESSAGE, '@context': 'https://schema.org', '@id': '', '@type': 'Message', potentialAction: votes });
    }
    activity.entities = entities;
  } else {
    activity.attachments = [...(activity.attachments ?? []), feedbackCard(answerId, channelId, wording)];
  }
}

function feedbackCard(answerId: string, channelId: string | undefined, wording: FeedbackWording): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: adaptiveCardVersionFor(channelId),
    body: [{ type: 'TextBlock', text: wording.prompt, wrap: true, size: 'Small', isSubtle: true }],
    actions: (['like', 'dislike'] as const).map((reaction) => ({
      type: 'Action.Submit',
      title: wording[reaction],
      data: { backReliefFeedback: { reaction, answerId } },
    })),
  });
}
