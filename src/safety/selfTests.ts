/**
 * A sign the writer tested on themselves, told with a normal result: "walked on my
 * heels to test my legs (fine)", "wiped and could feel it normally",
 * "keep checking I can feel my bum. I can" (context.yaml `selfTest`). What was
 * tested is not a finding, and the learned stage does not read its words.
 */
import { SENTENCE_END } from '../language';

/** A trigger's span: tokens [start, end). */
export interface Span {
  start: number;
  end: number;
}

/**
 * The tokens of each test told with a normal result, from the start of the test's
 * clause to the end of the result. The result must follow within `window` words, in
 * the test's sentence or opening the next, with no turn ("but") and no number
 * between (a reading is a finding: "checked my temp, 38.9, feel fine").
 * A doubt told first in the test's sentence and turned from ("thought my bum felt numb,
 * but checked and the feeling is normal") is the sign tested: the span starts at the doubt.
 * @param cut 1 where a clause starts; `sentence` the sentence number of every token
 * @param doubts the sign told as a belief ("i thought", "was worried"), context.yaml `selfTest.doubts`
 */
export function selfTests(
  tokens: readonly string[],
  tests: readonly Span[],
  results: readonly Span[],
  turns: readonly Span[],
  cut: Uint8Array,
  sentence: Int32Array,
  window: number,
  doubts: readonly Span[] = [],
): Uint8Array {
  const out = new Uint8Array(tokens.length + 1);
  const turn = new Uint8Array(tokens.length + 1);
  for (const t of turns) turn[t.start] = 1;
  const sorted = [...results].sort((a, b) => a.start - b.start);
  const sentenceStart = (i: number) => {
    let j = i;
    while (j > 0 && sentence[j - 1] === sentence[i]) j--;
    return j;
  };
  for (const t of tests) {
    const r = sorted.find((x) => x.start >= t.end && x.start - t.end <= window);
    if (!r) continue;
    const sentences = sentence[r.start]! - sentence[t.start]!;
    if (sentences > 1 || (sentences === 1 && r.start - sentenceStart(r.start) > 1)) continue;
    let clear = true;
    for (let i = t.end; i < r.start && clear; i++) if (turn[i] || /\d/.test(tokens[i]!)) clear = false;
    if (!clear) continue;
    let from = t.start;
    while (from > 0 && !cut[from] && !SENTENCE_END.has(tokens[from - 1]!)) from--;
    // Only a doubt turned from before the test ("..., but"): "I was worried and checked, can feel it" tests what follows.
    const doubt = doubts.find((d) => d.start < from && sentence[d.start] === sentence[t.start] && turn.subarray(d.end, t.start).includes(1));
    out.fill(1, doubt ? doubt.start : from, r.end);
  }
  return out;
}
