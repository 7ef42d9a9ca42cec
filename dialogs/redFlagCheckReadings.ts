/**
 * What a message says to the red-flag check (dialogs/redFlagCheck.ts): whether
 * it denies the sign, takes an answer back, pushes back on the advice, or talks
 * of something else. Pure readings of the turn's understanding; the check
 * decides what to do with them.
 */
import type { TurnContext } from 'botbuilder';
import type { ActName } from '../src/nlu/acts';
import type { Understanding } from '../src/nlu/messageUnderstander';
import { accountsFor, explainsMistake, explainsSign, isCorrection, readCall, saysNormal, shrugsOffSign } from '../src/safety/checkAnswers';
import { needsIn } from './escalationNeeds';
import { deniedSigns } from '../src/triage/denials';
import { prepare } from '../src/triage/text';
import { vocabulary } from '../src/triage/vocabulary';
import { asksInstead, parseYesNo } from '../src/triage/yesNo';
import { clauses, firstClause } from '../src/language';
import { sentencesAsTyped } from '../src/language/sentences';
import { ACT_CONFIDENCE, confidentAct, isDriven } from './actAnswers';
import { saysCorrection } from './checkMessages';
import type { DialogServices } from './services';
import { getUnderstanding } from './turnUnderstanding';

/** Words from which a message with no answer and no red flag in it is taken as talk about something else. */
const MIN_ASIDE_WORDS = 5;
/** "no, I'm not going to hospital": a refusal of the advice, never a denial of the sign. */
const REFUSAL_ACTS: ReadonlySet<ActName> = new Set<ActName>(['pushback', 'frustration']);
/** Acts that say something other than an answer ("I AM moving, it still hurts"): answered, never read as "not sure". */
const ASIDE_ACTS: ReadonlySet<ActName> = new Set<ActName>(['pushback', 'frustration', 'about_bot', 'thanks_ok']);

/** One sentence that asks a question and states nothing else. */
export function onlyAsks(text: string): boolean {
  return asksInstead(text) && sentencesAsTyped(text.trim()).length === 1;
}

/** What the flag feels like in everyday words: its own description, else that of the screen group that asks about it. */
export function describes(flag: string): string | undefined {
  const group = vocabulary().screen.find((g) => g.items.some((i) => i.flag === flag));
  return group?.items.find((i) => i.flag === flag)?.describe ?? group?.describe;
}

/** Whether the text, as the answer to this sign's question, denies it (denials.yaml, or the lexicon's negated finding). */
export function deniesFlag(services: DialogServices, context: TurnContext, text: string, flag: string): boolean {
  const understanding = getUnderstanding(context);
  return deniedSigns(text, services.redFlags.denied(text, understanding?.flagRaised), flag).has(flag);
}

/** "that's no help to me": frustration with the advice or a correction, as the message's act or one sentence's; never a refusal to go ("I'm not going to hospital"), which leaves the alarm standing. */
export function pushesBack(understanding: Understanding): boolean {
  const acts = [confidentAct(understanding), ...(understanding.sentenceActs ?? []).filter((a) => a.score >= ACT_CONFIDENCE).map((a) => a.act)];
  if (acts.includes('pushback')) return false;
  return acts.some((act) => act === 'frustration' || act === 'correction');
}

/** The message's confident act refuses the advice ("no, I'm not going"). */
function refuses(understanding: Understanding): boolean {
  const act = confidentAct(understanding);
  return act !== undefined && REFUSAL_ACTS.has(act);
}

/** A clear "I don't have that" with no red flag of its own and no refusal in it. */
export function deniesSign(understanding: Understanding): boolean {
  if (understanding.redFlag || refuses(understanding)) return false;
  return vocabulary().control.deniesSign.test(prepare(understanding.text));
}

