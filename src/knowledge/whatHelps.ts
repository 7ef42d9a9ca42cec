import type { Planned, PlannerParts } from './answerPlan';
import type { Asking, NotQuestionReading, Turn } from './answerTurn';
import type { PassageGiver } from './passageGiver';
import type { Scored } from './passageRanking';
import type { QuestionReader } from './questionReading';

/**
 * "in the meantime what helps?", "so what does work then?": read as a wish for help ("what can you do?"), but asked about
 * the back, in a conversation about it, they ask what helps: the first steps, never the list of topics. Not when the
 * bot itself is asked about ("what can you help with?"). Kept apart from the planner, which only asks it.
 */
export function whatHelps(parts: PlannerParts, reader: QuestionReader, giver: PassageGiver, t: Turn, a: Asking, nq: NotQuestionReading, best: Scored): Planned | undefined {
  const { input, words, last, state } = t;
  const plain = !a.kind && !a.namesMedicine && !t.product && !input.otherPart;
  const asksWhatHelps = input.intent === 'help' && plain && reader.hasAskingWord(words) && !nq.helpFollowUp && (Boolean(last) || input.aboutBack) && !speaksToBot(parts, words);
  // "did my back lifting a box, what do we do?": the cause told draws the lifting answer, but only what to do now is asked.
  const storyTopics = parts.wording.whatToDo?.storyTopics ?? [];
  const asksWhatToDo = plain && !last && !a.activity && storyTopics.includes(best.passage.topic) && reader.endsAskingWhatToDo(words);
  const steps = asksWhatHelps || asksWhatToDo ? parts.library.get(parts.wording.firstSteps ?? '') : undefined;
  if (!steps) return undefined;
  return state.given.includes(steps.id) ? giver.moreOf(steps, state) : giver.give(steps, state);
}

/** The message speaks to the bot ("what can you do?"). */
function speaksToBot(parts: PlannerParts, words: readonly string[]): boolean {
  const bot = new Set(parts.wording.botWords ?? []);
  return words.some((w) => bot.has(w));
}
