import type { AnswerPlan, PlannerParts } from './answerPlan';
import { sentences } from './answerText';
import type { Passage } from './passages';

/** How rare a word of the statement must be for the line of the last answer that has it to be the one said. */
const STATEMENT_WORD_IDF = 5;

/**
 * "never had it before", "done it loads, no bother" straight after an answer, with no answer of its own:
 * context for that answer, not a new question. Acknowledged (answers.yaml heardStatement.lead), with the
 * line of the last answer it bears on said again: the one its rare words are in, else the first line after
 * the opening that carries a condition ("If ... ever ..., avoid them"), else the opening line.
 * Undefined when the wording has no heardStatement.
 */
export function heardStatement(parts: PlannerParts, text: string, last: Passage): AnswerPlan | undefined {
  const heard = parts.wording.heardStatement;
  if (!heard) return undefined;
  const lines = sentences(last.answer);
  if (!lines.length) return undefined;
  const conditions = new Set(heard.conditionWords.flatMap((w) => parts.words(w)));
  const named = parts.matcher.closestSentence(text, lines, STATEMENT_WORD_IDF);
  const conditional = lines.findIndex((line, i) => i > 0 && parts.words(line).some((w) => conditions.has(w)));
  const at = named > 0 ? named : conditional > 0 ? conditional : 0;
  return { kind: 'recap', passage: last, lines: [lines[at]!], withMore: false, cannot: heard.lead };
}