/** "sorry, I wrote wrong, my foot is not dragging": a correction denying a sign outright, with no flag or refusal of its own. */
export function correctsWithDenial(services: DialogServices, understanding: Understanding): boolean {
  if (understanding.redFlag || refuses(understanding)) return false;
  const corrects = confidentAct(understanding) === 'correction';
  if (!saysCorrection(understanding.text, corrects) && !isCorrection(services.checkDialogue, understanding.text)) return false;
  return services.redFlags.denied(understanding.text, understanding.flagRaised).length > 0;
}

/**
 * "sorry, it's only his left leg, he said both by mistake" or "just the right. no weakness" after
 * an alarm raised only for both legs: a correction or a no that names exactly one side, with no
 * red flag, refusal or question of its own. One leg is the sciatica advice, not the emergency.
 */
export function narrowsToOneSide(services: DialogServices, understanding: Understanding, flags: readonly string[]): boolean {
  const { text } = understanding;
  if (understanding.redFlag || refuses(understanding) || asksInstead(text)) return false;
  const act = confidentAct(understanding);
  const corrects = act === 'correction' || act === 'no' || isCorrection(services.checkDialogue, text) || explainsMistake(services.checkDialogue, text);
  // "the right one's fine", "he said both by mistake": the clauses that settle the other side or tell
  // how the slip came about name no side of the sign.
  const words = services.checkDialogue;
  const told = clauses(text).filter((c) => !saysNormal(words, c) && !explainsMistake(words, c)).join(', ');
  return corrects && services.redFlags.narrowsToOneSide(flags, told);
}

/**
 * "no, only my right leg" after an alarm read from "both my legs": a no that denies, in other
 * words, every flag the alarm was raised for (knowledge/triage/denials.yaml, as the check
 * question's answer reads it), with no red flag, refusal or question of its own.
 */
export function deniesRaised(services: DialogServices, context: TurnContext, understanding: Understanding, flags: readonly string[]): boolean {
  if (understanding.redFlag || refuses(understanding) || asksInstead(understanding.text) || flags.length === 0) return false;
  if (parseYesNo(firstClause(understanding.text)) !== false) return false;
  return flags.every((flag) => deniesFlag(services, context, understanding.text, flag));
}

/**
 * "it eases if I turn on my side" after a same-day alarm read from "worse at night": every flag the
 * alarm was raised for denied in other words (knowledge/triage/denials.yaml), said as a statement with
 * no red flag, refusal or question of its own. Only a same-day alarm: an emergency is taken back by a
 * denial in the sign's own words or a plain no, never by a reading of other words alone.
 */
export function deniesUrgentInOtherWords(services: DialogServices, understanding: Understanding, flags: readonly string[]): boolean {
  if (understanding.redFlag || refuses(understanding) || asksInstead(understanding.text) || flags.length === 0) return false;
  // The phrases alone: a sign the lexicon reads as negated ("no shivering" after "a fever of 101") may be
  // another sign of the flag than the one told, which the other denial readings weigh (deniesOnlyOtherSigns).
  return flags.every((flag) => services.redFlags.level(flag) === 'urgent' && deniedSigns(understanding.text, [], flag).has(flag));
}

/**
 * The message denies signs by name ("no shivering or confusion"), and none of them is one the
 * alarm was raised from (`told`, the words of the signs that message told): it takes nothing back.
 * A denial naming no sign ("no, that's all normal") or one of the told signs may.
 */
export function deniesOnlyOtherSigns(services: DialogServices, understanding: Understanding, told: readonly string[] | undefined): boolean {
  const { text } = understanding;
  if (!told || told.length === 0) return false;
  // A correction ("sorry, typed the wrong thing, no fever") is read as one, whatever words it uses.
  if (correctsWithDenial(services, understanding) || isCorrection(services.checkDialogue, text) || explainsMistake(services.checkDialogue, text)) return false;
  const { negated } = services.redFlags.findingWords(text);
  return negated.length > 0 && !negated.some((w) => told.includes(w));
}

