import { WEIGHTS, type PlannerParts } from './answerPlan';
import type { ActivityMatch } from './everydayActivities';
import type { Passage } from './passages';
import type { QuestionReader } from './questionReading';
import type { UserFacts } from './userFacts';

/** Passages a message picks by what it says rather than by the ranking: a worry by name, a remedy not helping, an activity's answer for the person. */

/**
 * A message saying something tried is not helping: the `not-working` answer of what it names (heat, the tablets), else of
 * the last answer's topic ("what if that doesn't work?" after the heat answer).
 */
export function notHelpingPassage(parts: PlannerParts, reader: QuestionReader, text: string, words: readonly string[], last: Passage | undefined): Passage | undefined {
  // "ice neither" straight after the answer for heat not helping: ice is not helping either.
  const again = last?.tags.includes('not-working') === true && reader.saysSameToo(words);
  if (!reader.saysNotHelping(words) && !again) return undefined;
  const ranked = parts.matcher.rank(text);
  const [best] = ranked;
  const named = best && best.score >= WEIGHTS.noneMin ? best.passage.topic : undefined;
  const topic = named ?? last?.topic;
  return ranked.find((r) => r.passage.tags.includes('not-working') && r.passage.topic === topic)?.passage;
}

/**
 * A worry one passage answers by name (tag named-worry: "could it be my heart?" has its own signs), fitting
 * clearly: that passage answers it rather than the general reassurance about serious causes.
 */
export function namedWorry(parts: PlannerParts, text: string): Passage | undefined {
  const [best, next] = parts.matcher.rank(text);
  const clear = best && best.passage.tags.includes('named-worry') && best.score >= WEIGHTS.noneMin && best.score - (next?.score ?? 0) >= WEIGHTS.clearMargin;
  return clear ? best.passage : undefined;
}

/** The activity's answer that is the person's own (a spa in pregnancy: the pregnancy heat answer), if one is. */
export function forTheirFacts(parts: PlannerParts, activity: ActivityMatch, facts: UserFacts): Passage | undefined {
  const theirs = parts.facts.redirectTargets(facts);
  const id = [...activity.covered].find((p) => theirs.has(p));
  return id ? parts.library.get(id) : undefined;
}
