import { byKindOnly, WEIGHTS, type AnswerInput, type Planned, type PlannerParts } from './answerPlan';
import type { AnswerState } from './answerState';
import type { Turn } from './answerTurn';
import type { Passage } from './passages';
import type { Focus } from './questionFocus';
import type { Scored } from './passageRanking';
import { sentences } from './answerText';

/**
 * The answer planner's check of what a question asks of its subject ("how long", "how often": QuestionFocus) against the
 * reading it chose: a close reading that speaks to it goes first, and an answer that cannot is said to plainly.
 */

/** How well a reading must fit the words to answer instead of the best, for speaking to what they ask. */
const FOCUS_MIN_FIT = 0.15;
/** How rare among the examples a word must be to name what a focused question asks about ("settles", not "after"). */
const FOCUS_SUBJECT_IDF = 6;
/** How much less well a reading may fit the words and still answer instead, for speaking to what they ask. */
const FOCUS_MAX_LOSS = 0.2;

/** Whether a reading's own question asks what is asked ("How long does the drowsiness last?" for "how long after taking one?"). */
function asksSameOf(parts: PlannerParts, asked: Focus): (p: Passage) => boolean {
  return (p) => parts.focus?.of(parts.words(p.question))?.id === asked.id;
}

/**
 * "how long before it settles?" after a painkiller answer: the reading the context lifted fits the words, but says nothing of
 * what they ask (no time at all), or nothing of what they ask it about (settling). A close reading that speaks to both goes
 * first. "how long after taking one?" names nothing of its own: it asks about the answer in context, so a reading of that
 * topic whose own question asks the same ("How long does the drowsiness last?") goes before one of another topic.
 */
export function onFocus(parts: PlannerParts, ownWords: (words: readonly string[]) => string[], t: Turn, ranked: readonly Scored[], best: Scored): Passage {
  const focus = parts.focus;
  const asked = t.input.reframed ? undefined : focus?.of(t.words);
  if (!focus || !asked) return best.passage;
  // What it is asked of: its own words rare enough to name something ("settles"; not "after" or "take").
  const subject = parts.matcher.rareTermsOf(ownWords(t.words).filter((w) => !focus.hedges.has(w)).join(' '), FOCUS_SUBJECT_IDF);
  const covers = (p: Passage) => subject.reduce((sum, s) => sum + (parts.matcher.speaksTo(p, s.term) ? s.idf : 0), 0);
  const asksSame = asksSameOf(parts, asked);
  const near = ranked.filter((r) => r !== best && r.sim >= FOCUS_MIN_FIT && best.sim - r.sim <= FOCUS_MAX_LOSS && !byKindOnly(r.passage) && focus.addresses(asked, r.passage));
  // The pain's own course, whatever else the words hold ("I am 80"): a close reading that asks the same of it, not one the
  // answer in context lifted or whose own question asks it of the medicine's effect.
  const ofPain = asksOfPainCourse(parts, ownWords, t, asked);
  if (ofPain) {
    const painReading = t.inContextOf(best.passage) ? near.find((r) => !t.inContextOf(r.passage) && asksSame(r.passage)) : undefined;
    if (painReading) return painReading.passage;
    if (!t.inContextOf(best.passage) && focus.addresses(asked, best.passage)) return best.passage;
  }
  const ofContext = inContextOnFocus(parts, ownWords, t, ranked, best, asked, subject);
  if (ofContext) return ofContext;
  if (subject.length) {
    const bestOnFocus = focus.addresses(asked, best.passage);
    if (bestOnFocus && covers(best.passage) > 0) return best.passage;
    // A best reading that speaks to the focus gives way only when the words hardly fit it (its lift, the topic in context,
    // decided it), to one they fit as well.
    const closer = near.filter((r) => covers(r.passage) > 0 && (!bestOnFocus || (best.sim < WEIGHTS.noneMin && r.sim >= best.sim)));
    const top = Math.max(0, ...closer.map((r) => covers(r.passage)));
    const most = closer.filter((r) => covers(r.passage) === top);
    const chosen = most.find((r) => asksSame(r.passage)) ?? most[0];
    if (chosen || bestOnFocus) return chosen?.passage ?? best.passage;
    // What it is asked of names only the setting ("what do I tell them at urgent care?"): a close reading that speaks to what
    // is asked, and that the words fit as well or whose own question asks the same, goes before one only the classifier's
    // topic lifted (the same-day warning signs).
    const asWell = near.filter((r) => r.sim >= best.sim || asksSame(r.passage));
    return (asWell.find((r) => asksSame(r.passage)) ?? asWell[0])?.passage ?? best.passage;
  }
  // Only a short follow-up: a longer question ("when can I get back to my allotment?") says what it asks about.
  const followUp = Boolean(t.last) && t.words.length <= WEIGHTS.shortFollowUp;
  const inContext = near.filter((r) => t.inContextOf(r.passage) && asksSame(r.passage));
  if (followUp && !ofPain && !t.inContextOf(best.passage) && inContext.length) return inContext[0]!.passage;
  if (focus.addresses(asked, best.passage)) return best.passage;
  return (near.find((r) => asksSame(r.passage)) ?? near[0])?.passage ?? best.passage;
}

