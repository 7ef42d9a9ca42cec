/**
 * A list of denials that repeats its frame ("no problem passing urine, no problem holding it"):
 * the lexicon reads the first item as a denied finding, but an item it knows no sign in ("holding
 * it") is still denied by the same words before it. Left in, the learned stage reads that item
 * as the sign the list denies. Token by token, one pass per piece, no pattern with gaps.
 */
import { SENTENCE_END } from '../language';

/** Tokens that end one item of a list. */
const ITEM_ENDS = new Set([',', ';']);
/** The longest frame repeated before each item ("no problem with"). */
const MOST_FRAME = 3;

/**
 * Marks in `denied` (1 = a denied word) the words of each item that opens with the very frame
 * of an item the lexicon denied (the words between the item's start and its denied finding,
 * one to three words) when all the item's words after the
 * frame are under a negation and none is denied already. Returns how many items were added.
 * An item that brings in something else ("but holding it is hard") opens with another frame.
 */
export function denyRepeatedFrames(tokens: readonly string[], denied: Uint8Array, own: (i: number) => boolean, negated: (i: number) => boolean): number {
  const items: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !ITEM_ENDS.has(tokens[i]!) && !SENTENCE_END.has(tokens[i]!)) continue;
    if (i > start) items.push([start, i]);
    start = i + 1;
  }
  const frames: string[] = [];
  for (const [s, e] of items) {
    const first = denied.subarray(s, e).indexOf(1);
    if (first > 0 && first <= MOST_FRAME && own(s)) frames.push(tokens.slice(s, s + first).join(' '));
  }
  if (!frames.length) return 0;
  let added = 0;
  for (const [s, e] of items) {
    if (denied.subarray(s, e).includes(1)) continue;
    const frame = frames.find((f) => {
      const n = f.split(' ').length;
      return s + n < e && tokens.slice(s, s + n).join(' ') === f;
    });
    if (frame === undefined) continue;
    const from = s + frame.split(' ').length;
    let all = true;
    for (let i = from; i < e && all; i++) all = own(i) && negated(i);
    if (!all) continue;
    denied.fill(1, from, e);
    added++;
  }
  return added;
}
