/**
 * A symptom that means something else for this person, given a fact told (pregnant, a heart history)
 * or being told to come in (knowledge/fact-concerns.yaml): its reply says where to turn now, before
 * any dialog reads the message as a back question, a body part out of scope or a check answer.
 * An emergency or same-day sign raised this turn comes first (the red-flag screen's escalation), and
 * after an escalation its own replies hold; a check-band question gives way, since the reply names
 * the signs that matter and where to go.
 */
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { fillWords } from '../src/knowledge/localeWords';
import { emptyAnswerState, withRecent } from '../src/knowledge/answerState';
import type { DialogServices } from './services';
import { getUnderstanding } from './turnUnderstanding';

/** Sends the concern's reply and keeps the message's facts; false when the message tells none. */
export async function answerFactConcern(context: TurnContext, services: DialogServices, escalation: StatePropertyAccessor<unknown>): Promise<boolean> {
  const understanding = getUnderstanding(context);
  if (!understanding || (understanding.redFlag && understanding.redFlag.level !== 'check')) return false;
  if (await escalation.get(context)) return false;
  const factsText = understanding.patientText ?? understanding.text;
  const before = (await services.answerState.get(context)) ?? emptyAnswerState();
  const facts = services.answers.facts.read(factsText, before.facts);
  const concern = services.answers.concerns.concernIn(understanding.text, facts, before.concernsSaid);
  if (!concern) return false;
  const locale = context.activity.locale;
  const words = { ...services.answers.localeWords.forLocale(locale), emergency: services.numbers.forLocale(locale).emergencyText };
  const said = [...(before.concernsSaid ?? []).filter((n) => n !== concern.name), concern.name];
  // A reply that stands for a passage (the morning-stiffness pattern) leaves it as the last answer: "like what?" goes on from it.
  const stands = concern.passage ? services.answers.library.get(concern.passage) : undefined;
  const last = stands ? { topic: stands.topic, passage: stands.id, given: [...before.given.filter((id) => id !== stands.id), stands.id], recent: withRecent(before.recent, stands.id) } : {};
  await services.answerState.set(context, { ...before, facts, concernsSaid: said, ...last });
  await context.sendActivity(fillWords(concern.reply, words));
  return true;
}
