import type { AnswerState } from './answerState';
import type { Planned } from './answerPlan';
import type { UserFactReader } from './userFacts';

/** How many notes a message that only states facts says (the composer's limit): a later fact's lead stands in for its note. */
const NOTES_SAID = 2;

/**
 * A fact stated in the same message as a question ("it's been 3 weeks now, heat or ice?"): the answer also says
 * what the fact changes (its `lead` in knowledge/user-facts.yaml), so the person sees it was heard and does not
 * get only the stock text. After the person's safety warnings, beyond their limit: the word limit drops it first.
 */
export function withFactLeads(planned: Planned, before: AnswerState, facts: Pick<UserFactReader, 'leads' | 'notes'>): Planned {
  const { plan, state } = planned;
  const stated = Object.keys(state.facts.known).filter((id) => before.facts.known[id] === undefined);
  if (!stated.length) return planned;
  if (plan.kind === 'passage') {
    const leads = facts.leads(stated, state.facts, plan.passage).filter((l) => !plan.caveats.includes(l));
    return leads.length ? { plan: { ...plan, leads }, state } : planned;
  }
  // Facts only, more than the notes said: the left-out facts' short leads ("5 weeks ago, I'm 71, on apixaban").
  if (plan.kind === 'noted' && plan.notes.length > NOTES_SAID) {
    const left = stated.filter((id) => !facts.notes([id], state.facts).every((n) => plan.notes.slice(0, NOTES_SAID).includes(n)));
    const leads = facts.leads(left, state.facts, { id: '', topic: '' });
    return leads.length ? { plan: { ...plan, leads }, state } : planned;
  }
  return planned;
}
