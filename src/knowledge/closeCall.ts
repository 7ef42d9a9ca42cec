/**
 * When two readings of a question are too close to choose between, and when a fact known for the
 * person settles it instead. For the answer planner (answerPlanner.ts), which asks "Do you mean A
 * or B?" only on a close call that no known fact decides.
 */
import { WEIGHTS, type PlannerParts } from './answerPlan';
import type { Asking, Reading, Turn } from './answerTurn';
import type { Scored } from './passageRanking';
import { namesItsTopic } from './readingOrder';
import { askedBoth } from './secondQuestion';

/** Two readings too close to choose between by the words: the question back ("Do you mean A or B?") is asked. */
export function isCloseCall(parts: PlannerParts, t: Turn, a: Asking, r: Reading, best: Scored, second: Scored): boolean {
  const { input } = t;
  return (
    !a.kind &&
    !r.wordsDecide &&
    second.passage.topic !== best.passage.topic &&
    !t.inContextOf(best.passage) &&
    // A second reading close only by the topic in context, which the words fit clearly less, is no rival: the message's own topic wins.
    !(t.inContextOf(second.passage) && best.sim - second.sim >= WEIGHTS.clearMargin) &&
    best.total - second.total < WEIGHTS.close &&
    best.sim < 0.6 &&
    input.score < 0.7 &&
    !namesItsTopic(parts.matcher, r.clause ?? input.text, best.passage, second.passage) &&
    // Two asks, one for each reading: both are answered (withSecondQuestion), no question back.
    !askedBoth(parts, input.text, best.passage, second.passage)
  );
}

/** The passage is the own answer of a fact known for this person (kidney disease: painkillers with kidney disease). */
export function ownedByFact(parts: PlannerParts, t: Turn, passageId: string): boolean {
  return Object.keys(t.facts.known).some((id) => parts.facts.passageOf(id) === passageId && parts.facts.applies(id, t.facts));
}
