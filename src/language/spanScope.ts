/**
 * A message's tokens and whether a span of them is negated or about someone
 * else. The red-flag detector computes it (src/safety/contextScope.ts); other
 * readers of the same words, such as the facts users state, are given it so
 * that they honour negation and other people the same way.
 */
export interface SpanScope {
  tokens: readonly string[];
  notTheUsers(start: number, end: number): boolean;
  /** The span is told of someone else ("my brother ... he's had back pain"), negated or not. */
  someoneElses?(start: number, end: number): boolean;
  /** The span is denied by a negation before it ("no numbness"), or `after` it too ("my bladder is fine"). */
  denied?(start: number, end: number, after: boolean): boolean;
  /** Token i is one of a negation's own words ("no", "do not have"). */
  negationWord?(i: number): boolean;
  /** How many words on a negation reaches to what it denies (the scope rules' pre-negation window). */
  negationReach?: number;
  /** The writer speaks of themself ("I", "me"; not the "my" of "my dad"). */
  speaksOfSelf: boolean;
}

export type SpanScopeOf = (text: string) => SpanScope;
