import { DialogContext, DialogTurnResult, DialogTurnStatus } from './dialogLibrary';
import { fill } from '../src/content/responses';
import { emptyAnswerState } from '../src/knowledge/answerState';
import { sentences } from '../src/knowledge/answerText';
import { isTopicIntent } from '../src/nlu/intents';
import type { DialogServices } from './services';
import { getUnderstanding, setUnderstanding } from './turnUnderstanding';
import { escalationReminder, type EscalationRecord } from './escalationDialog';

/**
 * Flags the clinical notes list but say not to alarm about (pain jolted by a cough or
 * sneeze: "also common with disc pain"). Such a flag is never asked about and never
 * escalates, so nothing later is held back behind a "get seen today": its calm note
 * (knowledge/safety/flag-wording.yaml, `calm`) is said the first time, and again only
 * when a message is about that sign rather than another topic. The flag is taken off
 * the turn's reading, so the rest of the turn goes on as if none were found.
 * Returns a result when the note was the whole reply.
 */
/** A note said before, in brief (`brief`: "As I said: {sentence}"): its first sentence as a reminder, and its last (what would change things). */
export function briefly(brief: string, text: string): string {
  const all = sentences(text);
  const first = all[0] ?? text;
  const reminder = fill(brief, { sentence: first });
  return all.length > 1 ? `${reminder} ${all[all.length - 1]}` : reminder;
}

export async function calmTurn(
  dc: DialogContext,
  services: DialogServices,
  /** Keeps the pain's details the message tells ("started 3 days ago lifting"), when the note is the whole reply. */
  hearDetails?: (dc: DialogContext, text: string) => Promise<void>,
  /** The escalation this conversation already gave, if any: the note then keeps its instruction, not routine advice. */
  standing?: EscalationRecord,
): Promise<DialogTurnResult | undefined> {
  const { context } = dc;
  const understanding = getUnderstanding(context);
  const found = understanding?.redFlag;
  if (!understanding || !found || found.flags.length === 0) return undefined;
  const notes = found.flags.map((f) => services.redFlags.calm(f));
  if (notes.some((n) => n === undefined)) return undefined;
  // As if none were found: the signs the message denies beside it ("bladder no, ... sneezing yes") still count.
  setUnderstanding(context, { ...understanding, redFlag: null, worry: false, flagRaised: false, calmTold: found.flags });
  const state = (await services.answerState.get(context)) ?? emptyAnswerState();
  const said = state.calmSaid ?? [];
  const fresh = found.flags.some((f) => !said.includes(f));
  const topic = isTopicIntent(understanding.intent);
  // Said again only when the message is about the sign itself, not a question on another topic.
  if (!fresh && topic) return undefined;
  const numbers = services.numbers.forLocale(context.activity.locale);
  const note = notes[0]!;
  // Under a same-day or emergency instruction already given, "see a doctor if it isn't settling after a few days"
  // would take it back: the note says the sign changes nothing and repeats the instruction instead.
  const under = standing && note.underAlarm ? fill(note.underAlarm, { instruction: escalationReminder(services, standing, context.activity.locale) }) : undefined;
  const text = under ?? fill(numbers.urgentAdvice ? note.withLine : note.noLine, { emergency: numbers.emergencyText, urgentAdvice: numbers.urgentAdvice ?? '' });
  // Asked about again ("and coughing?"): the point and its safety line, not the same note word for word.
  await context.sendActivity(fresh ? text : briefly(services.answers.wording.brief, text));
  await services.answerState.set(context, { ...state, calmSaid: [...new Set([...said, ...found.flags])] });
  // A running dialog (the symptom check) reads the message on; a topic question is answered after the note.
  if (dc.activeDialog || topic) return undefined;
  await hearDetails?.(dc, understanding.text);
  return { status: DialogTurnStatus.complete };
}
