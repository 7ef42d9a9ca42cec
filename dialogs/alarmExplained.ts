/**
 * A same-day "get seen" answered after it was given: a measured normal temperature after an alarm
 * for a fever the person was unsure of, or an everyday cause for a sign they told ("pink pee, but I
 * ate beetroot") with the other signs they told denied. Either answers the doubt the alarm rested
 * on, so the alarm is taken back with a short note of what would still matter (the sign's own
 * description), rather than repeated. An emergency is never taken back here.
 */
import type { Understanding } from '../src/nlu/messageUnderstander';
import { fill } from '../src/content/responses';
import { asksInstead } from '../src/triage/yesNo';
import { deniedSigns } from '../src/triage/denials';
import { holdsNegator, prepare } from '../src/triage/text';
import { clauses } from '../src/language';
import type { EscalationRecord } from './escalationDialog';
import type { DialogServices } from './services';

/** The note that takes the alarm back, or undefined when the message does not answer it. */
export function alarmAnsweredNote(services: DialogServices, understanding: Understanding, record: EscalationRecord | undefined): string | undefined {
  if (!record || record.level !== 'urgent' || understanding.redFlag || asksInstead(understanding.text)) return undefined;
  const { text } = understanding;
  const { text: words } = services.checkDialogue;
  const signs = record.flags.map((f) => services.redFlags.describe(f)).join('; or ');
  // The fever row alone, and the message reads a temperature in the normal range (denials.yaml `fever`).
  if (record.flags.every((f) => f === 'fever') && deniedSigns(text, [], 'fever').has('fever')) {
    return fill(words.normalReading, { signs });
  }
  // Told in their own words: a clause gives an everyday cause for every flag ("I'd had beetroot"), and
  // another clause denies something ("it's not in waves"): a cause alone leaves the other signs told standing.
  if (!record.fromMessage) return undefined;
  const parts = clauses(text);
  const causes = parts.filter((p) => record.flags.every((f) => services.redFlags.ordinaryCauseGiven(f, p)));
  if (causes.length === 0 || !parts.some((p) => !causes.includes(p) && holdsNegator(prepare(p).split(/\s+/).filter(Boolean)))) return undefined;
  // A flag with a note of its own says what the cause makes likely and the plan now; the general one says what would still matter.
  const own = record.flags.length === 1 ? services.redFlags.explainedNote(record.flags[0]!) : undefined;
  return own ?? fill(words.explainedCause, { signs });
}
