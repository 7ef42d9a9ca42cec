/**
 * What the red-flag screen gives back, the knowledge/safety file names it reads,
 * and `combine`, its rule for putting the lexicon's finding and the learned
 * stage's reading together. Kept apart from the screen (src/safety/redFlagScreen.ts)
 * because training (src/safety/redFlagTraining.ts) scores its folds with the same
 * rule, without loading a screen.
 */
import type { Pronoun } from './helperSubject';
import type { RedFlagResult as LexiconResult } from './redFlagDetector';
import type { ModelReading, Thresholds } from './redFlagModel';

export type ScreenLevel = 'emergency' | 'urgent' | 'check';

export interface RedFlagResult {
  level: ScreenLevel;
  /** Flag ids, emergency flags first; for `check`, the one flag to ask about. */
  flags: string[];
  /** `other_present`: someone is writing for the person in pain, who is with them now. */
  subject?: 'self' | 'other_present';
  /** For `other_present`: how the reply refers to the patient ("call 999 for her"). */
  pronoun?: Pronoun;
  /** For `check`: the model read a bodily-function flag from none of its own words (model-cues.yaml anchors). */
  unanchored?: true;
  /** A yes to a line of the bot's own (its safety line, src/bot/turnSigns.ts): the flag it answered, so a correction next can take it back. */
  answered?: string;
}

export interface ScreenReading {
  redFlag: RedFlagResult | null;
  /** A worry about a serious illness with no red flag ("I'm scared it's cancer"). */
  worry: boolean;
  /** With `worry`: the emergency flags whose cause the writer fears by name ("is it my heart?"), for their warning signs. */
  fears?: string[];
}

/** Readings the screen borrows from the rest of the bot (the app passes them; tests may leave them out). */
export interface ScreenOptions {
  /** The text without its report of the pain's progress ("not really getting better"), or undefined when it has none: the triage's check-asides words. */
  withoutProgress?: (text: string) => string | undefined;
}

export const FILES = {
  model: 'red-flag-model.json',
  cues: 'model-cues.yaml',
  helpers: 'helpers.yaml',
  wording: 'flag-wording.yaml',
  checkAnchors: 'check-anchors.yaml',
  ordinaryCauses: 'ordinary-causes.yaml',
  fears: 'fears.yaml',
  floors: 'concept-floors.yaml',
  areas: 'flag-areas.yaml',
  oneSide: 'one-side.yaml',
  placed: 'placed-elsewhere.yaml',
  novelty: 'novelty.yaml',
  training: 'training',
};

/**
 * Lexicon and model together. A lexicon finding is trusted as it is (it was
 * written and reviewed for exactly that wording; letting the model raise a
 * lexicon `urgent` to emergency was tried and turned "a high fever and my back
 * is killing me" into an emergency). Without a lexicon finding the model alone
 * gives its category's level at or above `flag`, and `check` at or above `check`.
 */
export function combine(
  lexicon: LexiconResult | null,
  reading: ModelReading,
  t: Thresholds,
  levelOf: (flag: string) => 'emergency' | 'urgent',
  dismissed: readonly string[] = [],
  scopedAway: readonly string[] = [],
  deniesAll = false,
  othersOnly: readonly string[] = [],
): RedFlagResult | null {
  const flag = reading.flag !== null && reading.probability >= t.check ? reading.flag : null;
  if (lexicon) return { level: lexicon.level, flags: [...lexicon.flags] };
  // The lexicon read this flag's words and set them aside ("my uncle had cancer",
  // "nearly gave me a heart attack"): the model does not raise it on the same words.
  if (!flag || dismissed.includes(flag)) return null;
  // A worry about cancer is not a history of it: the worry answer names the real warning signs.
  if (reading.worry >= reading.probability) return null;
  // Every finding of an urgent flag the lexicon read was negated or someone else's ("my
  // housemate had a temperature ... I have no temperature"): the model, reading the same words
  // without their scope, may ask its question but not escalate. Not an emergency flag: capping
  // those lost a real emergency whose negation the lexicon misread ("not able to control ...").
  const level = levelOf(flag);
  // "none of the warning signs, just a sore back": the model, reading the words without
  // that denial, raises nothing urgent on its own and only asks about an emergency.
  if (deniesAll && level === 'urgent') return null;
  // Every finding of this urgent flag was someone else's ("my gran has osteoporosis; I'm 25
  // with a sore back from surfing"): the model, reading the same words without their
  // scope, does not even ask. Not a negated one: the lexicon misreads some of those
  // ("38.3, feel alright otherwise"), and then the model's question is the safety net.
  if (level === 'urgent' && othersOnly.includes(flag)) return null;
  // A bodily-function category read from none of its own words ("just woke up like it") is asked about, not raised.
  const sure = reading.probability >= t.flag && reading.anchored && !deniesAll && !(level === 'urgent' && scopedAway.includes(flag));
  // Nor asked at all when the writer has denied every sign: a guess from none of the flag's words is nothing to ask about.
  if (!sure && !reading.anchored) return deniesAll ? null : { level: 'check', flags: [flag], unanchored: true };
  return { level: sure ? level : 'check', flags: [flag] };
}
