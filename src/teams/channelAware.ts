/**
 * Channel-specific adjustments the bot applies before replying, mainly for Microsoft Teams.
 *
 * Pure: no botbuilder (the activity types here are structural, so these helpers work
 * with botbuilder's Activity and with the Microsoft 365 Agents SDK's alike) and
 * nothing from dialogs/.
 */

import { escapeRegExp } from '../util/escapeRegExp';

export const TEAMS_CHANNEL_ID = 'msteams';

/** Teams shows only the first three suggested actions of a message. */
export const TEAMS_MAX_SUGGESTED_ACTIONS = 3;

export type AdaptiveCardVersion = '1.2' | '1.3' | '1.4' | '1.5' | '1.6';

/**
 * Highest Adaptive Card schema version each channel renders.
 * - msteams: Teams desktop, web and mobile render 1.5.
 * - webchat / directline: botframework-webchat 4.18 ships adaptivecards 3.0.6
 *   (1.6), kept at 1.5 so that one card works everywhere we ship.
 * - emulator and anything unknown: 1.3, the safe common ground.
 */
const ADAPTIVE_CARD_VERSION_BY_CHANNEL: Readonly<Record<string, AdaptiveCardVersion>> = {
  msteams: '1.5',
  webchat: '1.5',
  directline: '1.5',
  emulator: '1.3',
};
export const DEFAULT_ADAPTIVE_CARD_VERSION: AdaptiveCardVersion = '1.3';

export function isTeams(channelId: string | undefined | null): boolean {
  return (channelId ?? '').toLowerCase() === TEAMS_CHANNEL_ID;
}

/** The Adaptive Card version to put in cards sent on this channel. */
export function adaptiveCardVersionFor(channelId: string | undefined | null): AdaptiveCardVersion {
  return ADAPTIVE_CARD_VERSION_BY_CHANNEL[(channelId ?? '').toLowerCase()] ?? DEFAULT_ADAPTIVE_CARD_VERSION;
}

function versionNumber(v: string): number {
  const [major, minor] = v.split('.').map((n) => Number.parseInt(n, 10));
  return (major ?? 0) * 1000 + (minor ?? 0);
}

/**
 * Returns a copy of an Adaptive Card whose `version` is at most what the channel
 * renders. It only lowers the declared version: build cards from elements that
 * exist in adaptiveCardVersionFor(channelId).
 */
export function capAdaptiveCardVersion<T extends object>(card: T, channelId: string | undefined | null): T & { version: string } {
  const cap = adaptiveCardVersionFor(channelId);
  const version = (card as { version?: unknown }).version;
  if (typeof version === 'string' && versionNumber(version) <= versionNumber(cap)) return { ...card, version };
  return { ...card, version: cap };
}

/** Teams shows at most three suggested actions; other channels get them all. */
export function limitSuggestedActions<T>(actions: readonly T[] | undefined | null, channelId: string | undefined | null): T[] {
  const list = [...(actions ?? [])];
  return isTeams(channelId) ? list.slice(0, TEAMS_MAX_SUGGESTED_ACTIONS) : list;
}

// ---------------------------------------------------------------------------
// Mentions

interface ChannelAccountLike {
  id?: string;
  name?: string;
}

interface EntityLike {
  type?: string;
  [key: string]: unknown;
}

/** The parts of an incoming activity these helpers read. */
export interface IncomingActivityLike {
  text?: string;
  channelId?: string;
  recipient?: ChannelAccountLike;
  entities?: EntityLike[];
  value?: unknown;
  conversation?: { conversationType?: string; isGroup?: boolean };
}

/**
 * The message text with every @mention of the bot removed, trimmed and with
 * runs of whitespace collapsed to one space. Does not change the activity.
 *
 * In channels and group chats Teams only sends the bot messages that @mention it,
 * and the text then holds `<at>Back Relief</at> ice or heat?` with a matching
 * `mention` entity. Like botbuilder's TurnContext.removeRecipientMention, the
 * mention entities for the recipient say what to strip; in addition this removes
 * every occurrence (not just the first) and, on Teams, an `<at>` tag holding the
 * bot's name even when the entity is missing. Mentions of other people stay.
 */
export function removeMentionText(activity: IncomingActivityLike): string {
  let text = activity.text ?? '';
  const botId = activity.recipient?.id;
  const botName = activity.recipient?.name?.trim();

  for (const entity of activity.entities ?? []) {
    if (entity.type !== 'mention') continue;
    const mentioned = entity.mentioned as ChannelAccountLike | undefined;
    const mentionText = typeof entity.text === 'string' ? entity.text : '';
    if (!mentionText || !botId || mentioned?.id !== botId) continue;
    text = text.split(mentionText).join(' ');
  }
  if (isTeams(activity.channelId) && botName) {
    text = text.replace(new RegExp(`<at>\\s*${escapeRegExp(botName)}\\s*</at>`, 'gi'), ' ');
  }
  return text.replace(/&nbsp;/gi, ' ').replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------
// Card buttons

/**
 * Data for an Adaptive Card Action.Submit button that sends `text` as if the
 * person had typed it, on every channel we support:
 * - Teams turns `msteams.messageBack` into a message whose text is `text`
 *   (and shows `displayText` in the chat);
 * - Web Chat, the Emulator and the Agents Playground send the data as
 *   `activity.value` with no text, so `text` is repeated at the top level.
 * Read it back with submittedText(activity).
 */
export function submitActionData(text: string, displayText: string = text, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...extra, text, msteams: { type: 'messageBack', text, displayText } };
}

/**
 * The text of a message, whether typed or sent by a card button:
 * activity.text (mentions removed) first, then, for a card submit, value.text,
 * value.msteams.text (messageBack) or value.msteams.value (imBack).
 * Returns '' when there is none (e.g. a submit of form inputs only).
 */
export function submittedText(activity: IncomingActivityLike): string {
  const typed = removeMentionText(activity);
  if (typed) return typed;
  const value = activity.value;
  if (typeof value !== 'object' || value === null) return '';
  const v = value as Record<string, unknown>;
  const msteams = (typeof v.msteams === 'object' && v.msteams !== null ? v.msteams : {}) as Record<string, unknown>;
  for (const candidate of [v.text, msteams.text, msteams.value]) {
    if (typeof candidate === 'string' && candidate.trim()) return candidate.replace(/\s+/g, ' ').trim();
  }
  return '';
}

// ---------------------------------------------------------------------------
// Where the conversation happens

export type ConversationScope = 'personal' | 'groupChat' | 'channel';

/**
 * personal (one-to-one with the bot), groupChat or channel. Teams sets
 * conversation.conversationType; other channels are treated as personal unless
 * conversation.isGroup is true.
 */
export function conversationScope(activity: IncomingActivityLike): ConversationScope {
  const type = activity.conversation?.conversationType?.toLowerCase();
  if (type === 'channel') return 'channel';
  if (type === 'groupchat') return 'groupChat';
  if (type === 'personal') return 'personal';
  return activity.conversation?.isGroup ? 'groupChat' : 'personal';
}

/**
 * False in Teams channels and group chats, where everyone in the conversation
 * sees the bot's replies: the bot should then avoid asking about symptoms there
 * and offer to continue in a one-to-one chat.
 */
export function isPrivateConversation(activity: IncomingActivityLike): boolean {
  return conversationScope(activity) === 'personal';
}
