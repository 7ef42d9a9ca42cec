import { findPhrase } from '../language/phrases';
import { WEIGHTS, type AnswerInput, type Planned, type PlannerParts } from './answerPlan';
import type { AnswerState } from './answerState';
import type { QuestionReader } from './questionReading';

/**
 * The answer planner's last look at a reply that would only say an answer again ("As I said: ..."): a statement told back
 * about it ("that helped a bit", "sounds like rubbish to me") or a question about something it does not speak of ("when can I
 * deadlift?" after the gym line, "is tingling normal?" after the stretches) gets no repeat. Another answer that fits the
 * message, not given yet, is given instead; else what is left is said plainly with the next useful step
 * (answers.yaml `saidAlready`). A question whose words the answer does speak to (the same question reworded), or a request
 * to hear it again ("say that again"), keeps the reminder.
 */
export function notSaidAgain(
  parts: PlannerParts,
  reader: QuestionReader,
  ownWords: (words: readonly string[]) => string[],
  input: AnswerInput,
  before: AnswerState,
  planned: Planned,
  replan: (input: AnswerInput) => Planned,
): Planned {
  const p = planned.plan;
  const said = parts.wording.saidAlready;
  const repeats = p.kind === 'brief' || (p.kind === 'more' && p.recalled === true);
  if (!said || !repeats || input.exclude) return planned;
  const words = parts.words(input.text);
  if (said.again.some((a) => findPhrase(words, parts.words(a)).length > 0)) return planned;
  // "like how many days tho": a focus asked is a question, whatever its marks.
  const asks = reader.asks(input.text, words) || Boolean(parts.focus?.of(words));
  // A line of it picked by the message's own rare word ("the floor?" after the mattress answer), asked or in a few words: that line is what they ask about.
  if (p.kind === 'more' && (p.recallAt ?? 0) > 0 && (asks || words.length <= WEIGHTS.shortFollowUp)) return planned;
  // What the message names that the answer never speaks of ("deadlift", "tingling", "overhead locker").
  const unspoken = parts.matcher.rareTermsOf(ownWords(words).join(' '), WEIGHTS.rareWordIdf).filter((t) => !parts.matcher.speaksTo(p.passage, t.term));
  if (asks && !unspoken.length) return planned;
  // Another answer for it, not given yet; only one that speaks of what the message names, when it names something.
  const other = replan({ ...input, exclude: [p.passage.id, ...before.given] });
  const o = other.plan;
  const fits = o.kind === 'passage' && !before.given.includes(o.passage.id) && (!unspoken.length || unspoken.some((t) => parts.matcher.speaksTo(o.passage, t.term)));
  if (fits) return other;
  const topics = (parts.followUps.get(p.passage.topic) ?? []).slice(0, 3);
  return { plan: { kind: 'exhausted', passage: p.passage, topics, said: asks ? 'asked' : 'told' }, state: before };
}