/**
 * "how long before it eases?" right after a medicine answer: a measure of the pain's own course, not of the medicine's effect
 * (the reading in context whose own question asks the same, "How long does the drowsiness last?"). Unless it names the medicine
 * ("the tablets", "after taking one") or a thing the last answer spoke of (the drowsiness): then it is asked of that.
 */
function asksOfPainCourse(parts: PlannerParts, ownWords: (words: readonly string[]) => string[], t: Turn, asked: Focus): boolean {
  const focus = parts.focus!;
  const last = t.last;
  if (!last || !focus.namesCourse(t.words) || parts.asksOfMedicine?.(focus.withoutCourse(t.words), false)) return false;
  const focusTerms = new Set(parts.matcher.rareTermsOf(focus.askedText(asked), 0).map((s) => s.term));
  const rest = focus.withoutCourse(ownWords(t.words).filter((w) => !focus.hedges.has(w))).join(' ');
  return !parts.matcher.rareTermsOf(rest, WEIGHTS.lastThingIdf).some((s) => !focusTerms.has(s.term) && parts.matcher.speaksTo(last, s.term));
}

/**
 * "how often should I take a break?" right after the long-sitting answer: a short follow-up asks about what that answer spoke
 * of (its breaks), not about the other topic whose examples sound the same ("how often should I take ibuprofen?"). A reading
 * in context that speaks to what is asked and to the thing asked about goes first, however little the words alone fit it,
 * unless the best reading speaks to both too. The thing asked about: the follow-up's rare words, or a less rare one that the
 * last answer spoke of ("stop" after a driving answer).
 */
function inContextOnFocus(parts: PlannerParts, ownWords: (words: readonly string[]) => string[], t: Turn, ranked: readonly Scored[], best: Scored, asked: Focus, subject: readonly { term: string; idf: number }[]): Passage | undefined {
  const focus = parts.focus!;
  const last = t.last;
  if (!last || t.words.length > WEIGHTS.shortFollowUp || best.passage.id === last.id) return undefined;
  const focusTerms = new Set(parts.matcher.rareTermsOf(focus.askedText(asked), 0).map((s) => s.term));
  const words = ownWords(t.words).filter((w) => !focus.hedges.has(w)).join(' ');
  // An activity's answer has no examples: what it said counts instead ("stop every hour or so" of driving).
  const said = new Set(parts.matcher.rareTermsOf(`${last.answer} ${last.more ?? ''}`, 0).map((s) => s.term));
  const ofLast = parts.matcher.rareTermsOf(words, WEIGHTS.lastThingIdf).filter((s) => !focusTerms.has(s.term) && !subject.some((x) => x.term === s.term) && (parts.matcher.speaksTo(last, s.term) || (!last.examples.length && said.has(s.term))));
  const things = [...subject, ...ofLast];
  if (!things.length) return undefined;
  const covers = (p: Passage) => things.reduce((sum, s) => sum + (parts.matcher.speaksTo(p, s.term) ? s.idf : 0), 0);
  // A reading whose own question asks this of the thing ("How long does the drowsiness last?") answers it; one that asks it of
  // another thing the last answer spoke of ("How often should I stretch?" for "how often do I need to stop?") does not.
  const asksSame = asksSameOf(parts, asked);
  if (focus.addresses(asked, best.passage) && asksSame(best.passage) && (subject.length > 0 || covers(best.passage) > 0)) return undefined;
  if (t.inContextOf(best.passage) || (focus.addresses(asked, best.passage) && covers(best.passage) > 0)) return undefined;
  const ours = ranked.filter((r) => t.inContextOf(r.passage) && !byKindOnly(r.passage) && focus.addresses(asked, r.passage) && covers(r.passage) > 0);
  // Among those, one that answers the activity named now, in the last answer or in the question it answered ("stop" after driving: the long-drive breaks,
  // not walking through pain), then the one nearest the last answer.
  const activities = [parts.activities?.mentioned(t.input.text), parts.activities?.mentioned(`${last.question} ${last.answer}`), parts.activities?.mentioned(t.before.asked ?? '')];
  const ofActivity = (p: Passage) => activities.some((a) => a?.covered.has(p.id));
  // Nearest the question asked and what the last answer said of the thing asked about, in a sentence that speaks to what is asked ("On long trips, stop
  // every hour or so...", not "an emergency stop"), else the whole of it.
  const ofThing = `${last.answer} ${last.more ?? ''}`
    .split(/(?<=[.!?])\s+/)
    .filter((x) => focus.addressesText(asked, x) && parts.matcher.rareTermsOf(x, 0).some((s) => things.some((t) => t.term === s.term)));
  // The person's own question that it answered counts too ("a long drive": the long-sitting breaks, not walking through pain).
  const nearLast = new Map(parts.matcher.rank(`${t.before.asked ?? ''} ${ofThing.length ? ofThing.join(' ') : `${last.question} ${last.answer}`}`).map((r) => [r.passage.id, r.score]));
  const score = (p: Passage) => (ofActivity(p) ? 1 : 0) * 1000 + covers(p) + (nearLast.get(p.id) ?? 0);
  const top = Math.max(0, ...ours.map((r) => score(r.passage)));
  return ours.find((r) => score(r.passage) === top)?.passage;
}

