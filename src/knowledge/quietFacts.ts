import { isTopicIntent } from '../nlu/intents';
import type { Asking, Turn } from './answerTurn';
import type { PlannerParts } from './answerPlan';

/**
 * A quiet fact (user-facts.yaml `quiet`: "I'm on my own") is usually said in passing, and the message is read for its question
 * or report. Said as the whole message, asking and reporting nothing, it is the news: its note is the answer, never "I can't
 * help with that". The facts told for the first time that are quiet, when the message is only that.
 */
export function quietFactsAlone(parts: PlannerParts, t: Turn, a: Asking): string[] {
  if (t.newFacts.length || a.asks || a.reportsPain || isTopicIntent(t.input.intent)) return [];
  return Object.keys(t.facts.known).filter((k) => t.before.facts.known[k] === undefined && parts.facts.isQuiet(k));
}
