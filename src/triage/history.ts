/**
 * History: the pain has happened before ("third time this year", "it keeps
 * coming back"), from knowledge/triage/history.yaml. Kept in the user's words
 * for the summary, and so that its dates are not read as this episode's onset.
 */
import { clauseAround } from '../language';
import { prepare } from './text';
import type { HistoryResult } from './types';
import { vocabulary } from './vocabulary';

const MAX_WORDS = 8;

/** True when the clause holding `start..end` says the pain has happened before. */
export function inHistoryClause(text: string, start: number, end: number): boolean {
  return vocabulary().history.test(clauseAround(text, start, end));
}

export function historyFromPrepared(text: string): HistoryResult | undefined {
  const m = vocabulary().history.exec(text);
  if (!m) return undefined;
  const words = clauseAround(text, m.index, m.index + m[0].length).split(' ').slice(0, MAX_WORDS).join(' ');
  return { words };
}

/** "third time this year" -> { words: "third time this year" }; undefined when nothing says so. */
export function parseHistory(text: string): HistoryResult | undefined {
  return historyFromPrepared(prepare(text));
}
