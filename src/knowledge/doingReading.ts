import { WEIGHTS, type PlannerParts } from './answerPlan';
import type { Asking, Turn } from './answerTurn';
import type { Passage } from './passages';
import type { Scored } from './passageRanking';
import { ownReader, speaksOf } from './subjectReading';
import { forTheirFacts } from './namedPassages';

/**
 * The answer planner's check of an ask about doing something ("can I repaint the ceiling?") against the answer it would
 * give: when that answer fits only weakly and speaks of none of the rare words of what is asked, and no reviewed answer
 * speaks of them, the reply names it plainly in the person's words and gives the general activity principle, rather than
 * the nearest passage as if it answered (issue 12: "generic", "answers a different question").
 */

/** Below this fit the chosen answer is a guess from common words, not an answer to the ask. */
const WEAK_FIT = 0.3;
/** How rare a word of the other half of a choice must be to name something ("or heat"), not a common word ("or not"). */
const REST_IDF = 3;

export interface DoingChoice {
  passage: Passage;
  /** Said plainly first: no reviewed answer speaks of it. */
  unknown?: string;
}

/** The principle and its plain sentence, or nothing when the chosen answer (if any) may well answer the ask. */
export function onDoing(parts: PlannerParts, t: Turn, a: Asking, chosen: Scored | undefined): DoingChoice | undefined {
  const focus = parts.askFocus;
  const { input } = t;
  if (!focus || !a.asks || a.kind || a.namesMedicine || a.activity || t.product || input.reframed || input.otherPart) return undefined;
  if (chosen && chosen.sim >= WEAK_FIT) return undefined;
  const principle = parts.library.get(focus.principle);
  const thing = focus.of(input.text);
  if (!principle || !thing) return undefined;
  // An everyday activity named outside the activity frames ("does carrying my laptop bag make it worse"): its own answer.
  // Only by its first words, the doing itself: "lugging my WORK rucksack" is no question about work.
  const activity = parts.activities?.mentioned(thing.words.slice(0, 2).join(' '));
  if (activity) return { passage: forTheirFacts(parts, activity, t.facts) ?? (activity.own ? parts.library.get(activity.own) : undefined) ?? activity.passage };
  if (ownReader(parts, thing, false)) return undefined;
  const rare = parts.matcher.termsWithIdf(thing.words.join(' ')).filter((x) => x.idf >= WEIGHTS.rareWordIdf);
  if (!rare.length) return undefined;
  // Doing it with something said before ("can I have a glass of wine WITH IT"): that combination is what the answers read.
  if (thing.pointsBack) return undefined;
  // The other half of a choice is something the chosen answer speaks of ("should I put frost on it or HEAT"): it answers that half.
  const rest = parts.matcher.termsWithIdf(thing.orElse.join(' ')).filter((x) => x.idf >= REST_IDF);
  if (chosen && rest.some((x) => speaksOf(parts, chosen.passage, x.term))) return undefined;
  // What is asked about, read alone, fits a reviewed answer ("have a glass of wine": the alcohol answer): the reading missed it.
  const alone = parts.matcher.rank(thing.words.join(' '))[0];
  if (alone && alone.passage !== principle && alone.score >= WEAK_FIT) return undefined;
  const unspoken = rare.filter((x) => !chosen || !speaksOf(parts, chosen.passage, x.term));
  if (!unspoken.length) return undefined;
  // A word no reviewed answer has at all ("mower", "dentist") names what none covers, whatever else the answer shares.
  const nowhere = unspoken.some((x) => !parts.library.passages.some((p) => speaksOf(parts, p, x.term)));
  if (!nowhere) {
    if (unspoken.length < rare.length) return undefined;
    // A reviewed answer does speak of it: the reading missed it, and saying there is none would not be true.
    if (parts.library.passages.some((p) => p !== principle && rare.every((x) => speaksOf(parts, p, x.term)))) return undefined;
  }
  return { passage: principle, unknown: focus.unknown(thing) };
}
