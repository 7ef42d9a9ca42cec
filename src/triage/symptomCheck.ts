/**
 * The symptom check's state and decisions, without I/O: which details are
 * known, what to ask next, how many questions are left, and what an answer to
 * a screening question means. The dialog (dialogs/symptomCheckTurns.ts) sends
 * the words; this module decides.
 */
import type { SymptomDetails, YesNoAnswer } from './types';
import type { ScreenGroup, ScreenItem } from './vocabulary';
import { withSide } from './location';

export type DetailField = 'location' | 'onset' | 'severity' | 'trigger';
export const DETAIL_ORDER: readonly DetailField[] = ['location', 'onset', 'severity', 'trigger'];

export type CheckDetails = Partial<SymptomDetails>;

export type Pending =
  | { kind: 'detail'; field: DetailField }
  /** A severity given only in words ("awful when I twist"): a number is asked for. */
  | { kind: 'severityNumber' }
  | { kind: 'group'; index: number }
  | { kind: 'which'; index: number }
  | { kind: 'reuse' };

/** Kept in dialog state between turns (plain JSON). */
export interface CheckState {
  details: CheckDetails;
  /** Details asked MAX_ATTEMPTS times without an answer: not asked again. */
  skipped: DetailField[];
  /**
   * Details whose question got an answer to other questions instead: asked
   * once more after the rest, rather than straight away again.
   */
  deferred?: DetailField[];
  pending?: Pending;
  /** Tries at the pending question. */
  attempts: number;
  /** Times the pending question was sent (first ask, retries, again after an aside). */
  asks?: number;
  /** "Not sure" answers to the pending screening question. */
  unsure: number;
  /** Screening groups answered no so far. */
  nextGroup: number;
  /** Groups already answered no in passing ("my legs are fine"): not asked. */
  saidNo?: number[];
  /** Warning signs denied in passing ("no fever"), by red-flag id: a group whose signs are denied is not asked. */
  denied?: string[];
  /** A word severity waiting for a number ("awful"), used if no number comes. */
  wordSeverity?: SymptomDetails['severity'];
  /** "better now" / "worse since lunch" said during the check: the latest is kept. */
  change?: 'better' | 'worse';
  /** A group asked again after "wait, I meant no": only a clear no moves on. */
  corrected?: number;
  /** The group just answered no, so "sorry, I meant yes" at the next one goes back to it. */
  lastNo?: number;
  /** The 0-10 scale was explained once ("what even is a 7?"). */
  scaleExplained?: boolean;
  /**
   * Started by the person's own report of the pain: how bad it is, the detail the advice turns on
   * (a score of 8 or more changes it), is asked before the others still missing.
   */
  scoreFirst?: boolean;
}

export const MAX_ATTEMPTS = 3;
/** Tries at a detail question: an answer it cannot read is asked once more, then left out. */
export const MAX_DETAIL_TRIES = 2;
/**
 * A detail question is sent at most this many times: a third time reads as a
 * loop to the person, so it is left out instead, as not given. A safety
 * question is never left out so: an unclear answer there counts as "not
 * sure" after MAX_ATTEMPTS (screenStep), and the reuse offer decides on its own.
 */
export const MAX_ASKS = 2;

/** Whether asking `pending` again would send it more than MAX_ASKS times. */
export function askedEnough(state: CheckState, pending: Pending): boolean {
  if (pending.kind !== 'detail' && pending.kind !== 'severityNumber') return false;
  return JSON.stringify(state.pending) === JSON.stringify(pending) && (state.asks ?? 0) >= MAX_ASKS;
}

export function newCheck(): CheckState {
  return { details: {}, skipped: [], attempts: 0, unsure: 0, nextGroup: 0 };
}

/**
 * Keeps every detail a message gave that is not known yet, whichever question
 * was asked. A severity said only in words is not kept: it is asked as a number.
 */
export function absorb(state: CheckState, found: CheckDetails): DetailField[] {
  const added: DetailField[] = [];
  for (const field of DETAIL_ORDER) {
    const value = found[field];
    // "lower back" then "more the right side": the side is added to the place already known.
    const known = state.details.location;
    if (field === 'location' && known && found.location?.side && !known.side && (!found.location.region || found.location.region === known.region)) {
      state.details.location = withSide(known, found.location.side);
      added.push(field);
      continue;
    }
    if (value === undefined || state.details[field] !== undefined) continue;
    if (field === 'severity' && found.severity?.approximate) continue;
    Object.assign(state.details, { [field]: value });
    added.push(field);
  }
  if (found.history && !state.details.history) state.details.history = found.history;
  return added;
}

