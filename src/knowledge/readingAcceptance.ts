import { isTopicIntent } from '../nlu/intents';
import { WEIGHTS, type AnswerInput } from './answerPlan';
import type { Scored } from './passageRanking';

/** What the planner knows of a message when it weighs its best reading. */
export interface ReadingContext {
  input: AnswerInput;
  /** The message's medicine question kind gives a passage. */
  byKind: boolean;
  asks: boolean;
  /** A passage was answered before this message. */
  afterAnswer: boolean;
  followUp: boolean;
  /** The best reading is on the topic in context. */
  inContext: boolean;
  /** The best reading is the last answer, and the message names nothing it did not say ("and the getting-in part?"). */
  goesOnLast?: boolean;
  /** A greeting that goes on to ask a longer question. */
  greetsThenAsks: boolean;
  /** Read as a wish for help, but asking for more self-care after an answer. */
  helpFollowUp: boolean;
}

/** Whether the best reading answers the message. A topic intent is a question about it; otherwise only a question ("my dad had cancer" is not one) that fits a passage well. */
export function acceptsReading(c: ReadingContext, ranked: readonly Scored[], best: Scored): boolean {
  const { input, asks, followUp, inContext } = c;
  if (isTopicIntent(input.intent) || c.byKind) return true;
  // A short question that leaves out what it is about asks it of the answer just given, however few words it has to fit.
  if (asks && followUp && c.goesOnLast) return true;
  // A statement is read as a follow-up only when it fits the last answer's topic ("I'm so stiff in the morning" after sleep).
  // Also a longer one straight after an answer on that topic ("getting out is the hard part" after the bath answer).
  const rival = ranked.find((r) => r.passage.topic !== best.passage.topic);
  // After an answer, a remark one passage of another topic fits well and clearly ("five days and nothing has
  // shifted" after the heat answer: not getting better) says what it wants answered; judged by the topic's best-fitting passage.
  const topicSim = Math.max(...ranked.filter((r) => r.passage.topic === best.passage.topic).map((r) => r.sim));
  const clearRemark = !asks && followUp && !input.otherPart && topicSim >= WEIGHTS.noneMin && topicSim - (rival?.sim ?? 0) >= WEIGHTS.clearMargin;
  if (!asks) return (c.afterAnswer && inContext && best.sim >= (followUp ? WEIGHTS.noneMin : WEIGHTS.symptomsQuestionMin)) || clearRemark;
  // A question the classifier only half reads as a symptom report ("can I get a letter for work about my back?") is read like an unplaced one.
  const weakReport = input.intent === 'report_symptoms' && input.score < WEIGHTS.weakReport;
  // After an answer, a question one passage fits clearly better than any other topic ("is it normal that it keeps coming back?") is answered.
  const clearInConversation = c.afterAnswer && !input.otherPart && best.sim >= WEIGHTS.inConversationMin && best.sim - (rival?.sim ?? 0) >= WEIGHTS.clearMargin;
  // So is a question only half read as a wish for help ("how can you be sure it isn't a tumour?").
  const weakHelp = input.intent === 'help' && input.score < WEIGHTS.notQuestionMin;
  if (input.intent === 'none' || c.greetsThenAsks || weakReport || weakHelp) return best.sim >= WEIGHTS.noneMin || clearInConversation || (followUp && inContext && best.sim >= WEIGHTS.followUpMin);
  // A symptom report that asks a practical question ("I'm stuck on the floor, how do I get up?") gets the answer when one passage clearly fits.
  // Clear against other topics: two passages of one topic ("could it be cancer?", "a relative had cancer") both fitting is no doubt about the topic.
  const clearFit = best.sim >= WEIGHTS.symptomsQuestionMin && best.sim - (rival?.sim ?? 0) >= WEIGHTS.clearMargin;
  return best.sim >= WEIGHTS.symptomsMin || c.helpFollowUp || (input.intent === 'report_symptoms' && clearFit) || (followUp && inContext && best.sim >= WEIGHTS.followUpMin * 2);
}
