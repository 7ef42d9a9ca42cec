/**
 * A sign only supposed under a same-day alarm ("and if I get muddled?" after a fever): when the lexicon's
 * combinations make it an emergency with the alarm's own flags, the person is told so, with the instruction
 * that stands now. Read by the red-flag follow-up (dialogs/redFlagCheck.ts) and the answers (topicAnswer.ts).
 */
import { fill } from '../src/content/responses';
import { EscalationRecord, escalationReminder } from './escalationDialog';
import { capitalise } from './replies';
import type { DialogServices } from './services';

/**
 * A same-day alarm standing, and the message supposes a sign that would make it an emergency ("and if I
 * start shaking or get muddled?" after a fever): the emergency warning for that sign, then the instruction
 * that stands now. Nothing for an emergency already given, nor when no supposed sign raises the level.
 */
export function worseIfItHappens(services: DialogServices, record: EscalationRecord, text: string, locale: string | undefined): string | undefined {
  if (record.level !== 'urgent') return undefined;
  const flags = services.redFlags.supposedWith(text, record.flags).filter((f) => services.redFlags.level(f) === 'emergency');
  if (!flags.length) return undefined;
  const warning = fill(services.responses.answer.ifEmergencySign, {
    signs: flags.map((f) => services.redFlags.describe(f)).join('; '),
    emergency: services.numbers.forLocale(locale).emergency,
  });
  return `${warning} ${capitalise(escalationReminder(services, record, locale))}`;
}
