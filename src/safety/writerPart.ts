/**
 * Whose sentence is it, for contextScope.ts: per sentence, the first token of the part that speaks of the writer.
 * Apart from Scope because it answers one question of its own (a question about red flags in general, a denial of
 * everything, a question about a sign's name), from the triggers of knowledge/safety/context.yaml.
 */
import type { ScopeWords, Trigger } from './contextTriggers';
import type { Match } from './phraseSet';
import { signQuestions } from './signQuestions';

/**
 * Per sentence, the first token of the part that speaks of the writer (past the sentence's end, n + 1, when none
 * does, in a general question). `general`: the message is a question about red flags in general from someone who
 * says they are fine, or denies every sign at once.
 */
export function writerParts(tokens: readonly string[], live: readonly Match<Trigger>[], sentence: Int32Array, sentenceStart: Int32Array, general: boolean, w: ScopeWords): Int32Array {
  const n = tokens.length;
  // In such a question a list of examples that a dash or colon closes before the writer's own
  // words ("things like ..., a fever - I want the wording right") is the question's: the
  // writer's part of a sentence starts at the colon (or dash) before their first word, and
  // runs to the sentence's end ("I have: ..." keeps all of it).
  // Not when the writer's words take up what came before ("..., a numb groin - I have that").
  const selfFrom = new Int32Array(sentence[n]! + 1).fill(n + 1);
  for (let i = 0; i < n; i++) {
    const s = sentence[i]!;
    if (general && !w.firstPerson.has(tokens[i]!)) continue;
    if (selfFrom[s]! <= i) continue;
    let from = i;
    while (general && from > sentenceStart[s]! && tokens[from - 1] !== ':') from--;
    let to = from;
    while (to < n && sentence[to] === s && !w.pointsBack.has(tokens[to]!)) to++;
    selfFrom[s] = general && (to >= n || sentence[to] !== s) ? from : sentenceStart[s]!;
  }
  // The denial's own sentence is the writer's report: "back ache plus chills, nothing else going on".
  for (const t of live) if (t.payload.cat === 'wholeDenial') selfFrom[sentence[t.start]!] = sentenceStart[sentence[t.start]!]!;
  // A denial relative to what came before ("fine otherwise", "nothing else") says those sentences
  // were the writer's own report, even one told with no "I" ("thermometer says 39, back aching").
  for (const t of live) {
    if (t.payload.cat !== 'wholeDenial' || !tokens.slice(t.start, t.end).some((x) => w.relativeDenial.has(x))) continue;
    for (let s = 0; s < sentence[t.start]!; s++) selfFrom[s] = sentenceStart[s]!;
  }
  // A question asked about a sign in general ("is foot drop the same as ...?") speaks of no one.
  for (const s of signQuestions(tokens, w.firstPerson, w.signQuestion)) selfFrom[s] = n + 1;
  return selfFrom;
}
