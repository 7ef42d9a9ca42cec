/**
 * "not sure about a fever, I feel normal": doubt about urgent signs felt as being unwell, beside
 * feeling well. Feeling well answers them better than the doubt: they are not raised
 * (redFlagCheck.ts), the check counts them as denied (checkSaidNo.ts), and at another safety
 * question the sentences that are the doubt are no answer to it (checkScreenAnswers.ts). The
 * message is read here once, and the turn carries the reading (Understanding.doubtedWell).
 */
import type { TurnContext } from 'botbuilder';
import type { WellDoubt } from '../src/nlu/messageUnderstander';
import { type CheckDialogue, doubtBesideWell } from '../src/safety/checkAnswers';
import { sentences } from '../src/language';
import { getUnderstanding } from './turnUnderstanding';

/** The reading of `text` whose urgent `flags` were found: undefined when they are not doubted beside feeling well. */
export function readWellDoubt(dialogue: CheckDialogue, text: string, flags: string[]): WellDoubt | undefined {
  if (!doubtBesideWell(dialogue, text, flags)) return undefined;
  return { flags, text: text.trim(), sentences: doubtSentences(dialogue, text, flags) };
}

/** The signs this turn's message doubted beside feeling well; none when it did not. */
export function doubtedWell(context: TurnContext): readonly string[] {
  return getUnderstanding(context)?.doubtedWell?.flags ?? [];
}

/**
 * Which of `text`'s sentences are the doubt by themselves. `text` is the message as read, or a
 * part of it the check reads alone (checkTurnNotes.ts readOnly): a part is read the same way.
 */
export function doubtedIn(context: TurnContext, dialogue: CheckDialogue, text: string): ReadonlySet<string> {
  const doubt = getUnderstanding(context)?.doubtedWell;
  if (!doubt) return new Set();
  return new Set(text.trim() === doubt.text ? doubt.sentences : doubtSentences(dialogue, text, doubt.flags));
}

function doubtSentences(dialogue: CheckDialogue, text: string, flags: readonly string[]): string[] {
  return sentences(text).filter((s) => doubtBesideWell(dialogue, s, flags));
}
