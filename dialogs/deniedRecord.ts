/**
 * The conversation's record of warning signs denied for the patient
 * (src/safety/deniedSigns.ts): written by the bot each turn from what the
 * message denies and tells, and by the checks from their "no" answers; read by
 * the replies that would list warning signs. In conversation state, so "delete
 * my data" removes it. Never read to decide an alarm.
 */
import type { TurnContext } from 'botbuilder';
import { fill } from '../src/content/responses';
import { keepDenied } from '../src/safety/deniedSigns';
import type { DialogServices } from './services';

/** Turn state: the signs this turn's message denied (after the bot read it). */
const DENIED_NOW_KEY = Symbol('deniedNow');

/** The signs denied so far in this conversation. */
export async function deniedSoFar(context: TurnContext, services: DialogServices): Promise<string[]> {
  return (await services.denied.record.get(context)) ?? [];
}

/** Keeps what a message denies and drops what it tells of (present or possible). */
export async function noteTold(context: TurnContext, services: DialogServices, now: { denied: readonly string[]; present: readonly string[] }): Promise<void> {
  context.turnState.set(DENIED_NOW_KEY, now.denied.filter((f) => !now.present.includes(f)));
  await keep(context, services, now);
}

/** A "no" to a safety question: its signs denied. */
export async function noteDenied(context: TurnContext, services: DialogServices, flags: readonly string[]): Promise<void> {
  await keep(context, services, { denied: flags, present: [] });
}

/** The record after `now` (keepDenied), written only when there is or was something on it. */
async function keep(context: TurnContext, services: DialogServices, now: { denied: readonly string[]; present: readonly string[] }): Promise<void> {
  const kept = await deniedSoFar(context, services);
  const next = keepDenied(kept, now);
  if (next.length || kept.length) await services.denied.record.set(context, next);
}

/** The signs this turn's message denied. */
export function deniedThisTurn(context: TurnContext): readonly string[] {
  return (context.turnState.get(DENIED_NOW_KEY) as readonly string[] | undefined) ?? [];
}

/**
 * "I'm terrified" said with signs denied and nothing asked: a fear to answer
 * with what was ruled out, as a worry is.
 */
export function frightenedDenying(context: TurnContext, services: DialogServices, text: string, asks: boolean): boolean {
  return !asks && deniedThisTurn(context).length > 0 && services.denied.wording.frightened(text);
}

/** `which` of denied-signs.yaml filled for the signs on record; undefined when none of them has words. */
async function withDenials(context: TurnContext, services: DialogServices, which: 'worry' | 'pushback', emergency: string): Promise<string | undefined> {
  const { wording } = services.denied;
  // After an escalation (even one told in the check), "nothing you've told me is a warning sign" would contradict it.
  if ((await services.denied.escalation.get(context)) !== undefined) return undefined;
  const values = wording.fillFor(await deniedSoFar(context, services));
  return values && fill(wording.texts[which], { ...values, emergency });
}

/** The reassurance for a worry, naming the signs ruled out and what would change that. */
export function reassurance(context: TurnContext, services: DialogServices, emergency: string): Promise<string | undefined> {
  return withDenials(context, services, 'worry', emergency);
}

/** The reply to a pushback ("it's my back, not my legs"), with the signs ruled out named instead of listed again. */
export function pushbackWithDenials(context: TurnContext, services: DialogServices, emergency: string): Promise<string | undefined> {
  return withDenials(context, services, 'pushback', emergency);
}
