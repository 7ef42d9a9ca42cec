/**
 * A message's tokens and whether a span of them is negated or about someone
 * else. The red-flag detector computes it (src/safety/contextScope.ts); other
 * readers of the same words, such as the facts users state, are given it so
 * that they honour negation and other people the same way.
 */
export interface SpanScope {
  tokens: readonly string[];
  notTheUsers(start: number, end: number): boolean;
  /** The writer speaks of themself ("I", "me"; not the "my" of "my dad"). */
  speaksOfSelf: boolean;
}

export type SpanScopeOf = (text: string) => SpanScope;
