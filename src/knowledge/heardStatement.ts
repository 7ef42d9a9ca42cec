import type { AnswerPlan, PlannerParts } from './answerPlan';
import { sentences } from './answerText';
import type { Passage } from './passages';

/** How rare a word of the statement must be for the line of the last answer that has it to be the one said. */
const STATEMENT_WORD_IDF = 5;

/**
 * "nope, never had that happen" straight after an answer, with no answer of its own:
 * context for that answer, not a new question. Acknowledged (answers.yaml heardStatement.lead), with the
 * line of the last answer it bears on said again: the one its rare words are in, else the first line after
 * the opening that carries a condition ("If ... ever ..., avoid them"). Undefined when it bears on
 * no such line, or the wording has no heardStatement.
 */
export function heardStatement(parts: PlannerParts, text: string, last: Passage): AnswerPlan | undefined {
  const heard = parts.wording.heardStatement;
  if (!heard) return undefined;
  const lines = sentences(last.answer);
  if (!lines.length) return undefined;
  const conditions = new Set(heard.conditionWords.flatMap((w) => parts.words(w)));
  const named = parts.matcher.closestSentence(text, lines, STATEMENT_WORD_IDF);
  const conditional = lines.findIndex((line, i) => i > 0 && parts.words(line).some((w) => conditions.has(w)));
  // Bearing on no line but the opening ("my cousin comes friday" after heat): no guess; the caller asks what would help.
  const at = named > 0 ? named : conditional > 0 ? conditional : undefined;
  if (at === undefined) return undefined;
  return { kind: 'recap', passage: last, lines: [lines[at]!], withMore: false, cannot: heard.lead };
}