function missingDetails(state: CheckState): DetailField[] {
  const missing = DETAIL_ORDER.filter((f) => state.details[f] === undefined && !state.skipped.includes(f));
  const deferred = state.deferred ?? [];
  const ordered = state.scoreFirst && missing.includes('severity') ? ['severity' as const, ...missing.filter((f) => f !== 'severity')] : missing;
  return [...ordered.filter((f) => !deferred.includes(f)), ...ordered.filter((f) => deferred.includes(f))];
}

/** The next question: the first missing detail, then the next screening group; undefined when done. */
export function nextQuestion(state: CheckState, groupCount: number): Pending | undefined {
  const field = missingDetails(state)[0];
  if (field) return { kind: 'detail', field };
  const group = nextGroupFrom(state, state.nextGroup, groupCount);
  return group === undefined ? undefined : { kind: 'group', index: group };
}

/** The first group from `from` on that was not already answered no in passing. */
function nextGroupFrom(state: CheckState, from: number, groupCount: number): number | undefined {
  for (let i = from; i < groupCount; i++) if (!state.saidNo?.includes(i)) return i;
  return undefined;
}

/** Questions still to come after `pending` for someone who answers each one (and says no to every group). */
export function remainingAfter(state: CheckState, pending: Pending, groupCount: number): number {
  const details = missingDetails(state).filter((f) => !(pending.kind === 'detail' && pending.field === f)).length;
  const fromGroup = pending.kind === 'group' || pending.kind === 'which' ? pending.index + 1 : state.nextGroup;
  const saidNo = (state.saidNo ?? []).filter((i) => i >= fromGroup).length;
  return details + Math.max(0, groupCount - fromGroup - saidNo);
}

export type ScreenStep =
  | { kind: 'next' }
  | { kind: 'escalate'; item: ScreenItem; unsure: boolean }
  | { kind: 'which'; unsure: boolean }
  | { kind: 'describe' }
  | { kind: 'retry' };

/**
 * What an answer to a screening group means. Yes: escalate at once when every
 * item is an emergency (the first names it), else ask which one. "Not sure"
 * the first time: describe and ask again; the second time: as yes. No: next.
 */
export function screenStep(group: ScreenGroup, answer: YesNoAnswer | undefined, unsureSoFar: number): ScreenStep {
  if (answer === false) return { kind: 'next' };
  if (answer === undefined) return { kind: 'retry' };
  const unsure = answer === 'unsure';
  if (unsure && unsureSoFar === 0) return { kind: 'describe' };
  if (group.items.every((i) => i.level === 'emergency')) return { kind: 'escalate', item: group.items[0]!, unsure };
  return { kind: 'which', unsure };
}

/** The most serious item of a group: what "not sure which" escalates for. */
export function mostSerious(group: ScreenGroup): ScreenItem {
  return group.items.find((i) => i.level === 'emergency') ?? group.items[0]!;
}

const WORD_RE = /[a-z0-9]+/g;
const SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'my', 'or', 'and', 'of', 'to', 'in', 'on', 'is', 'it', 'i', 'me', 'pain', 'new']);

/**
 * The item a "which one?" answer names: its label (a button), its number in
 * the list, or a distinctive word of its label ("fever", "lump").
 */
export function pickItem(group: ScreenGroup, text: string): ScreenItem | undefined {
  const t = text.trim().toLowerCase();
  const byLabel = group.items.find((i) => i.label.toLowerCase() === t);
  if (byLabel) return byLabel;
  const n = Number(t);
  if (Number.isInteger(n) && n >= 1 && n <= group.items.length) return group.items[n - 1];
  const words = new Set(t.match(WORD_RE) ?? []);
  const hits = group.items.filter((i) => (i.label.toLowerCase().match(WORD_RE) ?? []).some((w) => w.length > 2 && !SMALL_WORDS.has(w) && words.has(w)));
  // Two items named: the more serious one (emergency first in the data).
  return hits.find((i) => i.level === 'emergency') ?? hits[0];
}

/**
 * The warning signs the check has not asked about, emergency ones first: every
 * sign of the groups not yet asked, and the signs a group answered no in
 * passing left undenied ("bladder's fine, no numbness" says nothing of the bowels).
 */
export function unaskedSigns(state: CheckState, groups: readonly ScreenGroup[]): ScreenItem[] {
  const from = state.pending?.kind === 'group' || state.pending?.kind === 'which' ? state.pending.index : state.nextGroup;
  const denied = new Set(state.denied ?? []);
  const items = groups.flatMap((g, i) => (i >= from || state.saidNo?.includes(i) ? g.items.filter((item) => !denied.has(item.flag)) : []));
  return [...items.filter((i) => i.level === 'emergency'), ...items.filter((i) => i.level !== 'emergency')];
}
