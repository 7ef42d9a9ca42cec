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
 * stays: it answers the question, and the fact's own warning goes before it.
 */
export function withoutClashes(plan: AnswerPlan, facts: UserFacts, reader: UserFactReader, words: WordsOf): AnswerPlan {
  if (plan.kind !== 'passage' && plan.kind !== 'more' && plan.kind !== 'brief') return plan;
  const clashes = reader.clashing(plan.passage.id, facts);
  if (!clashes.length) return plan;
  const isClash = (s: string) => {
    const w = words(s);
    return clashes.some((c) => findPhrase(w, c).length > 0);
  };
  const keep = (text: string): string => sentences(text).filter((s) => !isClash(s)).join(' ');
  const [first, ...rest] = sentences(plan.passage.answer);
  const answer = [first!, keep(rest.join(' '))].filter(Boolean).join(' ');
  const passage: Passage = { ...plan.passage, answer, ...(plan.passage.more !== undefined ? { more: keep(plan.passage.more) } : {}) };
  return { ...plan, passage };
}
