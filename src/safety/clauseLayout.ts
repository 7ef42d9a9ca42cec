/**
 * A message's clauses and sentences, as the scope rules (contextScope.ts) and the
 * if-clauses (conditionScope.ts) measure them: a clause ends at a sentence end, a
 * colon, a termination word ("but"), and where a comma or conjunction comes
 * before a new subject (", I ...", "and my ..."); a continuation ("and it turned
 * out to be") goes on with the clause before it.
 */
import { SENTENCE_END } from '../language';
import type { Layout } from './conditionScope';
import type { ScopeWords, Trigger } from './contextTriggers';
import type { Match } from './phraseSet';

export interface ClauseLayout extends Layout {
  /** 1 where a clause starts at token i. */
  cut: Uint8Array;
  /** First token of every sentence. */
  sentenceStart: Int32Array;
}

/** Most words between a list's frame and the colon that opens its list ("red flags ON IT: ..."). */
const FRAME_REACH = 4;

/** Clause and sentence numbers of every token; `live` are the message's triggers (termination, continuation). */
export function layOutClauses(tokens: readonly string[], live: readonly Match<Trigger>[], w: Pick<ScopeWords, 'clauseStart' | 'conjunctions' | 'firstPerson'>): ClauseLayout {
  const n = tokens.length;
  // A supposition or a list's frame before a colon or dash, in its sentence and at most
  // FRAME_REACH words before it ("things to look out for:", "a card with red flags on it -")
  // introduces the list after it: neither the colon nor the list's commas cut it off from
  // the frame, when the list speaks of no one up to the sentence's end ("red flags: I
  // can't pee" tells one). The list's own "but" still ends it.
  const inList = new Uint8Array(n + 1);
  const frameEnds = new Uint8Array(n + 1);
  for (const t of live) if (t.payload.cat === 'hypothetical' && t.payload.dir === 'pre') frameEnds[t.end] = 1;
  for (let i = 0; i < n; i++) {
    if (tokens[i] !== ':') continue;
    let framed = false;
    for (let j = i; j >= 0 && j >= i - FRAME_REACH && !(j < i && SENTENCE_END.has(tokens[j]!)); j--) if (frameEnds[j]) framed = true;
    if (!framed) continue;
    let end = i + 1;
    while (end < n && !SENTENCE_END.has(tokens[end]!) && !w.firstPerson.has(tokens[end]!)) end++;
    if (end < n && !SENTENCE_END.has(tokens[end]!)) continue;
    inList.fill(1, i, end);
  }
  // Clauses: sentence ends, termination words, and ", I ..." / "and my ...".
  const cut = new Uint8Array(n + 1);
  const soft = new Uint8Array(n + 1);
  for (const t of live) if (t.payload.cat === 'termination') cut[t.start] = 1;
  // "... and it turned out to be cancer" goes on with the clause before it (and its experiencer).
  const goesOn = new Uint8Array(n + 1);
  for (const t of live) if (t.payload.cat === 'continuation') goesOn[t.start] = 1;
  for (let i = 0; i + 1 < n; i++) {
    const tok = tokens[i]!;
    const next = tokens[i + 1]!;
    if (goesOn[i + 1]) continue;
    // A colon or dash ("never had this before - I can't pee") starts a new clause;
    // the colon itself stays with what it answers ("fever: no").
    if (SENTENCE_END.has(tok) || (tok === ':' && !inList[i])) cut[i + 1] = 1;
    if (w.clauseStart.has(next) && !inList[i]) {
      if (tok === ',') cut[i + 1] = 1;
      if (w.conjunctions.has(tok) && !cut[i]) cut[i] = soft[i] = 1;
    }
  }
  const clause = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) clause[i] = clause[i - 1]! + (cut[i] ? 1 : 0);
  const hardCutsBefore = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) hardCutsBefore[i] = hardCutsBefore[i - 1]! + (cut[i] && !soft[i] ? 1 : 0);
  const sentence = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) sentence[i] = sentence[i - 1]! + (SENTENCE_END.has(tokens[i - 1]!) ? 1 : 0);
  const sentenceStart = new Int32Array(sentence[n]! + 1);
  for (let i = n - 1; i >= 0; i--) sentenceStart[sentence[i]!] = i;
  return { tokens, clause, sentence, hardCutsBefore, cut, sentenceStart };
}
