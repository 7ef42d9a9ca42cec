/**
 * Safety questions answered no in passing ("legs are fine", "no fever, didn't
 * fall"), in any message of the check: kept so those questions are not asked.
 */
import type { TurnContext } from 'botbuilder';
import type { CheckState } from '../src/triage/symptomCheck';
import { vocabulary } from '../src/triage/vocabulary';
import { prepare } from '../src/triage/text';
import { deniedSigns, deniesAllOfThem, groupsDenied } from '../src/triage/denials';
import { saidNoGroups, saysNoToEveryOne } from './checkMessages';
import { clauses, clauseWords } from '../src/language/clauses';
import type { CheckParsing } from './checkParsing';
import { getUnderstanding } from './turnUnderstanding';
import { doubtedWell } from './wellDoubt';
import { parseYesNo } from '../src/triage/symptomParser';
import { noToEveryOneIn } from './answerInClauses';

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
  const whole = [...saidNoGroups(text), ...(deniesAllOfThem(text) ? groupsDenied(screen, denied, true, asked) : []), ...(noToEveryOneBeside(text) ? screen.map((_, i) => i) : [])];
  for (const index of whole) for (const item of screen[index]!.items) if (!check.denied?.includes(item.flag)) (check.denied ??= []).push(item.flag);
  for (const index of [...whole, ...groups]) if (!check.saidNo?.includes(index)) (check.saidNo ??= []).push(index);
}

/**
 * "back. no to those too" after a pause: the words after the return are a plain no (or a no to every
 * one left) to the safety question that was waiting, telling of no sign: that question's answer, not
 * only a return. Never from a message that raised a red flag.
 */
export function answersWaitingNo(context: TurnContext, parsing: CheckParsing, check: CheckState, text: string): boolean {
  if (check.pending?.kind !== 'group' || getUnderstanding(context)?.redFlag) return false;
  const locale = context.activity.locale;
  if (parseYesNo(text, locale) !== false && !noToEveryOneIn(text, locale)) return false;
  return parsing.reading(context, text).kind === 'answer';
}

/**
 * "middle of the lower back, about a 6, and no to all the warning ones": a no to every safety question,
 * told as one clause beside the details, with nothing in the message turning against it ("but", "except").
 */
function noToEveryOneBeside(text: string): boolean {
  const parts = clauses(prepare(text), { breakingWords: ['joiners'] }).map((c) => c.trim()).filter((c) => c !== '');
  if (parts.length < 2 || !parts.some((c) => saysNoToEveryOne(c))) return false;
  const { turns, contrasts } = clauseWords();
  const words = new Set(prepare(text).split(/[^a-z']+/));
  return ![...turns, ...contrasts].some((w) => words.has(w));
}
