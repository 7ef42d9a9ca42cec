/**
 * An answer to a safety question that tells a change without naming what changed ("took an age
 * to get started and I wasn't done after" to the bladder question): read as told of what the
 * question asks about, the question's own words (knowledge/triage/screen.yaml `answerFrames`)
 * put before it. Only the group's own signs count, so the frame adds no other alarm.
 */
import { parseYesNo, reportsProgress } from '../src/triage/yesNo';
import { prepare } from '../src/triage/text';
import type { ScreenGroup, ScreenItem } from '../src/triage/vocabulary';
import type { DialogServices } from './services';

/** Fewer words than this tell no change of their own ("5", "all good", "dunno really"). */
const TOLD_WORDS = 4;

export function framedSign(services: Pick<DialogServices, 'redFlags'>, group: ScreenGroup, text: string, locale?: string): ScreenItem | undefined {
  if (!group.answerFrames?.length || text.split(/\s+/).filter(Boolean).length < TOLD_WORDS) return undefined;
  // "not that I've noticed": a no stays a no, whatever a frame would make of its words.
  if (parseYesNo(text, locale) === false) return undefined;
  // "should I see the GP anyway?": a question asks, it tells no change (the frame would make one of it).
  if (text.includes('?')) return undefined;
  // "took paracetamol, no relief at all": a report of how relief went, not of peeing.
  if (reportsProgress(prepare(text))) return undefined;
  // A message the screen reads alone is the screen's to answer.
  if (services.redFlags.detect(text)) return undefined;
  for (const part of tellingParts(text)) {
    for (const frame of group.answerFrames) {
      const found = services.redFlags.detect(`${frame} ${part}`);
      const item = found ? group.items.find((i) => found.flags.includes(i.flag)) : undefined;
      if (item) return item;
    }
  }
  return undefined;
}

/**
 * The message, and what follows each of its punctuation breaks: the frame goes before the words
 * that tell the change, not before an opener ("well now you mention it, took an age to get going").
 */
function tellingParts(text: string): string[] {
  const parts = [text];
  for (const m of text.matchAll(/[,.;:!?]+\s+/g)) {
    const rest = text.slice(m.index! + m[0].length).trim();
    if (rest.split(/\s+/).length >= TOLD_WORDS) parts.push(rest);
  }
  return parts;
}
