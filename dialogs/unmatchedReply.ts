/**
 * The reply to a message no answer, act or check took, once routing has ruled those out: the help
 * intent's "what I can do", and for anything else what the message is (about their back, about the
 * check, chat, a remark in the conversation so far), never a guessed answer. Apart from mainDialog.ts,
 * which decides when a message comes to this.
 */
import type { Activity } from 'botbuilder';
import type { Responses } from '../src/content/responses';
import { fill } from '../src/content/responses';
import type { AnswerState } from '../src/knowledge/answerState';
import { TOPIC_INTENTS } from '../src/nlu/intents';
import { asksSomething } from '../src/triage/yesNo';
import { labelsFor, withSuggestions } from './replies';
import { holdsPhrase } from './routeReadings';

/** "what can you do?": the topics; "what do you need from me for the check?": how the check goes, not the topic list. */
export function helpReply(responses: Responses, text: string, channel: string): Partial<Activity> {
  if (asksSomething(text) && holdsPhrase(text, responses.aboutCheck.phrases)) {
    return withSuggestions(responses.aboutCheck.text, labelsFor(responses, responses.aboutCheck.suggestions), channel);
  }
  const topics = labelsFor(responses, TOPIC_INTENTS).join(', ');
  return withSuggestions(fill(responses.help.text, { topics }), labelsFor(responses, responses.help.suggestions), channel);
}

/** What is known of the message and the conversation for `unmatchedReply`. */
export interface Unmatched {
  text: string;
  /** The message speaks of the back. */
  back: boolean;
  /** It asks about the bot's own pastimes ("seen the match last night?"). */
  botsPastimes: boolean;
  /** The conversation before it. */
  before: AnswerState | undefined;
  emergency: string;
  channel: string;
}

/** The reply to a message that is none of the bot's topics (see the file comment). */
export function unmatchedReply(responses: Responses, m: Unmatched): Partial<Activity> {
  const { text, back } = m;
  // "I'd rather not take anything" after advice about their back: a remark in that conversation, not an off-topic one.
  const midConversation = !back && !asksSomething(text) && (m.before?.painTold !== undefined || (m.before?.given.length ?? 0) > 0);
  // "how's your week been?": chat asked of the bot, answered lightly, not refused.
  const chat = !back && holdsPhrase(text, responses.smallTalk.phrases);
  // "what do you need from me for the check?": about the check itself, answered as such.
  const aboutCheck = !back && asksSomething(text) && holdsPhrase(text, responses.aboutCheck.phrases);
  // "nothing here is a must" answers a limit or refusal told; any other remark is heard and helped with.
  const mid = holdsPhrase(text, responses.midConversation.limits) ? responses.midConversation : { ...responses.midConversation, text: responses.midConversation.heard };
  // "seen the match last night?": chat about the bot's own pastimes, answered lightly too.
  const pastimes = !back && m.botsPastimes ? { ...responses.smallTalk, text: responses.smallTalk.pastimesText } : undefined;
  const reply = back ? responses.backRelated : aboutCheck ? responses.aboutCheck : chat ? responses.smallTalk : pastimes ?? (midConversation ? mid : responses.fallback);
  return withSuggestions(fill(reply.text, { emergency: m.emergency }), labelsFor(responses, reply.suggestions), m.channel);
}