/**
 * "how often can I use it?" when what is left of the answer in context (its more) says nothing of how often, but a line already
 * shown does ("you can repeat it through the day"): that line is what they ask for, said again before the rest, rather than
 * the rest alone, which answers another aspect.
 */
export function focusedLine(parts: PlannerParts, input: AnswerInput, before: { passage?: string; shown?: number }, planned: Planned): Planned {
  const focus = parts.focus;
  const p = planned.plan;
  // A recall that took the answer's first line only as its first (asked again in other words) may still be asking one aspect of it.
  if (!focus || p.kind !== 'more' || p.focused || (p.recalled && (p.recallAt ?? 0) > 0)) return planned;
  const asked = focus.of(parts.words(input.text));
  if (!asked) return planned;
  const all = sentences(p.passage.answer);
  // Shown in part only when it is the answer just given; one given earlier was shown as far as it went then (counted whole).
  const said = p.onlyMore ? all.length : Math.min(p.passage.id === before.passage ? (before.shown ?? all.length) : all.length, all.length);
  const rest = [...all.slice(said), p.passage.more ?? ''].join(' ');
  if (focus.wordsIn(asked, rest) > 0) return planned;
  // The line that says most of it, and least of other aspects ("repeat it through the day, as often as it helps", not "20 minutes at a time").
  const scores = all.slice(0, said).map((s) => {
    const own = focus.wordsIn(asked, s);
    return own > 0 ? own * 100 - focus.otherWordsIn(asked, s) : -Infinity;
  });
  const top = Math.max(-Infinity, ...scores);
  const at = top > -Infinity ? scores.indexOf(top) : -1;
  // A recall (its first line) is only marked as speaking to the ask when that very line does; otherwise it goes on as planned.
  const fits = at >= 0 && (!p.recalled || at === (p.recallAt ?? 0));
  return fits ? { ...planned, plan: { ...p, recalled: true, recallAt: at, focused: true } } : planned;
}

/** An answer that says nothing of what was asked of it ("how often?" and no word of how often): one honest sentence goes first. */
export function plainlyIfOff(parts: PlannerParts, input: AnswerInput, planned: Planned): Planned {
  const focus = parts.focus;
  const p = planned.plan;
  if (!focus || (p.kind !== 'passage' && p.kind !== 'brief' && p.kind !== 'more' && p.kind !== 'recap')) return planned;
  const asked = focus.of(parts.words(input.text));
  return asked && !focus.addresses(asked, p.passage) ? { ...planned, plan: { ...p, cannot: asked.cannot } } : planned;
}

/** The line after the first of an answer shown in full that speaks of what is asked ("and squats?" after the gym answer), said again. */
export function laterLineAsked(parts: PlannerParts, text: string, passage: Passage, state: AnswerState, minIdf: number): Planned | undefined {
  // Rare words count, and words no example has ("squats": an activity's answer has no examples of its own).
  const asked = new Map(parts.matcher.termsWithIdf(text).filter((t) => t.idf >= minIdf).map((t) => [t.term, t.idf]));
  const scores = sentences(passage.answer).map((x) => parts.matcher.rareTermsOf(x, 0).reduce((sum, t) => sum + (asked.get(t.term) ?? 0), 0));
  const top = Math.max(0, ...scores);
  const at = top > 0 ? scores.indexOf(top) : -1;
  return at > 0 ? { plan: { kind: 'more', passage, recalled: true, recallAt: at, focused: true }, state: { ...state, passage: passage.id } } : undefined;
}
