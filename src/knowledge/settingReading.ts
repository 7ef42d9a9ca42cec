import { WEIGHTS, type PlannerParts } from './answerPlan';
import type { Asking, Turn } from './answerTurn';
import type { Passage } from './passages';
import { speaksOf } from './subjectReading';

/**
 * The answer planner's check of where the person means to use what they ask about ("can I take heat packs on the plane?")
 * against the answer it gives: an answer about heat packs that never speaks of planes would read as a canned answer to
 * another question. When the answer speaks of the thing but of none of the place's rare words, and no answer of its topic
 * does, the reply says plainly that it has no specific advice on that, in the person's words, then gives the general one.
 * Conservative by design: answers that speak of the place, places that are times or the body (named-subject.yaml
 * `settingNot`), and the questions other readers own (medicines, products, activities, facts) are left as they are.
 */

/** How well the place's words alone must fit the answer given, as their best reading, for it to speak of the place by another word. */
const PLACE_OWN_FIT = 0.1;

/** The sentence said plainly before the answer, or nothing when the answer may well speak to the place. */
export function onSetting(parts: PlannerParts, t: Turn, a: Asking, given: Passage): string | undefined {
  const subjects = parts.subjects;
  if (!subjects || t.input.reframed || !a.asks || a.kind || a.namesMedicine || t.product || a.activityAnswer || t.input.otherPart) return undefined;
  for (const setting of subjects.settingsOf(t.input.text)) {
    if (!setting.thing.length || parts.facts.named(setting.place).length || (parts.medicineClasses?.(setting.place) ?? []).length) continue;
    const rare = parts.matcher.termsWithIdf(setting.place.join(' ')).filter((x) => x.idf >= WEIGHTS.rareWordIdf);
    if (!rare.length || rare.some((x) => speaksOf(parts, given, x.term))) continue;
    // The answer must be about the thing used there: else it is no answer on the thing, and the other readers judge it.
    if (!parts.matcher.termsWithIdf(setting.thing.join(' ')).some((x) => speaksOf(parts, given, x.term))) continue;
    // The place's words alone read best as this answer, by a word it has for them: it speaks of the place.
    const own = parts.matcher.rank(setting.place.join(' '));
    const fit = own.find((r) => r.passage === given)?.score ?? 0;
    if (fit >= PLACE_OWN_FIT && fit >= (own[0]?.score ?? 0)) continue;
    // An answer of the same topic speaks of the place: there is advice for it, and saying there is none would not be true.
    if (parts.library.passages.some((p) => p.topic === given.topic && rare.every((x) => speaksOf(parts, p, x.term)))) continue;
    return subjects.unknownSetting(setting);
  }
  return undefined;
}
