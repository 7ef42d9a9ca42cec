import type { Activity, TurnContext } from 'botbuilder';

/**
 * What dialogs tell the review loop about a turn, without knowing about it:
 * which replies are answers that can be rated, which symptom-check steps were
 * reached, and what became of a disambiguation. Read by the bot layer
 * (src/bot/reviewRecorder.ts) at the end of the turn.
 */

/** Where an answer's id rides on the reply (read back when the user rates it). */
export interface AnswerChannelData {
  /** `topic` or `topic#passage`. */
  answerId: string;
}

/** Marks a reply as an answer that can be rated (thumbs up/down); the bot layer adds the channel's feedback UI. */
export function rateable<T extends Partial<Activity>>(activity: T, answerId: string): T {
  const channelData = (activity.channelData ?? {}) as Record<string, unknown>;
  return { ...activity, channelData: { ...channelData, answerId } satisfies AnswerChannelData };
}

/** The answer id a reply was marked with, if any. */
export function answerIdOf(activity: Partial<Activity>): string | undefined {
  const id = (activity.channelData as Partial<AnswerChannelData> | undefined)?.answerId;
  return typeof id === 'string' && id ? id : undefined;
}

export interface TurnNotes {
  /** Symptom-check steps, in order: 'started', a question id, 'finished'. */
  check: string[];
  disambiguation: Array<{ outcome: 'offered' | 'taken' | 'declined'; question?: string }>;
}

const KEY = Symbol('turnNotes');

function notes(context: TurnContext): TurnNotes {
  let n = context.turnState.get(KEY) as TurnNotes | undefined;
  if (!n) context.turnState.set(KEY, (n = { check: [], disambiguation: [] }));
  return n;
}

/** The symptom check reached `step`: 'started', a question id ('location', a screen question id), 'finished'. */
export function noteCheckStep(context: TurnContext, step: string): void {
  notes(context).check.push(step);
}

/** A disambiguation was offered, taken, or declined; a declined one keeps the question for review. */
export function noteDisambiguation(context: TurnContext, outcome: 'offered' | 'taken' | 'declined', question?: string): void {
  notes(context).disambiguation.push({ outcome, question });
}

export function turnNotes(context: TurnContext): TurnNotes {
  return notes(context);
}
