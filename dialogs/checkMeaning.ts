/**
 * "what do you mean by that, what would it be like?" at one of the
 * check's detail questions (where, since when, how bad, what set it off): asking what
 * the question means is no answer to it and corrects nothing told before. The
 * question in plain words (responses.yaml `triage.meaning`), then the same question.
 * The safety questions have their own plain descriptions (checkAsides.ts).
 */
import type { TurnContext } from 'botbuilder';
import type { Pending } from '../src/triage/symptomCheck';
import { asksMeaning } from '../src/triage/checkAsides';
import type { CheckParsing } from './checkParsing';
import type { DialogServices } from './services';

/** The pending detail question's plain words when the message only asks what it means; undefined otherwise. */
export function detailMeaning(services: DialogServices, parsing: CheckParsing, context: TurnContext, text: string, pending: Pending | undefined): string | undefined {
  if (pending?.kind !== 'detail' || !asksOnlyMeaning(parsing, context, text, pending)) return undefined;
  return services.responses.triage.meaning[pending.field];
}

/**
 * Whether the message only asks what the question waiting means (then nothing in it corrects an earlier detail).
 * "lower back. what do you mean by set it off?": a detail given beside the question is an answer, read as one.
 */
export function asksOnlyMeaning(parsing: CheckParsing, context: TurnContext, text: string, pending: Pending | undefined): boolean {
  return pending !== undefined && pending.kind !== 'reuse' && asksMeaning(text) && Object.keys(parsing.all(context, text)).length === 0;
}
