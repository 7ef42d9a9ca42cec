/**
 * The activities the endpoint stores: a user's as it arrived from the client
 * (checked, its sender fixed to the conversation's user) and the bot's as it
 * goes to the client. Pure: no I/O. The store adds id and timestamp.
 */
import { isObject } from '../../util/isObject';
import { HttpError } from './httpError';
import type { ChannelAccount, ConversationRecord, JsonObject } from './store';
import { withCitationDefinitions } from './citations';

const CLIENT_ACTIVITY_TYPES = new Set(['message', 'typing', 'event', 'endOfConversation']);
/** Bot activities that botbuilder handles itself or that Direct Line drops. */
export const DROPPED_BOT_ACTIVITY_TYPES = new Set(['trace', 'delay', 'invokeResponse']);
const USER_FIELDS = [
  'text', 'textFormat', 'locale', 'localTimestamp', 'localTimezone', 'attachments', 'attachmentLayout',
  'entities', 'channelData', 'value', 'valueType', 'name', 'speak', 'inputHint', 'replyToId', 'summary', 'label',
] as const;

export function parseWatermark(raw: unknown): number {
  if (raw === undefined || raw === '') return 0;
  if (typeof raw === 'string' && /^\d{1,15}$/.test(raw)) return Number(raw);
  throw new HttpError(400, 'BadArgument', 'watermark must be a non-negative integer');
}

export function shortString(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= max ? value : undefined;
}

/** A user's activity from the client, as stored and (with id and timestamp) handed to the bot. */
export function userActivity(conversation: ConversationRecord, bot: ChannelAccount, channelId: string, body: unknown): JsonObject {
  if (!isObject(body)) throw new HttpError(400, 'BadArgument', 'The body must be a JSON activity');
  const type = body.type;
  if (typeof type !== 'string' || type === '') throw new HttpError(400, 'BadArgument', 'The activity has no type');
  if (!CLIENT_ACTIVITY_TYPES.has(type)) {
    throw new HttpError(400, 'BadArgument', `Activities of type "${type.slice(0, 40)}" are not accepted`);
  }
  if (body.text !== undefined && typeof body.text !== 'string') throw new HttpError(400, 'BadArgument', 'text must be a string');
  if (body.channelData !== undefined && !isObject(body.channelData)) {
    throw new HttpError(400, 'BadArgument', 'channelData must be an object');
  }
  for (const field of ['attachments', 'entities'] as const) {
    if (body[field] !== undefined && !Array.isArray(body[field])) {
      throw new HttpError(400, 'BadArgument', `${field} must be an array`);
    }
  }
  const from = isObject(body.from) ? body.from : {};
  const activity: JsonObject = {
    type,
    serviceUrl: conversation.serviceUrl,
    channelId,
    // The user is who the conversation was issued to, whatever the client claims.
    from: { id: conversation.user.id, name: shortString(from.name, 64) ?? conversation.user.name, role: 'user' },
    conversation: { id: conversation.id },
    recipient: { ...bot },
  };
  for (const field of USER_FIELDS) {
    if (body[field] !== undefined) activity[field] = body[field];
  }
  if (activity.locale === undefined && conversation.locale) activity.locale = conversation.locale;
  return activity;
}

/** A bot's activity as stored for the client (the store adds id and timestamp, or keeps them for an update). */
export function botActivity(
  conversation: ConversationRecord,
  bot: ChannelAccount,
  channelId: string,
  body: unknown,
  replyToId?: string,
): JsonObject {
  if (!isObject(body)) throw new HttpError(400, 'BadArgument', 'The body must be a JSON activity');
  if (typeof body.type !== 'string' || body.type === '') throw new HttpError(400, 'BadArgument', 'The activity has no type');
  // Via JSON, as over HTTP: Dates become ISO strings, undefined fields go.
  const activity = JSON.parse(JSON.stringify(body)) as JsonObject;
  for (const field of ['id', 'timestamp', 'serviceUrl', 'rawTimestamp', 'rawLocalTimestamp', 'rawExpiration']) delete activity[field];
  Object.assign(activity, {
    channelId,
    conversation: { id: conversation.id },
    from: { ...bot },
    recipient: { ...conversation.user },
  });
  if (replyToId && activity.replyToId === undefined) activity.replyToId = replyToId;
  return withCitationDefinitions(activity);
}

/** As botbuilder's validateAndFixActivity does for activities that arrive over HTTP: ISO strings become Dates. */
export function forBot(activity: JsonObject): JsonObject {
  const copy = structuredClone(activity);
  if (typeof copy.timestamp === 'string') {
    copy.rawTimestamp = copy.timestamp;
    copy.timestamp = new Date(copy.timestamp);
  }
  if (typeof copy.localTimestamp === 'string') {
    copy.rawLocalTimestamp = copy.localTimestamp;
    const local = new Date(copy.localTimestamp);
    if (Number.isNaN(local.getTime())) delete copy.localTimestamp;
    else copy.localTimestamp = local;
  }
  return copy;
}
