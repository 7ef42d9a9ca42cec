import { clausesKeepingBreaks } from '../language/clauses';
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
  // A medicine or product question has warnings of its own that a second answer would crowd out.
  if (p.kind !== 'passage' || p.ownFirst || p.noted || a.kind || t.product || a.namesMedicine || t.input.reframed) return planned;
  // Each clause with the break after it: a "?" there says it asks, whatever its words.
  const pieces = clausesKeepingBreaks(t.input.text, { breakingWords: ['joiners', 'turns'] });
  const asking = pieces
    .map((c, i) => (i % 2 === 0 ? `${c.trim()}${(pieces[i + 1] ?? '').includes('?') ? '?' : ''}` : ''))
    .filter((c) => asksByForm(parts, c));
  if (asking.length < 2) return planned;
  const main = p.passage;
  for (const [at, clause] of asking.entries()) {
    const second = answerOf(parts, clause, main);
    if (!second || planned.state.given.includes(second.id)) continue;
    // Its answer for this person: a fact that redirects or warns on it (pregnancy and heat) keeps it for a message of its own.
    if (parts.facts.redirect(second.id, t.facts) || parts.facts.caveats(second, t.facts).length) continue;
    // Answered in the order asked: the other clause first when it came first.
    return { plan: { ...p, also: second, ...(at === 0 ? { alsoFirst: true } : {}) }, state: { ...planned.state, given: [...planned.state.given, second.id] } };
  }
  return planned;
}

/** A clause that is a question by its form: a "?" after it, or a question word first ("can I drive"); not a plight told ("I'm stuck"). */
function asksByForm(parts: PlannerParts, clause: string): boolean {
  const first = parts.words(clause)[0];
  return first !== undefined && (clause.endsWith('?') || parts.wording.questionWords.some((q) => q === first));
}

/** The answer one clause asks for on its own: an everyday activity's, or a passage it clearly fits better than the first answer. */
function answerOf(parts: PlannerParts, clause: string, main: Passage): Passage | undefined {
  const activity = parts.activities?.match(clause);
  if (activity) {
    const covered = activity.covered.has(main.id) || activity.passage.id === main.id;
    return covered ? undefined : activity.passage;
  }
  const ranked = parts.matcher.rank(clause);
  const best = ranked[0];
  if (!best || best.passage.id === main.id || best.score < SECOND_MIN_FIT || byKindOnly(best.passage)) return undefined;
  // It names what it asks about ("stay in bed", "see a GP"), not only how it asks, of what was said before ("is that bad?").
  const words = parts.words(clause);
  if (REFERRING.has(words[1] ?? '')) return undefined;
  const asking = new Set(parts.wording.questionWords.flatMap((q) => parts.words(q)));
  const named = parts.matcher.termsWithIdf(words.filter((w) => !asking.has(w)).join(' ')).filter((x) => x.idf >= SECOND_WORD_IDF && parts.matcher.speaksTo(best.passage, x.term));
  if (!named.length) return undefined;
  const mainFit = ranked.find((r) => r.passage.id === main.id)?.score ?? 0;
  return best.score - mainFit >= SECOND_MARGIN ? best.passage : undefined;
}
