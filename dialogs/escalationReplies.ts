import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { fill } from '../src/content/responses';
import { EscalationRecord, escalationReminder } from './escalationDialog';
import { capitalise } from './replies';
import type { DialogServices } from './services';

/**
 * A reply said already since the escalation (the same held question answer, the same push-back reply,
 * the same need asked again): the instruction once more in one short line, in a wording not used yet
 * (acts.yaml afterEscalation.sayAgain), instead of the same text word for word.
 */
export function notTwice(services: DialogServices, record: EscalationRecord, reply: string, locale: string | undefined): string {
  const said = record.replies ?? [];
  if (!said.includes(reply)) return reply;
  const instruction = escalationReminder(services, record, locale);
  const lines = services.acts.afterEscalation.sayAgain[record.level].map((l) => fill(l, { instruction, Instruction: capitalise(instruction) }));
  return lines.find((l) => !said.includes(l)) ?? lines[said.length % lines.length]!;
}

/** Keeps a reply said after the escalation, read from state again (`agreed` may have changed the record this turn). */
export async function keepReply(context: TurnContext, escalation: StatePropertyAccessor<EscalationRecord | undefined>, reply: string): Promise<void> {
  const record = await escalation.get(context);
  if (record) await escalation.set(context, { ...record, replies: [...(record.replies ?? []), reply] });
}
