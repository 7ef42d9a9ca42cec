/**
 * Questions asked about a sign in general ("Is foot drop the same as your foot
 * going to sleep?", "Why is losing weight a warning sign?"), wherever they sit in a
 * message: their findings are no one's (context.yaml `signQuestion`).
 */
import { SENTENCE_END } from '../language';

export interface SignQuestionWords {
  /** Words that may come before the opener ("so", "quick question"). */
  lead: ReadonlySet<string>;
  openers: ReadonlySet<string>;
  /** Words that point at someone's own sign when they follow the opener ("is THIS normal?"). */
  pointers: ReadonlySet<string>;
  /** Words that make a question the asker's own anywhere in it ("normal", "now"). */
  notWith: ReadonlySet<string>;
  /** Words after a pointer that make it point at a claim, not a sign ("is it TRUE that ..."). */
  claims: ReadonlySet<string>;
  /** How many words after the opener are checked for pointers. */
  reach: number;
}

/**
 * The sentence numbers (counting sentence ends before a token) of the questions in
 * general: ending in "?", opening with a question word (after lead words, or after
 * a colon) whose first words point at nothing, and with no first-person or
 * `notWith` word ("is the leaking normal?" is asked by someone who has it).
 */
export function signQuestions(tokens: readonly string[], firstPerson: ReadonlySet<string>, q: SignQuestionWords): number[] {
  const out: number[] = [];
  let start = 0;
  let sentence = 0;
  for (let end = 0; end < tokens.length; end++) {
    if (!SENTENCE_END.has(tokens[end]!)) continue;
    if (tokens[end] === '?' && asksInGeneral(tokens, start, end, firstPerson, q)) out.push(sentence);
    start = end + 1;
    sentence++;
  }
  return out;
}

function asksInGeneral(tokens: readonly string[], start: number, end: number, firstPerson: ReadonlySet<string>, q: SignQuestionWords): boolean {
  for (let i = start; i < end; i++) if (firstPerson.has(tokens[i]!) || q.notWith.has(tokens[i]!)) return false;
  const opensAt = (i: number): boolean => {
    while (i < end && (q.lead.has(tokens[i]!) || tokens[i] === ',')) i++;
    if (i >= end || !q.openers.has(tokens[i]!)) return false;
    // "is it true that ...?" asks about a claim: its "it" points at nothing the asker has.
    for (let j = i + 1; j <= i + q.reach && j < end; j++) if (q.pointers.has(tokens[j]!) && !q.claims.has(tokens[j + 1] ?? '')) return false;
    return true;
  };
  if (opensAt(start)) return true;
  for (let i = start; i < end; i++) if (tokens[i] === ':' && opensAt(i + 1)) return true;
  return false;
}
