/**
 * The symptom check offered at the end of last turn's answer (answer state `checkOffered`): taken once, then spent,
 * and what in a reply reads as taking it up. Apart from mainDialog.ts so that routing asks in one line each.
 */
import type { TurnContext } from 'botbuilder';
import { firstClause } from '../src/language/clauses';
import { parseYesNo, withoutAcknowledgements } from '../src/triage/yesNo';
import { prepare } from '../src/triage/text';
import type { DialogServices } from './services';

/** The message the check was offered for last turn, if it was; the offer is spent either way. */
export async function takeCheckOffer(context: TurnContext, services: DialogServices): Promise<string | undefined> {
  const state = await services.answerState.get(context);
  if (state?.checkOffered === undefined) return undefined;
  const { checkOffered, ...rest } = state;
  await services.answerState.set(context, rest);
  return checkOffered;
}

/** "yes please, I'm asthmatic": the message opens with a yes or an okay. */
export function opensWithAcknowledgement(text: string): boolean {
  const prepared = prepare(text);
  // The first word of the first clause ("yes, ...", "ok! ..."): a "?" runs on, as "yes?" is read as said.
  const first = firstClause(prepared, { questionMarkEnds: false }).split(/\s+/)[0] ?? '';
  return withoutAcknowledgements(prepared) !== prepared || parseYesNo(first) === true;
}
