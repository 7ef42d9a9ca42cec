/**
 * A checklist of denied signs opened by a heading that holds the negation: "things I
 * don't have: numbness down below, any change in peeing, weakness, fever". The heading's
 * negation reaches past the colon over every item of the list, however long, up to the
 * sentence's end: the list's commas, "any" and asides do not cut it off. It stops at a
 * termination word ("..., fever, but I can't pee") and where the writer starts a clause
 * of their own after a comma (", I can't feel my bum"): those tell, not list.
 */
import { SENTENCE_END } from '../language';

/** Most words between the heading's negation and its colon ("I do NOT have any of these:"). */
const HEADING_REACH = 5;

/**
 * 1 for every token inside such a list. `negEndingAt[e]` is the start of a negation
 * pre-trigger ending at token e (-1 if none); `terminations` are the starts of termination
 * triggers; `subjects` are the writer's words that start a clause of their own after a comma.
 */
export function headingDenials(tokens: readonly string[], negEndingAt: Int32Array, terminations: readonly number[], subjects: ReadonlySet<string>): Uint8Array {
  const n = tokens.length;
  const denied = new Uint8Array(n + 1);
  const stops = new Uint8Array(n + 1);
  for (const s of terminations) stops[s] = 1;
  for (let i = 0; i < n; i++) {
    if (tokens[i] !== ':') continue;
    let headed = false;
    for (let e = i; e >= 0 && e >= i - HEADING_REACH; e--) {
      if (e < i && SENTENCE_END.has(tokens[e]!)) break;
      const s = negEndingAt[e]!;
      if (s >= 0 && s < i) headed = true;
    }
    if (!headed) continue;
    for (let j = i + 1; j < n && !SENTENCE_END.has(tokens[j]!) && !stops[j]; j++) {
      if (tokens[j - 1] === ',' && subjects.has(tokens[j]!)) break;
      denied[j] = 1;
    }
  }
  return denied;
}
