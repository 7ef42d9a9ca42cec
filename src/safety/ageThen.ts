/**
 * An age told for an event, read against the writer's present age: "got hit by a car at 19,
 * broke my leg ... I'm 37" tells an accident eighteen years gone, as "when I was 19" would.
 * For contextScope.ts, which reads such a sentence as naming a distant time (pastAnchors).
 * Only when the writer's present age is told and is at least `gap` years more, and only when
 * the number closes its clause ("at 19," / "at 19."): "fell at 8 this morning", "came off at
 * 30 mph" or a number with nothing to weigh it against is no age. Token by token, no pattern.
 * Words from knowledge/safety/context.yaml `ageThen`.
 */
import { PUNCTUATION } from '../language';
import { asObject, asStrings, fail } from './dataChecks';
import { phraseAt } from '../language/phrases';

/** context.yaml's `ageThen` as written: phrase lists before and after each age, and the year limits. */
export interface AgeThenDef {
  at: string[];
  now: string[];
  atAfter: string[];
  nowAfter: string[];
  gap: number;
  from: number;
}

/** `ageThen`: an age told for an event against the present age (optional: none when absent). */
export function readAgeThen(raw: unknown, file: string): AgeThenDef {
  if (raw === undefined) return { at: [], now: [], atAfter: [], nowAfter: [], gap: 0, from: 0 };
  const a = asObject(raw, file, 'ageThen', ['at', 'now', 'atAfter', 'nowAfter', 'gap', 'from']);
  if (typeof a.from !== 'number' || !Number.isInteger(a.from) || a.from < 1 || a.from > 30) fail(file, 'ageThen.from', 'must be a whole number of years from 1 to 30');
  if (typeof a.gap !== 'number' || !Number.isInteger(a.gap) || a.gap < 1 || a.gap > 30) fail(file, 'ageThen.gap', 'must be a whole number of years from 1 to 30');
  return {
    at: asStrings(a.at, file, 'ageThen.at'),
    now: asStrings(a.now, file, 'ageThen.now'),
    atAfter: asStrings(a.atAfter ?? [], file, 'ageThen.atAfter', true),
    nowAfter: asStrings(a.nowAfter ?? [], file, 'ageThen.nowAfter', true),
    gap: a.gap,
    from: a.from,
  };
}

export interface AgeThenWords {
  /** Words before the age at the event ("at", "at the age of"), each split into tokens. */
  at: readonly (readonly string[])[];
  /** Words before the writer's present age ("i am"), each split into tokens. */
  now: readonly (readonly string[])[];
  /** Words that may follow the present age ("years", "and"), besides punctuation and the end. */
  nowAfter: ReadonlySet<string>;
  /** Words that may follow the age at the event, besides punctuation and the end ("and"). */
  atAfter: ReadonlySet<string>;
  /** Fewest years between the age then and now. */
  gap: number;
  /** Youngest age then read: a smaller number may be a time of day ("fell at 10."). */
  from: number;
}

const WHOLE = /^\d{1,3}$/;

/** The number right after a phrase of `heads` at token i, when it is followed by an allowed word, punctuation or the end. */
function ageAfter(tokens: readonly string[], i: number, heads: AgeThenWords['at'], after: ReadonlySet<string>): { age: number; at: number } | null {
  for (const head of heads) {
    if (!phraseAt(tokens, head, i)) continue;
    const at = i + head.length;
    const t = tokens[at];
    if (t === undefined || !WHOLE.test(t)) continue;
    const next = tokens[at + 1];
    // "at 19:30" is a time of day: a colon never closes an age.
    if (next === ':' || (next !== undefined && !PUNCTUATION.has(next) && !after.has(next))) continue;
    return { age: Number(t), at };
  }
  return null;
}

/** Token positions of ages told for an event that lie at least `gap` years before the writer's present age. */
export function agesThen(tokens: readonly string[], w: AgeThenWords): number[] {
  if (!w.at.length || !w.now.length) return [];
  let now = -1;
  for (let i = 0; i < tokens.length && now < 0; i++) now = ageAfter(tokens, i, w.now, w.nowAfter)?.age ?? -1;
  if (now < 0) return [];
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const then = ageAfter(tokens, i, w.at, w.atAfter);
    if (then && then.age >= w.from && then.age + w.gap <= now) out.push(then.at);
  }
  return out;
}
