/**
 * A fact about the person told in passing while a dialog waits for an answer
 * ("cheers, I'm 74 btw", "about 5. I take ramipril if that matters"): the
 * clauses that tell it are answered with what the fact changes, and the rest
 * of the message, if any, is read as the answer. Without this the thanks read
 * as a sign-off, or the fact as a failed answer ("didn't catch when").
 */
import { clauses } from '../src/language/clauses';
import type { UserFactReader, UserFacts } from '../src/knowledge/userFacts';
import { prepare } from '../src/triage/text';
import { withoutAcknowledgements } from '../src/triage/yesNo';

export interface FactsTold {
  /** Fact ids not known before this message. */
  facts: string[];
  /** The clauses that tell them. */
  told: string;
  /** The other clauses, acknowledgements ("cheers", "ok") left out; '' when nothing else is said. */
  rest: string;
}

/** The new facts `text` tells about the writer (or whom the dialog is for), with the clauses split off; undefined when none. */
export function factsToldIn(
  reader: Pick<UserFactReader, 'read'> & Partial<Pick<UserFactReader, 'answersChecks' | 'quietInChecks'>>,
  text: string,
  before: UserFacts,
  inCheck = false,
): FactsTold | undefined {
  const after = reader.read(text, before);
  // "about 3 weeks" answers a check's "when did it start?": the dialog's answer, not an aside.
  // "better since the heat pad": while a check waits, a thing used is part of the report, not news to stop for.
  const facts = Object.keys(after.known).filter((id) => before.known[id] === undefined && !reader.answersChecks?.(id) && !(inCheck && reader.quietInChecks?.(id)));
  if (facts.length === 0) return undefined;
  // A clause ends at punctuation or a joiner ("I'm 74 and it began on Monday": two clauses).
  const parts = clauses(text, { breakingWords: ['joiners', 'turns'] }).map((p) => p.trim()).filter((p) => p !== '');
  // Each clause read once: it tells a new fact, or it belongs to the rest.
  const telling = parts.map((part) => Object.keys(reader.read(part, { known: {} }).known).some((id) => facts.includes(id)));
  const told = parts.filter((_, i) => telling[i]);
  if (told.length === 0) return undefined;
  const rest = withoutAcknowledgements(prepare(parts.filter((_, i) => !telling[i]).join('. ')))
    .replace(/^[\s.,;:!-]+|[\s.,;:!-]+$/g, '')
    .trim();
  return { facts, told: told.join('. '), rest };
}
