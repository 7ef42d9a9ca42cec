/**
 * Safety questions answered no in passing ("legs are fine", "no fever, didn't
 * fall"), in any message of the check: kept so those questions are not asked.
 */
import type { TurnContext } from 'botbuilder';
import type { CheckState } from '../src/triage/symptomCheck';
import { vocabulary } from '../src/triage/vocabulary';
import { prepare } from '../src/triage/text';
import { deniedSigns, deniesAllOfThem, groupsDenied } from '../src/triage/denials';
import { saidNoGroups } from './checkMessages';
import type { CheckParsing } from './checkParsing';
import { getUnderstanding } from './turnUnderstanding';
import { doubtedWell } from './wellDoubt';

/** Notes the signs and whole groups `text` denies; never from a message that raised a red flag. */
export function noteSaidNo(context: TurnContext, parsing: CheckParsing, check: CheckState, text: string): void {
  if (getUnderstanding(context)?.redFlag) return;
  // "none of that... wait, what counts as numb?": a denial in doubt, its question described and asked again.
  if (vocabulary().yesNo.asksMeaning.test(prepare(text))) return;
  const denied = deniedSigns(text, parsing.denied(context, text));
  // "not sure about a fever, I feel normal": feeling well is the answer (dialogs/redFlagCheck.ts).
  for (const flag of doubtedWell(context)) denied.add(flag);
  for (const flag of denied) if (!check.denied?.includes(flag)) (check.denied ??= []).push(flag);
  // "nothing like that" reaches the groups this message denies signs of, not earlier ones.
  const asked = check.pending?.kind === 'group' ? check.pending.index : undefined;
  const { screen } = vocabulary();
  const groups = groupsDenied(screen, new Set(check.denied), false);
  // A whole group denied ("legs are fine", "nothing like that") denies each of its signs.
  const whole = [...saidNoGroups(text), ...(deniesAllOfThem(text) ? groupsDenied(screen, denied, true, asked) : [])];
  for (const index of whole) for (const item of screen[index]!.items) if (!check.denied?.includes(item.flag)) (check.denied ??= []).push(item.flag);
  for (const index of [...whole, ...groups]) if (!check.saidNo?.includes(index)) (check.saidNo ??= []).push(index);
}
