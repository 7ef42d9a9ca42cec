/**
 * What the red-flag lexicon (redFlagDetector.ts) makes of one message: the flags it found,
 * and the parts of the message the learned stage (screenStages.ts) reads instead of the whole.
 */
import type { RedFlagLevel } from './redFlagData';

/** What the lexicon made of a message: its findings, and the flags it saw the words of but set aside. */
export interface LexiconReading {
  result: RedFlagResult | null;
  dismissed: string[];
  /**
   * A question about red flags in general from someone who says they are fine
   * ("which signs mean A&E? ... I'm fine myself"): only its sentences that speak
   * of the writer, for the learned stage to read ("" when none does). Absent otherwise.
   */
  ownText?: string;
  /**
   * The message without the words of the findings the lexicon set aside (normalised
   * tokens), for the learned stage to read: words already read as negated, someone
   * else's, past or hypothetical are not read again as a different flag ("a car
   * crash in my twenties" is not a bladder "accident"). Absent when nothing was set aside.
   */
  modelText?: string;
  /**
   * The message without its clauses about someone else, when it has some beside the
   * writer's own (normalised tokens): the learned stage's unsure guess must stand on
   * the writer's own words. Absent otherwise.
   */
  selfText?: string;
  /**
   * Flags whose every finding the lexicon dropped (negated, someone else's, past...):
   * the learned stage may ask about them but not escalate them on its own.
   */
  scopedAway: string[];
  /** Of those, the flags whose every finding was someone else's ("my gran has osteoporosis"). */
  othersOnly: string[];
  /** The writer denies every sign at once ("none of the red flags"): the learned stage alone may only ask. */
  deniesAll?: boolean;
  /** Flags only supposed or asked about ("what if it goes down both legs?"): not raised, but the answer says what to do if they happen. */
  supposed: string[];
  /**
   * The writer's own words without the clauses told as a story's ("in the film I watched, the
   * hero ...") or as the distant past ("when I was 21 I had ..."), and without the words set
   * aside for modelText. Absent when the message has no such clause.
   */
  nowText?: string;
  /** nowText with the distant past kept: only a story's clauses left out (a cancer years ago still counts). */
  storyless?: string;
  /** Signs found in the writer's own scope (not negated, someone else's, past or supposed). */
  signs: string[];
  /** Words the writer says are fine now ("legs okay"): see Scope.deniedSubjects. Absent when none. */
  deniedAreas?: string[];
  /**
   * The writer's own words without the findings they deny, and how many findings that
   * is, when they deny any ("no fever, no numbness, ..."): a checklist gone through.
   */
  withoutDenials?: { text: string; count: number };
}

export interface RedFlagResult {
  level: RedFlagLevel;
  /** De-duplicated flag ids, emergency flags first, then in lexicon order. */
  flags: string[];
}
