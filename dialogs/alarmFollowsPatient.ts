import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { fill } from '../src/content/responses';
import type { Understanding } from '../src/nlu/messageUnderstander';
import { notTheWriter } from '../src/safety/checkAnswers';
import { EscalationRecord, escalationReminder } from './escalationDialog';
import type { DialogServices } from './services';
import { factsFor } from '../src/knowledge/factsByPerson';

/**
 * An alarm raised for the writer, then "no, it's my husband, not me" or "the weakness is my wife's,
 * I only have the back pain": the signs are still told, of someone else. The alarm follows that
 * person (the advice said again for them, the record and the replies after it speaking of them);
 * it is never dropped, as a correction that takes a sign back would drop it. A message that raises
 * a flag of its own goes to the screen's reading instead, and an alarm already for someone else stays theirs.
 */
export async function alarmFollowsPatient(
  context: TurnContext,
  services: DialogServices,
  escalation: StatePropertyAccessor<EscalationRecord | undefined>,
  understanding: Understanding,
): Promise<boolean> {
  const record = await escalation.get(context);
  if (!record || record.pronoun || (understanding.redFlag && understanding.redFlag.level !== 'check')) return false;
  const text = understanding.text;
  // Only a person named ("my husband"), not "them": who the advice is for must be plain.
  const pronoun = services.redFlags.personIn(text);
  if ((pronoun !== 'him' && pronoun !== 'her') || !notTheWriter(services.checkDialogue, text)) return false;
  const followed: EscalationRecord = { ...record, pronoun };
  await escalation.set(context, followed);
  await services.person?.writingFor.set(context, { pronoun });
  // The facts told with the signs were theirs too: they follow the person rather than being set aside as the writer's.
  const answers = await services.answerState.get(context);
  if (answers) await services.answerState.set(context, { ...answers, facts: factsFor(answers.facts, 'other', true) });
  const instruction = escalationReminder(services, followed, context.activity.locale);
  await context.sendActivity(fill(services.checkDialogue.text.patientSwitched, { them: pronoun, instruction }));
  return true;
}
