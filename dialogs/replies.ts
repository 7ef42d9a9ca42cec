import { ActionTypes, Activity, CardAction, CardFactory, MessageFactory, SuggestedActions } from 'botbuilder';
import type { KnowledgeEntry } from '../src/knowledge/knowledgeBase';
import type { Responses } from '../src/content/responses';
import type { Intent } from '../src/nlu/intents';
import { adaptiveCardVersionFor, isTeams, limitSuggestedActions, submitActionData } from '../src/teams/channelAware';
import { vocabulary } from '../src/triage/vocabulary';
import { prepare } from '../src/triage/text';

/** Button labels for intents, from responses.yaml. */
export function labelsFor(responses: Responses, intents: readonly Intent[]): string[] {
  return intents.map((i) => responses.labels[i]).filter((l): l is string => Boolean(l));
}

function imBack(label: string): CardAction {
  return { type: ActionTypes.ImBack, title: label, value: label };
}

/** A text message with quick replies, capped for the channel (Teams shows at most 3). */
export function withSuggestions(text: string, labels: readonly string[], channelId: string): Partial<Activity> {
  const message = MessageFactory.text(text);
  const suggestedActions = quickReplies(labels, channelId);
  if (suggestedActions) message.suggestedActions = suggestedActions;
  return message;
}

/** Quick replies for the labels, capped for the channel; undefined when there are none. */
export function quickReplies(labels: readonly string[], channelId: string): SuggestedActions | undefined {
  const actions = limitSuggestedActions(labels.map(imBack), channelId);
  return actions.length ? { actions, to: [] } : undefined;
}

/**
 * A question with fixed answers. Teams shows suggested actions only in
 * personal chats, so there the choices are card buttons; elsewhere they are
 * quick replies.
 */
export function promptWithChoices(text: string, choices: readonly string[], channelId: string): Partial<Activity> {
  if (isTeams(channelId) && choices.length > 0) {
    return MessageFactory.attachment(CardFactory.heroCard('', text, undefined, choices.map(imBack)));
  }
  return withSuggestions(text, choices, channelId);
}

export function bulletList(items: readonly string[]): string {
  return items.map((i) => `- ${i}`).join('\n');
}

/** A safety question's signs in plain words ("In plain words: ..."), for someone not sure what it asks. */
export function signsDescribed(responses: Responses, describe: string): string {
  // The descriptions open "For example: ..." for the question they follow; after the intro's own colon that lead is dropped.
  const plain = describe.replace(/^for example:\s*/i, '');
  return `${responses.triage.screenWords.describeIntro} ${plain}`;
}

export function sourcesLine(responses: Responses, sources: KnowledgeEntry['sources']): string {
  const list = sources.map((s) => (s.url ? `${s.title} (${s.url})` : s.title)).join('; ');
  return `${responses.answer.sourcesHeading}: ${list}`;
}

/** The welcome card: topic buttons as Action.Submit, within the channel's Adaptive Card version. */
export function welcomeCard(title: string, labels: readonly string[], channelId: string): Partial<Activity> {
  const card = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: adaptiveCardVersionFor(channelId),
    body: [{ type: 'TextBlock', text: title, weight: 'Bolder', wrap: true }],
    actions: labels.map((label) => ({ type: 'Action.Submit', title: label, data: submitActionData(label) })),
  };
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

/** The text with its first letter in capitals: a reminder or instruction that opens a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The thanks reply; when the bot was called a doctor or nurse ("thank you doctor"), the one that says what it is. */
export function thanksReply(responses: Responses, text: string): string {
  return vocabulary().control.calledClinician.test(prepare(text)) ? responses.thanksNotClinician : responses.thanks;
}
