/**
 * The symptom parser: location, onset, severity, trigger and yes/no answers
 * from free text. Each field has its own module; this one combines them for
 * an opening message and is the import point for the dialog.
 *
 * Pure functions with no botbuilder imports (see docs/ARCHITECTURE.md). Every
 * function that depends on the clock takes the user's clock, so tests are
 * deterministic. Vocabulary lives in knowledge/triage/*.yaml.
 */
import { cultureFor } from './recognizers';
import { historyFromPrepared } from './history';
import { locationFromPrepared } from './location';
import { onsetCandidates, onsetResult, referenceDate } from './onset';
import { scaleHits, severityFromPrepared } from './severity';
import { mask, prepare } from './text';
import { triggerFromPrepared } from './trigger';
import type { ParserClock, SymptomDetails } from './types';

export type {
  BackRegion,
  BackSide,
  HistoryResult,
  LocationResult,
  OnsetResult,
  ParserClock,
  SeverityResult,
  SymptomDetails,
  TriggerKind,
  TriggerResult,
  YesNoAnswer,
} from './types';
export { parseHistory } from './history';
export { parseLocation } from './location';
export { parseOnset } from './onset';
export { warmUpRecognizers } from './recognizers';
export { parseSeverity } from './severity';
export { MAX_PARSED_CHARS } from './text';
export { parseTrigger } from './trigger';
export { describeHours } from './wording';
export { asksInstead, messageForm, parseYesNo } from './yesNo';

/**
 * Everything an opening message says about the spasm, e.g. "my lower back has
 * been spasming since yesterday, it's an 8" -> location lower, onset ~1 day,
 * severity 8. Dates are found first and their numbers kept away from the
 * severity ("since 2 days ago it's a 7"); "8/10" is kept away from the dates.
 * Only keys that were found are present.
 */
export function extractSymptomDetails(text: string, clock: ParserClock, locale?: string): Partial<SymptomDetails> {
  const now = referenceDate(clock);
  const culture = cultureFor(locale);
  const t = prepare(text);
  const out: Partial<SymptomDetails> = {};

  // "8/10" would otherwise be read as the 10th of August.
  const dateSpans = onsetCandidates(mask(t, scaleHits(t)), now, culture, true);
  const onset = dateSpans[0];
  if (onset) out.onset = onsetResult(onset);

  // Every accepted date/duration is hidden from the severity search, not only
  // the chosen onset: "for 3 days, since 2 days ago" has two.
  const severity = severityFromPrepared(mask(t, dateSpans), culture, true, dateSpans);
  if (severity) out.severity = severity;

  const location = locationFromPrepared(t);
  if (location) out.location = location;

  const trigger = triggerFromPrepared(t, false);
  if (trigger) out.trigger = trigger;

  const history = historyFromPrepared(t);
  if (history) out.history = history;
  return out;
}

/**
 * Whether a message can name a place or a score for the pain at all. Both are
 * cheap to look for and the date-time recognizer is not, so a question such as
 * "ice or heat?" is let go before it runs. Masking dates only hides numbers, so
 * a message with no score unmasked has none masked either.
 */
export function mayPlaceOrScorePain(text: string, locale?: string): boolean {
  const t = prepare(text);
  return locationFromPrepared(t) !== undefined || severityFromPrepared(t, cultureFor(locale), true) !== undefined;
}
