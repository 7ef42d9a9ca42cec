/**
 * The @microsoft/recognizers-text models the symptom parser uses, built once
 * per culture and kept: recognizeDateTime()/recognizeNumber() would build a
 * new recognizer and model on every call (about 1 ms each).
 */
import { Culture, recognizeBoolean } from '@microsoft/recognizers-text-choice';
import { DateTimeOptions, DateTimeRecognizer } from '@microsoft/recognizers-text-date-time';
import { NumberRecognizer } from '@microsoft/recognizers-text-number';

const dateTimeRecognizer = new DateTimeRecognizer(Culture.English, DateTimeOptions.None, true);
const numberRecognizer = new NumberRecognizer(Culture.English, undefined, true);
const dateTimeModels = new Map<string, ReturnType<DateTimeRecognizer['getDateTimeModel']>>();
const numberModels = new Map<string, ReturnType<NumberRecognizer['getNumberModel']>>();

/**
 * Dates and durations in `text`. `now` is read through its LOCAL fields
 * (getHours...): pass a Date whose local fields are the user's wall time.
 */
export function recognizeDateTime(text: string, culture: string, now: Date) {
  let model = dateTimeModels.get(culture);
  if (!model) dateTimeModels.set(culture, (model = dateTimeRecognizer.getDateTimeModel(culture, true)));
  return model.parse(text, now);
}

export function recognizeNumber(text: string, culture: string) {
  let model = numberModels.get(culture);
  if (!model) numberModels.set(culture, (model = numberRecognizer.getNumberModel(culture, true)));
  return model.parse(text);
}

export { recognizeBoolean };

export type RecognizerResult = ReturnType<typeof recognizeNumber>[number];

const SUPPORTED_CULTURES: ReadonlySet<string> = new Set(Culture.getSupportedCultureCodes());

/** Maps "en-GB", "fr", "EN-au" to a culture code the recognizers support (default en-us). */
export function cultureFor(locale?: string): string {
  if (!locale) return Culture.English;
  const nearest = Culture.mapToNearestLanguage(locale.toLowerCase());
  return SUPPORTED_CULTURES.has(nearest) ? nearest : Culture.English;
}

export function isEnglish(culture: string): boolean {
  return culture.startsWith('en');
}

/**
 * Makes one call of each recognizer this module uses, so their models are
 * built at start-up rather than on a user's first message (the first
 * date-time call alone takes ~0.3 s).
 */
export function warmUpRecognizers(locale?: string): void {
  const culture = cultureFor(locale);
  const now = new Date();
  // One call each, on text that walks the extractors the bot will need
  // (dates, durations, weekdays, parts of day, clock times), since the
  // recognizers build parts of their models lazily.
  recognizeDateTime('it started two days ago, since last tuesday morning at 7pm, for 3 hours this week, yesterday', culture, now);
  recognizeNumber('about a seven, 8 or 9', culture);
  recognizeBoolean('yes', culture);
}
