import { findPhrase } from '../language/phrases';
import type { AnswerPlan } from './answerPlan';
import type { WordsOf } from './answerText';
import { sentences } from './answerText';
import type { Passage } from './passages';
import type { UserFacts, UserFactReader } from './userFacts';

/**
 * A plan whose passage leaves out the sentences that advise what the person's
 * facts rule out ("use whichever feels better, cold too" after "I have
 * Raynaud's"): a stated fact filters what follows, rather than a caveat
 * sitting next to advice that contradicts it. The answer's first sentence
 * stays, without a choice in it that clashes ("..., or on your back with
 * pillows" in pregnancy): it answers the question, and the fact's own warning
 * goes before it.
 */
export function withoutClashes(plan: AnswerPlan, facts: UserFacts, reader: UserFactReader, words: WordsOf): AnswerPlan {
  if (plan.kind !== 'passage' && plan.kind !== 'more' && plan.kind !== 'brief') return plan;
  const clashes = reader.clashing(plan.passage.id, facts);
  if (!clashes.length) return plan;
  const isClash = (s: string) => {
    const w = words(s);
    return clashes.some((c) => findPhrase(w, c).length > 0);
  };
  const keep = (text: string): string => sentences(text).map((s) => trimmed(s, isClash)).filter(Boolean).join(' ');
  const [first, ...rest] = sentences(plan.passage.answer);
  // A first sentence of a stage the person is past ("early in pregnancy" at 24 weeks) answers nothing for them: the rest does.
  const past = reader.pastStages(facts);
  const firstPast = rest.length > 0 && past.some((c) => findPhrase(words(first!), c).length > 0);
  const answer = [firstPast ? '' : trimmed(first!, isClash) || first!, keep(rest.join(' '))].filter(Boolean).join(' ');
  const passage: Passage = { ...plan.passage, answer, ...(plan.passage.more !== undefined ? { more: keep(plan.passage.more) } : {}) };
  return { ...plan, passage };
}

/**
 * How the written answers offer another choice inside a sentence ("on your side ..., or on your back with ..."):
 * a clashing choice is left out and the rest of the sentence kept.
 */
const ALTERNATIVE = ', or ';

/** The sentence without its clashing choices; empty when its first choice clashes (the whole sentence advises it). */
function trimmed(sentence: string, isClash: (s: string) => boolean): string {
  if (!isClash(sentence)) return sentence;
  const [lead, ...others] = sentence.split(ALTERNATIVE);
  if (!others.length || isClash(lead!)) return '';
  const kept = [lead!, ...others.filter((o) => !isClash(o))].join(ALTERNATIVE).trim();
  return /[.!?]$/.test(kept) ? kept : `${kept}.`;
}
