import { NUMBER_SLOT, findPhrase } from '../language/phrases';
import type { FactDef } from './userFactsFile';

// The numbers facts are told with (an age, weeks of pregnancy, months of pain): one job moved out of userFacts.ts,
// which reads the facts themselves.

/**
 * The number a message tells for this fact, the last one found: its own number phrases ("I'm 16") when they are the
 * person's, and "my son is 12" (namedNumbers) whoever writes, as the one named is the one asked about, unless the writer
 * asks of their own back (namedNotWith).
 */
export function numberTold(fact: FactDef, tokens: readonly string[], notTheUsers: (from: number, to: number) => boolean): number | undefined {
  const named = fact.namedNotWith.some((p) => findPhrase(tokens, p).length > 0) ? [] : fact.namedNumbers;
  let told: number | undefined;
  for (const [pattern, anyone] of [...fact.numbers.map((p) => [p, false] as const), ...named.map((p) => [p, true] as const)]) {
    for (const i of findPhrase(tokens, pattern)) {
      const n = numberAt(fact, tokens, i, pattern);
      if (n !== undefined && (anyone || !notTheUsers(i, i + pattern.length))) told = n;
    }
  }
  return told;
}

/**
 * The numbers a message tells as a fact of the person (an age, weeks of pregnancy), whoever they are: "I'm 72"
 * is no 72 hours, so they are left out when the message is matched to answers.
 */
export function numbersAsFacts(facts: readonly FactDef[], tokens: readonly string[]): string[] {
  const told = new Set<string>();
  for (const fact of facts) {
    for (const pattern of [...fact.numbers, ...fact.namedNumbers]) {
      const slot = pattern.indexOf(NUMBER_SLOT);
      for (const i of findPhrase(tokens, pattern)) {
        const n = tokens[i + slot] ?? '';
        if (/^\d+$/.test(n) && !fact.numberNotBefore.has(tokens[i + pattern.length] ?? '')) told.add(n);
      }
    }
  }
  return [...told];
}

/**
 * The number a fact's number phrase found at `i` tells, when it is that fact's: no unit after it ("15 minutes"), not
 * counted as a load ("got a 3 yo"), a likely age or count, within the fact's bounds (under 18: at most 17).
 */
function numberAt(fact: FactDef, tokens: readonly string[], i: number, pattern: readonly string[]): number | undefined {
  const n = Number(tokens[i + pattern.indexOf(NUMBER_SLOT)]);
  const after = tokens[i + pattern.length];
  if (after !== undefined && fact.numberNotBefore.has(after)) return undefined;
  if (fact.numberNotAfter.some((w) => w.length <= i && w.every((x, k) => tokens[i - w.length + k] === x))) return undefined;
  if (!(n > 0 && n < 120) || (fact.maxNumber !== undefined && n > fact.maxNumber)) return undefined;
  return n;
}