/** A clear no ("no, none of that") with no red flag, refusal or question of its own. */
export function deniesAnswered(understanding: Understanding): boolean {
  if (understanding.redFlag || asksInstead(understanding.text) || refuses(understanding)) return false;
  return deniesSign(understanding) || parseYesNo(understanding.text) === false;
}

/** A question ("so ibuprofen then?") or pushback instead of an answer: no yes, no or not sure. */
export function isAside(understanding: Understanding): boolean {
  if (asksInstead(understanding.text)) return true;
  const act = confidentAct(understanding);
  if (act !== undefined && ASIDE_ACTS.has(act)) return true;
  // "you already told me that. I AM moving": one clause is pushback or frustration.
  if ((understanding.sentenceActs ?? []).some((a) => a.act !== 'none' && a.score >= ACT_CONFIDENCE && ASIDE_ACTS.has(a.act))) return true;
  // A sentence with no answer word and nothing of a red flag in it ("that whole thing was a thumbs down")
  // talks about something else; a short unreadable reply ("banana") is a failed answer.
  return !understanding.redFlag && understanding.text.split(/\s+/).length >= MIN_ASIDE_WORDS;
}

/**
 * After an alarm from their own words, a message that explains the sign or says the function is
 * normal, with no sign, question, refusal, call or practical need of its own.
 */
export function explainsAway(services: DialogServices, understanding: Understanding): boolean {
  const words = services.checkDialogue;
  const { text } = understanding;
  // "when I go it's normal" starts like a question but tells; a question mark asks.
  if (understanding.redFlag || text.includes('?') || readCall(words, text)) return false;
  const act = confidentAct(understanding);
  if (act && REFUSAL_ACTS.has(act)) return false;
  if (needsIn(services, text).length > 0) return false;
  return saysNormal(words, text) || explainsSign(words, text);
}

/**
 * "lol prob just asleep, it's fine" after an emergency read from their own words: the sign waved
 * off with a guess, neither denied in its own words nor given a cause that accounts for it. Its
 * "it's fine" takes nothing back; the advice is held.
 */
export function shrugsOff(services: DialogServices, understanding: Understanding, flags: readonly string[]): boolean {
  const words = services.checkDialogue;
  const { text } = understanding;
  if (understanding.redFlag || text.includes('?') || readCall(words, text) || !shrugsOffSign(words, text)) return false;
  // "I've just been and peed normally" still denies: a clause saying the function is normal,
  // other than the shrug's own "it's fine".
  const generic = vocabulary().control.deniesSign;
  if (clauses(text).some((c) => saysNormal(words, c) && !generic.test(prepare(c)))) return false;
  const denied = services.redFlags.denied(text, understanding.flagRaised);
  return !flags.some((flag) => denied.includes(flag)) && !causeAccountsFor(services, flags, text);
}

/**
 * The explanation can account for a sign the alarm was raised for: the function said to work as
 * usual, what they meant, or an ordinary cause of that sign (check-dialogue.yaml `accounts`,
 * ordinary-causes.yaml). A hold for someone else's sign is the same: their explanation is relayed.
 */
export function accountedFor(services: DialogServices, flags: readonly string[], text: string): boolean {
  const functionWorks = flags.some((f) => services.checkDialogue.normalAnswers.has(f)) && saysNormal(services.checkDialogue, text);
  return functionWorks || causeAccountsFor(services, flags, text);
}

/** What they meant, or an ordinary cause of one of the signs (`accounts`, ordinary-causes.yaml). */
function causeAccountsFor(services: DialogServices, flags: readonly string[], text: string): boolean {
  return flags.some((flag) => accountsFor(services.checkDialogue, flag, text) || services.redFlags.ordinaryCauseGiven(flag, text));
}

/** A call for help under way or a lift in ("ok calling", "my son's driving me"), never a refusal to call. */
export function callsNow(services: DialogServices, text: string): boolean {
  const call = readCall(services.checkDialogue, text);
  if (call) return call === 'calling';
  return isDriven(services, text) || needsIn(services, text).some((need) => need.name === 'calling');
}
