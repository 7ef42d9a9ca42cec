import { byKindOnly, type PlannerParts } from './answerPlan';
import type { Asking, Turn } from './answerTurn';
import type { NamedThing } from './namedSubject';
import type { Passage } from './passages';
import type { Scored } from './passageRanking';

/**
 * The answer planner's check of the thing a question names ("is a foam roller ok?") against the answer it chose: a close
 * answer that speaks of it goes first; when no reviewed answer speaks of it at all, the nearest one is given with one plain
 * sentence naming it, rather than answering for it silently. Never a verdict on the thing: only the content there is.
 */

/** How rare among the examples a word must be to name a thing ("roller", "mustard"), not a common word of any question. */
const SUBJECT_IDF = 6;
/** How well a close answer must fit the words to answer instead, for speaking of the thing. */
const SUBJECT_MIN_FIT = 0.15;
/** How much less well a close answer may fit the words and still answer instead, for speaking of the thing. */
const SUBJECT_MAX_LOSS = 0.2;
/** How well the thing's words alone must fit the chosen answer, as their best reading, for it to speak of the thing by another word. */
const SUBJECT_OWN_FIT = 0.1;
/** Below this fit, a chosen answer that speaks of none of the thing's words was found by the question's common words: another subject's answer. */
const WEAK_FIT = 0.3;

export interface SubjectChoice {
  passage: Passage;
  /** No reviewed answer speaks of the thing: said plainly before this nearest one. */
  unknown?: string;
}

export function onSubject(parts: PlannerParts, t: Turn, a: Asking, ranked: readonly Scored[], chosen: Passage): SubjectChoice {
  const subjects = parts.subjects;
  // Medicines, products and everyday activities are named by readers of their own; a question asked again in other words by the reframer speaks of what it names.
  if (!subjects || !asksOfOwnThing(parts, t, a)) return { passage: chosen };
  const best = ranked.find((r) => r.passage === chosen);
  const things = subjects.of(t.input.text);
  for (const thing of things) {
    if (ownReader(parts, thing)) continue;
    const terms = parts.matcher.termsWithIdf(thing.words.join(' '));
    // Its last word names it ("total REST", "a firm MATTRESS"): an answer that speaks of that speaks of it, whatever the words before.
    const head = terms[terms.length - 1];
    if (head && speaksOf(parts, chosen, head.term)) continue;
    const rare = terms.filter((x) => x.idf >= SUBJECT_IDF);
    const unspoken = rare.filter((x) => !speaksOf(parts, chosen, x.term));
    if (!rare.length || !unspoken.length) continue;
    // Its words alone read best as the chosen answer, by a word it has for them ("warmth": the heat answer): it speaks of it.
    const own = parts.matcher.rank(thing.words.join(' '));
    const chosenFit = own.find((r) => r.passage === chosen)?.score ?? 0;
    if (chosenFit >= SUBJECT_OWN_FIT && chosenFit >= (own[0]?.score ?? 0)) continue;
    const speaks = (p: Passage) => unspoken.every((x) => speaksOf(parts, p, x.term));
    // An answer read for the person's facts (heat while breastfeeding) is not given up for the thing's general answer.
    const forFacts = Object.keys(t.facts.known).length > 0;
    const close = best && !forFacts ? ranked.find((r) => r !== best && r.sim >= SUBJECT_MIN_FIT && best.sim - r.sim <= SUBJECT_MAX_LOSS && !byKindOnly(r.passage) && speaks(r.passage)) : undefined;
    if (close) return { passage: close.passage };
    // A reviewed answer elsewhere does speak of it: the reading missed it, and saying there is none would not be true.
    const principle = subjects.principle ? parts.library.get(subjects.principle) : undefined;
    if (parts.library.passages.some((p) => p !== principle && speaks(p))) continue;
    // "does glucosamine help?" read as the treatments answer by "help" alone: what has support instead, not another subject's answer.
    // Not when it answers another thing the message names ("total rest in bed and a camphor rub": the bed rest answer).
    const elsewhere = principle && (best?.sim ?? 0) < WEAK_FIT && !things.some((th) => th !== thing && namesIt(parts, chosen, th)) && terms.every((x) => !speaksOf(parts, chosen, x.term));
    return { passage: elsewhere ? principle : chosen, unknown: subjects.unknown(thing) };
  }
  return { passage: chosen };
}

/**
 * A question about a thing no reviewed answer speaks of ("what about cupping?"), that no answer fits well enough to be read:
 * said plainly, with what has support instead, rather than no answer or a refusal as if it were not about the back.
 */
export function uncoveredThing(parts: PlannerParts, t: Turn, a: Asking): SubjectChoice | undefined {
  const subjects = parts.subjects;
  const principle = subjects?.principle ? parts.library.get(subjects.principle) : undefined;
  if (!subjects || !principle || t.input.otherPart || !(t.last || t.input.aboutBack) || !asksOfOwnThing(parts, t, a)) return undefined;
  for (const thing of subjects.of(t.input.text)) {
    if (ownReader(parts, thing)) continue;
    const rare = parts.matcher.termsWithIdf(thing.words.join(' ')).filter((x) => x.idf >= SUBJECT_IDF);
    // Every rare word of it unknown to every reviewed answer: a thing none covers, not a reading that missed one.
    if (!rare.length || rare.some((x) => parts.library.passages.some((p) => p !== principle && speaksOf(parts, p, x.term)))) continue;
    return { passage: principle, unknown: subjects.unknown(thing) };
  }
  return undefined;
}

/**
 * The one reading both checks share: a question (not the last one asked again in other words) that may name a thing,
 * and not one whose medicine, product or everyday activity a reader of its own answers.
 */
function asksOfOwnThing(parts: PlannerParts, t: Turn, a: Asking): boolean {
  return Boolean(parts.subjects?.mayName(t.words)) && a.asks && !t.input.reframed && !a.kind && !a.namesMedicine && !t.product && !a.activity;
}

/** Whether a passage speaks of a thing by its last word, the one that names it ("total REST"). */
function namesIt(parts: PlannerParts, passage: Passage, thing: NamedThing): boolean {
  const head = parts.matcher.termsWithIdf(thing.words.join(' ')).at(-1);
  return Boolean(head && speaksOf(parts, passage, head.term));
}

/** A thing that a reader of its own answers: a medicine or product, an everyday activity, one of the person's facts. */
export function ownReader(parts: PlannerParts, thing: NamedThing, activities = true): boolean {
  return (parts.medicineClasses?.(thing.words) ?? []).length > 0 || Boolean(parts.namedProduct?.(thing.words)) || (activities && Boolean(parts.activities?.mentioned(thing.words.join(' ')))) || parts.facts.named(thing.words).length > 0;
}

/** Whether a passage speaks of a word, or of its plain form when the word compares ("firmer", "softest": firm, soft). */
export function speaksOf(parts: PlannerParts, passage: Passage, term: string): boolean {
  if (parts.matcher.speaksTo(passage, term)) return true;
  const plain = term.replace(/(?:er|est)$/, '');
  if (plain === term || plain.length < 3) return false;
  // "hotter": hot, not "hott".
  const single = /([b-df-hj-np-tv-z])\1$/.test(plain) ? plain.slice(0, -1) : plain;
  return parts.matcher.speaksTo(passage, plain) || parts.matcher.speaksTo(passage, single);
}
