import type { UserFacts, UserFactReader } from './userFacts';
import { turnFacts, type AnswerInput } from './answerPlan';

/**
 * The tags of a demand's lines (knowledge/work-demands.yaml `caveats`): what to do day to day first, else its line
 * for working ("As your work is heavy: ..."), which a heavy job has without a day-to-day one.
 */
const TAGS = ['daily', 'work'];

/**
 * The first message's opening line for a pain report whose question no passage answered ("hairdresser, on my feet
 * all day, back's in spasm, any tips?"): the line of a work or daily demand the person stated, so the general first
 * steps start with their own situation instead of ignoring it. Undefined when no stated demand has such a line.
 * The facts read here (as the planner reads a turn's: turnFacts) are returned too, so that later answers keep applying them.
 */
export function situationLead(facts: Pick<UserFactReader, 'read' | 'caveats'>, input: Pick<AnswerInput, 'text' | 'factsText'>, known: UserFacts): { lead?: string; facts: UserFacts } {
  const read = turnFacts(facts, input, known);
  const [lead] = facts.caveats({ id: '', tags: TAGS }, read);
  return lead ? { lead, facts: read } : { facts: read };
}
