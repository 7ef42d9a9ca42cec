/**
 * What the symptom check's asides leave for the rest of the turn, in the turn state: the part of the
 * message the check reads as its answer, and whether the result or the count of questions left is to
 * follow that answer. Apart from the asides (checkAsides.ts) so that the turns that read these notes
 * need none of the asides' readers.
 */
import type { TurnContext } from 'botbuilder';
import { getUnderstanding } from './turnUnderstanding';

const ANSWER_PART = Symbol('checkAnswerPart');
const COUNT_NOTE = Symbol('checkCountNote');
const VERDICT_NOTE = Symbol('checkVerdictNote');

/** The part of this turn's message the check reads as its answer (all of it unless an aside was taken out). */
export function checkText(context: TurnContext): string {
  // The message as understood: remarks on the typing ("typing one handed") are no part of any answer.
  return ((context.turnState.get(ANSWER_PART) as string | undefined) ?? getUnderstanding(context)?.text ?? context.activity.text ?? '').trim();
}

/** The check reads only `text` this turn: the rest of the message was answered as an aside. */
export function readOnly(context: TurnContext, text: string): void {
  context.turnState.set(ANSWER_PART, text);
}

/** The answer this turn came with a wish for the result or a goodbye: the result follows it. */
export function noteVerdict(context: TurnContext): void {
  context.turnState.set(VERDICT_NOTE, true);
}

/** The answer this turn came with "how many more?": the count goes before the next question. */
export function noteCount(context: TurnContext): void {
  context.turnState.set(COUNT_NOTE, true);
}

/** Whether "no. so what's the verdict?" came with an answer, so the result follows it; cleared once read. */
export function takeVerdictNote(context: TurnContext): boolean {
  return takeNote(context, VERDICT_NOTE);
}

/** Whether "how many more?" came with an answer, so the count goes before the next question; cleared once read. */
export function takeCountNote(context: TurnContext): boolean {
  return takeNote(context, COUNT_NOTE);
}

function takeNote(context: TurnContext, note: symbol): boolean {
  const set = context.turnState.get(note) === true;
  context.turnState.set(note, false);
  return set;
}
