// A bare answer after a question or a list ("fever? no", "bladder, bowels: none of those"),
// read by the red-flag detector before the scope rules (contextScope.ts).
import { PUNCTUATION } from '../language';

/**
 * "fever? no": a bare answer after a question mark belongs to the question.
 * An answer may be several words ("chest pain? i do not have any"); it is then,
 * like a one-word answer ("nope"), written as a bare "no" so that the post-negation ": no" applies.
 * @param answers answer phrases as token lists, longest first
 * @param normal body temperatures below a fever, [from, below) (context.yaml `normalTemperatures`)
 */
export function foldBareAnswers(tokens: string[], answers: readonly string[][], normal: ReadonlyArray<readonly [number, number]>): string[] {
  const out = tokens;
  for (let i = 0; i + 1 < out.length; i++) {
    // After a question mark, or a colon that ends a list ("bladder, bowels, legs: none of those").
    if (out[i] !== '?' && out[i] !== ':') continue;
    // A checklist's "temperature? 36.9": a normal reading alone is the question's no.
    if (normalReading(out[i + 1]!, normal) && (i + 2 >= out.length || PUNCTUATION.has(out[i + 2]!))) {
      out[i] = ':';
      out[i + 1] = 'no';
      continue;
    }
    for (const answer of answers) {
      const n = answer.length;
      if (i + n >= out.length || (i + n + 1 < out.length && !PUNCTUATION.has(out[i + n + 1]!))) continue;
      let same = true;
      for (let j = 0; j < n && same; j++) same = out[i + 1 + j] === answer[j];
      if (!same) continue;
      out[i] = ':';
      // Every answer is written "no", one word or several ("nope", "none" too): the later
      // readers then see one shape of a denied question whatever the writer's word.
      out.splice(i + 1, n, 'no');
      break;
    }
  }
  return out;
}

/** A body temperature told with a decimal point as a thermometer shows it, in one of the normal ranges. */
function normalReading(token: string, normal: ReadonlyArray<readonly [number, number]>): boolean {
  if (!/^\d{2,3}\.\d$/.test(token)) return false;
  const v = Number(token);
  return normal.some(([lo, hi]) => v >= lo && v < hi);
}

/**
 * The message tells one or more body temperatures as a thermometer shows them, every one of
 * them normal ("took it twice, 36.6 and 36.9"): a measured answer to whether there is a fever.
 */
export function onlyNormalReadings(tokens: readonly string[], normal: ReadonlyArray<readonly [number, number]>): boolean {
  const readings = tokens.filter((t) => /^\d{2,3}\.\d$/.test(t));
  return readings.length > 0 && readings.every((t) => normalReading(t, normal));
}
