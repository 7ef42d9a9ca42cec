import { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { fill } from '../src/content/responses';
import type { TopicIntent } from '../src/nlu/intents';
import { EscalationRecord, escalationReminder } from './escalationDialog';
import { knowledgeAnswerText, labelsFor, withSuggestions } from './replies';
import type { DialogServices } from './services';
import { rateable } from './turnEvents';

/**
 * Answers a knowledge question. After an escalation the answer starts with a
 * reminder of what to do, so the bot never goes back to routine self-care
 * advice as if nothing had happened.
 */
export async function sendTopicAnswer(
  context: TurnContext,
  services: DialogServices,
  escalation: StatePropertyAccessor<EscalationRecord | undefined>,
  intent: TopicIntent,
): Promise<void> {
  const entry = services.knowledge.forIntent(intent);
  const record = await escalation.get(context);
  const preface = record
    ? fill(services.responses.answer.reminderAfterEscalation, {
        why: record.why,
        instruction: escalationReminder(services, record, context.activity.locale),
      })
    : undefined;
  const text = knowledgeAnswerText(services.responses, entry, preface);
  await context.sendActivity(rateable(withSuggestions(text, labelsFor(services.responses, entry.followUps), context.activity.channelId), entry.id));
}
