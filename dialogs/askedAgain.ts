/**
 * "that's not what I asked, I asked when": the complaint that the last answer missed, followed by the
 * question put again, often in a word ("when", "how long") that only makes sense against the last question.
 * What follows the complaint is the message to answer; the answers read a bare "when?" against the last
 * question asked (knowledge/answers.yaml reframes). Words: check-control.yaml `missedQuestion`, `askedAgainLead`.
 */
import type { AnswerPlanner } from '../src/knowledge/answerPlanner';
import type { AnswerState } from '../src/knowledge/answerState';
import { prepare } from '../src/triage/text';
import { vocabulary } from '../src/triage/vocabulary';

const EDGE_MARKS = /^[\s,.;:!?-]+|[\s,.;:!-]+$/g;

/** The question asked again after the complaint, without its opening "I asked"; undefined when nothing follows it. */
export function askedAgain(text: string): string | undefined {
  const { missedQuestion, askedAgainLead } = vocabulary().control;
  const t = prepare(text);
  const m = missedQuestion.exec(t);
  if (!m) return undefined;
  let rest = t.slice(m.index + m[0].length).replace(EDGE_MARKS, '');
  const lead = askedAgainLead.exec(rest);
  if (lead) rest = rest.slice(lead[0].length).replace(EDGE_MARKS, '');
  if (!/\w/.test(rest)) return undefined;
  // "I asked when": a question word alone is asked as one.
  return rest.includes('?') || rest.split(/\s+/).length > 1 ? rest : `${rest}?`;
}

/** Plans that answer what was asked: anything else ("would one of these help?") is no better than the stock way to ask again. */
const ANSWERING = new Set(['passage', 'more', 'recap', 'brief']);

/** Whether the answers have an answer for the question put again (the planner is pure: nothing is said or kept). */
export function answersAgain(planner: Pick<AnswerPlanner, 'plan'>, state: AnswerState, asked: string): boolean {
  return ANSWERING.has(planner.plan({ text: asked, intent: 'none', score: 0, ranked: [], aboutBack: true }, state).plan.kind);
}
