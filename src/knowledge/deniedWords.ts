import { SENTENCE_END } from '../language';
import type { SpanScopeOf } from '../language/spanScope';

/** Fewer kept words than this: the message is all denial ("no, none of that"), read as written. */
const MIN_KEPT = 3;
const isWord = (t: string) => /[a-z0-9]/i.test(t);
/**
 * Words that open a wish for a property, not a denial, when a negation follows
 * within WISH_REACH words in a sentence that asks: "something THAT won't make me
 * drowsy", "WHAT doesn't upset my stomach". What follows is what is asked about.
 */
const WISH_OPENERS = new Set(['that', 'which', 'what', 'one', 'something', 'anything', 'nothing']);
const WISH_REACH = 3;

/**
 * A message without the words it denies, for matching it to passages: in "no
 * numbness and my bladder is fine, can I take ibuprofen?" only the question
 * should speak, not "numbness". Denial is the language layer's negation scope
 * (knowledge/safety/context.yaml), so pseudo-negations such as "can't sleep"
 * keep their words. A denial after the words ("... is fine", "... is ok") counts
 * only in a sentence that does not ask: "kidney disease, which painkiller is ok?"
 * states the disease.
 */
export function withoutDenied(scopeOf: SpanScopeOf, questionWords: ReadonlySet<string>): (text: string) => string {
  let last: { text: string; out: string } | undefined;
  return (text) => {
    if (last?.text === text) return last.out;
    last = { text, out: read(scopeOf, questionWords, text) };
    return last.out;
  };
}

function read(scopeOf: SpanScopeOf, questionWords: ReadonlySet<string>, text: string): string {
  const scope = scopeOf(text);
  const { tokens, denied, negationWord, negationReach } = scope;
  if (!denied) return text;
  // Whether each token's sentence asks: it ends in a question mark or starts with a question word ("which stretches are ok for her").
  const asks: boolean[] = new Array<boolean>(tokens.length).fill(false);
  for (let i = tokens.length - 1, q = false; i >= 0; i--) {
    if (SENTENCE_END.has(tokens[i]!)) q = tokens[i] === '?';
    asks[i] = q;
  }
  for (let i = 0, start = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !SENTENCE_END.has(tokens[i]!)) continue;
    if (questionWords.has(tokens[start] ?? '')) for (let j = start; j < i; j++) asks[j] = true;
    start = i + 1;
  }
  const drop = tokens.map((t, i) => isWord(t) && denied(i, i + 1, !asks[i]));
  // From a wished-for property's negation to the sentence's end, nothing is denied: it names what the person wants.
  if (negationWord) {
    for (let i = 0, wish = false; i < tokens.length; i++) {
      if (SENTENCE_END.has(tokens[i]!)) wish = false;
      else if (!wish && asks[i] && negationWord(i) && tokens.slice(Math.max(0, i - WISH_REACH), i).some((t) => WISH_OPENERS.has(t))) wish = true;
      if (wish) drop[i] = false;
    }
  }
  // A question opened after a comma ("no numbness or anything, what stretches help") is no part of the denial before it.
  for (let i = 1, open = false; i < tokens.length; i++) {
    if (SENTENCE_END.has(tokens[i]!)) open = false;
    else if (tokens[i - 1] === ',' && questionWords.has(tokens[i]!)) open = true;
    if (open) drop[i] = false;
  }
  // The negation's own words go with what they deny ("not" in "I do not have an ulcer" matches "not helping").
  // They reach as far as the scope rules let a negation reach.
  if (negationWord && negationReach) {
    tokens.forEach((t, i) => {
      if (isWord(t) && negationWord(i) && drop.slice(i + 1, i + 1 + negationReach).some(Boolean)) drop[i] = true;
    });
  }
  const kept = tokens.filter((_, i) => !drop[i]);
  if (kept.length === tokens.length || kept.filter(isWord).length < MIN_KEPT) return text;
  return kept.join(' ');
}
