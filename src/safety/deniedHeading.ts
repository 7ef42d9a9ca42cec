/**
 * A checklist of denied signs opened by a heading that holds the negation: "things I
 * don't have: numbness down below, any change in peeing, weakness, fever". The heading's
 * negation reaches past the colon over every item of the list, however long, up to the
 * sentence's end: the list's commas, "any" and asides do not cut it off. It stops at a
 * termination word ("..., fever, but I can't pee") and where the writer starts a clause
 * of their own after a comma (", I can't feel my bum"): those tell, not list.
 */
import { SENTENCE_END } from '../language';

/** Most words between the heading's negation and its colon ("things I do NOT have:"). */
const HEADING_REACH = 5;

/**
 * 1 for every token inside such a list. `negEndingAt[e]` is the start of a negation
 * pre-trigger ending at token e (-1 if none); `terminations` are the starts of termination
 * triggers; `subjects` are the writer's words that start a clause of their own after a comma;
 * `ends` the words that end such a heading (context.yaml headingEnds).
 */
export function headingDenials(tokens: readonly string[], negEndingAt: Int32Array, terminations: readonly number[], subjects: ReadonlySet<string>, ends: ReadonlySet<string>): Uint8Array {
  const n = tokens.length;
  const denied = new Uint8Array(n + 1);
  const stops = new Uint8Array(n + 1);
  // A termination opened by a comma before a body part and its verb (", legs are weak" in
  // context.yaml) still ends the list, but not with a verb in -ing: "..., legs giving way, fevers"
  // names one more item. A word ("but", "though") always ends it.
  for (const s of terminations) if (tokens[s] !== ',' || !tokens[s + 2]?.endsWith('ing')) stops[s] = 1;
  // The end of the last list read: a colon inside it reaches the same end, so each token is
  // scanned once however many colons a long message has.
  let reached = -1;
  for (let i = 0; i < n; i++) {
    // The heading ends in a word of having ("don't HAVE:", "haven't GOT:"): "not normal for me:"
    // or "never had this before:" introduce what the writer does have.
    if (tokens[i] !== ':' || i < reached || !ends.has(tokens[i - 1] ?? '')) continue;
    let headed = false;
    for (let e = i; e >= 0 && e >= i - HEADING_REACH; e--) {
      if (e < i && SENTENCE_END.has(tokens[e]!)) break;
      const s = negEndingAt[e]!;
      if (s >= 0 && s < i) headed = true;
    }
    if (!headed) continue;
    let j = i + 1;
    for (; j < n && !SENTENCE_END.has(tokens[j]!) && !stops[j]; j++) {
      if ((tokens[j - 1] === ',' || j === i + 1) && subjects.has(tokens[j]!)) break;
      denied[j] = 1;
    }
    reached = j;
  }
  return denied;
}
