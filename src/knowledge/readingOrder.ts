import { WEIGHTS } from './answerPlan';
import type { Passage } from './passages';
import type { PassageMatcher } from './passageMatcher';
import type { Scored } from './passageRanking';

/**
 * Second looks at the ranked readings of a message, each moving one reading to the front when the
 * scores alone would pick the wrong one. Each reorders `ranked` in place, as the planner reads it next.
 */

/** How much better an answer in context must fit a short follow-up's words to outvote the classifier's topic (a tie is no reason). */
const CONTEXT_FITS_BETTER = 0.015;
/** Among how many of the best readings a statement naming a medicine looks for one that speaks of it. */
const MEDICINE_STATEMENT_TOP = 3;

/**
 * The story's words raise how well a passage fits, but the lifts (the classifier's topic, the context) stay the question's:
 * "...went into spasm this morning, what's the best thing to do?" is not a morning-stiffness question.
 */
export function withStoryFit(ranked: Scored[], whole: readonly Scored[]): void {
  const byId = new Map(whole.map((s) => [s.passage.id, s]));
  for (const r of ranked) {
    const w = byId.get(r.passage.id);
    if (w && w.sim > r.sim) Object.assign(r, { sim: w.sim, total: w.total });
  }
  ranked.sort((a, b) => b.total - a.total);
}

/**
 * Of two close readings, the one that speaks to more of the question's key words goes first.
 * A reading that speaks to far more of them ("is driving ok after codeine?": driving and codeine) goes first from further behind.
 */
export function byKeyWords(matcher: PassageMatcher, text: string, ranked: Scored[]): void {
  const gap = ranked[1] ? ranked[0]!.total - ranked[1].total : Infinity;
  // Only a reading the words alone fit well enough, or as well as the first: the reorder picks between readings, it does not
  // promote one below the bar a statement must reach ("the knee one hurts" after stretches: when to stop, not the cat-cow steps).
  if (ranked[1] && gap < WEIGHTS.keyWordsReorderFar && ranked[1].sim >= Math.min(ranked[0]!.sim, WEIGHTS.noneMin)) {
    const [c0, c1] = matcher.coverage(text, [ranked[0]!.passage, ranked[1].passage]);
    if (c1 - c0 >= (gap < WEIGHTS.keyWordsReorder ? WEIGHTS.keyWordsMargin : WEIGHTS.keyWordsFarMargin)) [ranked[0], ranked[1]] = [ranked[1], ranked[0]!];
  }
}

/**
 * A short follow-up that an answer in context fits better than any other ("how long?" after the bath
 * answer): the classifier's topic (the pain's course) read it without that context, so the context decides.
 */
export function byContext(ranked: Scored[], topic: string): void {
  const own = ranked.findIndex((r) => r.passage.topic === topic);
  if (own > 0 && ranked[own]!.sim - ranked[0]!.sim >= CONTEXT_FITS_BETTER) ranked.unshift(...ranked.splice(own, 1));
}

/**
 * The topic in context lifted a passage the words hardly fit over one they fit well ("if it's still bad by Friday"
 * after the flight answer: getting up when alone over not getting better): the words decide. Whether they did.
 * `question` is read only when needed (the asking clause of the message, if any).
 */
export function byWords(matcher: PassageMatcher, ranked: Scored[], question: () => string | undefined): boolean {
  const wordsBest = ranked.reduce((a, r, i) => (r.sim > ranked[a]!.sim ? i : a), 0);
  // Not when the message's question fits the lifted passage better: "... getting up from the floor. Which painkiller is safe?" asks about painkillers, whatever its story's words fit.
  const wordsDecide = wordsBest > 0 && !questionPrefers(matcher, question(), ranked[0]!.passage, ranked[wordsBest]!.passage) && ranked[0]!.sim < WEIGHTS.noneMin && ranked[wordsBest]!.sim >= WEIGHTS.noneMin && ranked[wordsBest]!.sim - ranked[0]!.sim >= WEIGHTS.clearMargin;
  if (wordsDecide) ranked.unshift(...ranked.splice(wordsBest, 1));
  return wordsDecide;
}

/**
 * A medicine told of with no question ("the walk-in clinic put me on methocarbamol"): the place that gave it is not what
 * it is about. A passage that speaks of no medicine named gives way to the closest one that speaks of them all.
 * A question naming a medicine ("the clinic gave me X, how many can I take?") is not answered by a passage that speaks of
 * no medicine at all, whatever else of the story it fits.
 */
export function byMedicine(matcher: PassageMatcher, text: string, ranked: Scored[], asks: boolean): void {
  const speaksOfAll = (p: Passage) => matcher.classesNotIn(text, p).length === 0;
  const offMedicine = ranked[0] !== undefined && (asks ? !matcher.speaksOfMedicine(ranked[0].passage) : !speaksOfAll(ranked[0].passage));
  const onMedicine = offMedicine ? ranked.findIndex((r, i) => i > 0 && i < MEDICINE_STATEMENT_TOP && speaksOfAll(r.passage)) : -1;
  if (onMedicine > 0) ranked.unshift(...ranked.splice(onMedicine, 1));
}

/** The question's key words point to one of the two: it is answered, not asked back. */
export function namesItsTopic(matcher: PassageMatcher, text: string, best: Passage, second: Passage): boolean {
  const [c0, c1] = matcher.coverage(text, [best, second]);
  return c0 >= WEIGHTS.keyWordsNamed || c0 - c1 >= WEIGHTS.keyWordsMargin;
}

/** The asking clause of a message, if it has one, fits the first passage better than the second. */
function questionPrefers(matcher: PassageMatcher, question: string | undefined, first: Passage, second: Passage): boolean {
  if (!question) return false;
  const ranked = matcher.rank(question);
  const fit = (p: Passage) => ranked.find((r) => r.passage.id === p.id)?.score ?? 0;
  return fit(first) > fit(second);
}
