/** The symptom parser's results, shared by its field modules and the triage dialog. */
import type { UserClock } from './userClock';

export type BackRegion = 'lower' | 'middle' | 'upper';
export type BackSide = 'left' | 'right' | 'both' | 'centre';

export interface SeverityResult {
  /** 0-10; ranges ("8 or 9") give the higher end, which is the safer reading. */
  value: number;
  /** The words the value was read from. */
  text: string;
  /** Set (true) when the value was inferred from a word such as "severe". */
  approximate?: boolean;
  /** A higher score said of earlier or the worst moment ("a 5 now, an 8 last night": 8); the advice goes by it. */
  worst?: number;
  /** Scores told for different moments or positions ("3 lying, 8 turning"): the lowest, and the user's words for all of them. */
  low?: number;
  words?: string;
}

export interface OnsetResult {
  /**
   * Estimated hours since the symptoms started (never negative); absent when the
   * start was told by an event no date names ("since the wedding", then `words`).
   */
  hours?: number;
  /** A plain duration for the summary: "about 2 days", "about 5 hours". */
  description: string;
  /**
   * The user's own words for a point in their day ("yesterday morning", "on
   * Tuesday", "when you woke up"), for read-backs where a computed duration
   * would mislead. Absent for durations ("for 3 days", "an hour ago").
   */
  words?: string;
}

export interface LocationResult {
  region?: BackRegion;
  side?: BackSide;
  /** true: pain spreads into the buttock/leg; false: the user said it does not. */
  radiatesToLeg?: boolean;
  /** Plain words for the summary: "lower back, left side, spreading into the leg". */
  description: string;
}

export type TriggerKind =
  | 'lifting'
  | 'sport'
  | 'sneeze_cough'
  | 'sitting'
  | 'sleeping'
  | 'twisting'
  | 'bending'
  | 'housework_gardening'
  | 'unknown'
  | 'other';

export interface TriggerResult {
  trigger: TriggerKind;
  /** Plain words for the summary: "lifting (picked up my kid)". */
  description: string;
}

export type YesNoAnswer = boolean | 'unsure';

export interface HistoryResult {
  /** The user's words: "third time this year". */
  words: string;
}

export interface SymptomDetails {
  location: LocationResult;
  onset: OnsetResult;
  severity: SeverityResult;
  trigger: TriggerResult;
  /** It has happened before; not a field the check asks about. */
  history: HistoryResult;
}

/**
 * "Now" for the parser: the user's clock, or a Date whose local fields are
 * the user's wall time (what tests written before UserClock pass).
 */
export type ParserClock = UserClock | Date;
