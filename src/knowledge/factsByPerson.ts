import type { UserFacts } from './userFacts';

/**
 * Whose facts the answers read: the writer's own (`self`) or those of the person they write for (`other`).
 * A father's ramipril told while asking for him must not put its warning on the son's own question later
 * in the same chat, nor the son's asthma on the father's answer: each person's facts are kept apart.
 */
export type FactPerson = 'self' | 'other';

/** The facts of the person the answers are not for now, set aside until the conversation is about them again. */
export interface FactsAside {
  person: FactPerson;
  known: Record<string, number | true>;
  names?: Record<string, string>;
}

/** The person `facts.known` belongs to; facts recorded before any helper wrote are the writer's. */
export function factsPerson(facts: UserFacts): FactPerson {
  return facts.person ?? 'self';
}

/**
 * The facts for `person`: the same when they are already theirs; else the current person's facts are set aside
 * and the other's come back (none, the first time). Where the writer is (locale, a trip ahead) is kept: it is
 * where the answers are read, whoever they are for. `relabel`: the writer said the facts told so far were the
 * other person's all along ("sorry, it's my husband, not me"): they move with the person, nothing is set aside.
 */
export function factsFor(facts: UserFacts, person: FactPerson, relabel = false): UserFacts {
  if (factsPerson(facts) === person) return facts;
  const { known, names, aside, person: _was, ...place } = facts;
  if (relabel) return { ...facts, person, ...(aside?.person === person ? { aside: undefined } : {}) };
  const now: FactsAside = { person: factsPerson(facts), known, ...(names ? { names } : {}) };
  const back = aside?.person === person ? aside : undefined;
  const out: UserFacts = { ...place, known: back ? { ...back.known } : {}, person };
  if (back?.names) out.names = { ...back.names };
  if (Object.keys(known).length) out.aside = now;
  return out;
}

/** The fields a fresh reading of a message carries over from the facts before it (whose they are, the other's). */
export function personFields(before: UserFacts): Pick<UserFacts, 'person' | 'aside'> {
  return { ...(before.person ? { person: before.person } : {}), ...(before.aside ? { aside: before.aside } : {}) };
}
