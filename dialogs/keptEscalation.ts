/**
 * An escalation already given, kept by routing: the person's agreement recorded, and the instruction repeated
 * instead of a routine check. Apart from mainDialog.ts so that routing calls one line for each.
 */
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { fill } from '../src/content/responses';
import { escalationReminder, type EscalationRecord } from './escalationDialog';
import { capitalise } from './replies';
import type { DialogServices } from './services';
import { AGREED_NOW } from './topicAnswer';

/** They said they are calling or on their way: kept with the escalation. */
export async function agreeToEscalation(context: TurnContext, escalation: StatePropertyAccessor<EscalationRecord | undefined>, record: EscalationRecord): Promise<void> {
  context.turnState.set(AGREED_NOW, true);
  await escalation.set(context, { ...record, agreed: true });
}

/** After an escalation no routine check is started: the instruction is repeated instead. */
export async function refuseRoutineCheck(context: TurnContext, services: DialogServices, record: EscalationRecord): Promise<void> {
  const instruction = escalationReminder(services, record, context.activity.locale);
  await context.sendActivity(fill(services.responses.escalation.alreadyEscalated, { instruction: capitalise(instruction) }));
}

