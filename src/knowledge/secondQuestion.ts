import { asksIn } from '../nlu/asks';
import { byKindOnly, type Planned, type PlannerParts } from './answerPlan';
import type { Asking, Turn } from './answerTurn';
import type { Passage } from './passages';

/**
 * Two questions in one message ("should I rest in bed, and can I go to work?"): the planner's answer speaks to one; the
 * other clause's own answer goes with it (each briefly, both with their sources), rather than leaving half the message
 * unanswered. Only when that clause asks on its own and one answer clearly fits it.
 */

/** How well an answer must fit the other clause's words alone to be given with the first. */
const SECOND_MIN_FIT = 0.35;
/** By how much it must fit that clause better than the first answer does: else the first answer already speaks to it. */
const SECOND_MARGIN = 0.1;
/** How rare among the examples a word of the clause must be, for its answer speaking of it to show what the clause asks about. */
const SECOND_WORD_IDF = 4.5;
/** Words that point back at what was said ("is THAT bad?"): a question of that kind asks about the other clause, not a thing of its own. */
const REFERRING: ReadonlySet<string> = new Set(['it', 'that', 'this', 'these', 'those']);

export function withSecondQuestion(parts: PlannerParts, t: Turn, a: Asking, planned: Planned): Planned {
  const p = planned.plan;
  // A product question has warnings of its own that a second answer would crowd out (a medicine one: see below).
  if (p.kind !== 'passage' || p.ownFirst || p.noted || t.product || t.input.reframed) return planned;
  // The message's asks (src/nlu/asks.ts): each a clause that is a question by its form, lead words ("also", "plus") dropped.
  const asking = asksIn(t.input.text, { words: parts.words, questionWords: parts.wording.questionWords }).map((x) => x.text);
  if (asking.length < 2) return planned;
  const namesMedicine = (clause: string) => (parts.medicineClasses?.(parts.words(clause)) ?? []).length > 0;
  const medicineAsks = asking.filter(namesMedicine);
  const main = p.passage;
  // A medicine answer keeps its warnings; beside it only an ask that names no medicine. Beside another answer, the one ask
  // that names a medicine may be the second ("should I rest in bed? is it worth taking paracetamol?").
  const mainOfMedicine = Boolean(a.kind) || (a.namesMedicine && parts.matcher.speaksOfClasses(main, a.classes));
  const allowed = (clause: string) => !namesMedicine(clause) || (!mainOfMedicine && medicineAsks.length === 1);
  for (const [at, clause] of asking.entries()) {
    if (!allowed(clause)) continue;
    const second = answerOf(parts, clause, main, namesMedicine(clause));
    if (!second || planned.state.given.includes(second.id)) continue;
    // A fact's own answer (stretches in pregnancy) is for its people only, as the first answer's reading keeps it.
    if (!parts.facts.fitsThePerson(t.input.text, t.facts)(second)) continue;
    // Its answer for this person: a fact that redirects or warns on it (pregnancy and stretches) needs a message of its own:
    // it is offered (its button), not squeezed in.
    const warned = parts.facts.caveats(second, t.facts);
    // Its warning already leads this answer (the hot water bottle line beside a driving answer): that ask is spoken to.
    if (warned.length && warned.every((c) => p.caveats.includes(c))) continue;
    const ownMessage = Boolean(parts.facts.redirect(second.id, t.facts)) || warned.length > 0;
    // An answer for their fact on the same topic (heat in pregnancy) already speaks to that ask: nothing to offer.
    if (ownMessage && second.topic === main.topic) continue;
    // Answered in the order asked: the other clause first when it came first. A follow-up ("how long for?", "tell me more")
    // reads against the answer said last; the other stays in context.
    // Steps to follow (getting up off the floor) read a short reply as how they are going: as a second answer they stay in context only.
    const saidLast = at === 0 || (parts.wording.stepPassages ?? []).includes(second.id) ? main : second;
    const other = saidLast === main ? second : main;
    const state = ownMessage
      ? planned.state
      : { ...planned.state, passage: saidLast.id, topic: saidLast.topic, given: [...planned.state.given, second.id], alsoInContext: [...(planned.state.alsoInContext ?? []), other.id] };
    return { plan: { ...p, also: second, ...(at === 0 ? { alsoFirst: true } : {}), ...(ownMessage ? { alsoOffered: true } : {}), ...(saidLast === main ? { mainKept: true } : {}) }, state };
  }
  return planned;
}

/** The answer one clause asks for on its own: an everyday activity's, or a passage it clearly fits better than the first answer. */
function answerOf(parts: PlannerParts, clause: string, main: Passage, namesMedicine: boolean): Passage | undefined {
  const activity = parts.activities?.match(clause);
  if (activity) {
    // The same activity under another name ("yoga", then "which asanas?") is the first answer again, not a second one.
    const covered = activity.covered.has(main.id) || activity.passage.id === main.id || parts.activities?.sameActivity?.(main.id, activity.passage.id) === true;
    return covered ? undefined : activity.passage;
  }
  const ranked = parts.matcher.rank(clause);
  const best = ranked[0];
  if (!best || best.passage.id === main.id || best.score < SECOND_MIN_FIT || byKindOnly(best.passage)) return undefined;
  // It names what it asks about ("stay in bed", "see a GP"), not only how it asks, of what was said before ("is that bad?");
  // a medicine it names is its subject whatever the "it" before ("is it worth taking paracetamol?").
  const words = parts.words(clause);
  if (REFERRING.has(words[1] ?? '') && !namesMedicine) return undefined;
  const asking = new Set(parts.wording.questionWords.flatMap((q) => parts.words(q)));
  const named = parts.matcher.termsWithIdf(words.filter((w) => !asking.has(w)).join(' ')).filter((x) => x.idf >= SECOND_WORD_IDF && parts.matcher.speaksTo(best.passage, x.term));
  if (!named.length) return undefined;
  const mainFit = ranked.find((r) => r.passage.id === main.id)?.score ?? 0;
  return best.score - mainFit >= SECOND_MARGIN ? best.passage : undefined;
}

/**
 * Two close readings that are two asks ("can I take ibuprofen and is heat ok at night?"): one ask fits each clearly best.
 * Then both are answered (withSecondQuestion), not "Do you mean A or B?".
 */
export function askedBoth(parts: PlannerParts, text: string, a: Passage, b: Passage): boolean {
  const asks = asksIn(text, { words: parts.words, questionWords: parts.wording.questionWords });
  if (asks.length < 2) return false;
  const bests = asks.map((x) => parts.matcher.rank(x.text)[0]).filter((r) => r !== undefined && r.score >= SECOND_MIN_FIT).map((r) => r!.passage.id);
  return bests.includes(a.id) && bests.includes(b.id);
}
