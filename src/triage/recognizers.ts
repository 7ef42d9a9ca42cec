/**
 * The @microsoft/recognizers-text models the symptom parser uses, built once
 * per culture and kept: recognizeDateTime()/recognizeNumber() would build a
 * new recognizer and model on every call (about 1 ms each).
 *
 * The packages are loaded on first use (or by warmUpRecognizers() once the
 * server listens): loading and warming them takes about 0.5 s, which would
 * otherwise delay every start-up.
 */
import type * as ChoiceRecognizers from '@microsoft/recognizers-text-choice';
import type * as DateTimeRecognizers from '@microsoft/recognizers-text-date-time';
import type * as NumberRecognizers from '@microsoft/recognizers-text-number';

type DateTimeModel = ReturnType<DateTimeRecognizers.DateTimeRecognizer['getDateTimeModel']>;
type NumberModel = ReturnType<NumberRecognizers.NumberRecognizer['getNumberModel']>;

let loaded:
  | {
      choice: typeof ChoiceRecognizers;
      dateTime: DateTimeRecognizers.DateTimeRecognizer;
      number: NumberRecognizers.NumberRecognizer;
      dateTimeModels: Map<string, DateTimeModel>;
      numberModels: Map<string, NumberModel>;
    }
  | undefined;

/* eslint-disable @typescript-eslint/no-require-imports -- loaded on first use, see above */
function recognizers(): NonNullable<typeof loaded> {
  if (loaded) return loaded;
  const choice = require('@microsoft/recognizers-text-choice') as typeof ChoiceRecognizers;
  const { DateTimeOptions, DateTimeRecognizer } = require('@microsoft/recognizers-text-date-time') as typeof DateTimeRecognizers;
  const { NumberRecognizer } = require('@microsoft/recognizers-text-number') as typeof NumberRecognizers;
  loaded = {
    choice,
    dateTime: new DateTimeRecognizer(ENGLISH, DateTimeOptions.None, true),
    number: new NumberRecognizer(ENGLISH, undefined, true),
    dateTimeModels: new Map(),
    numberModels: new Map(),
  };
  return loaded;
}
/* eslint-enable @typescript-eslint/no-require-imports */

/** The recognizers' culture code for English (Culture.English), known without loading them. */
const ENGLISH = 'en-us';

/**
 * Dates and durations in `text`. `now` is read through its LOCAL fields
 * (getHours...): pass a Date whose local fields are the user's wall time.
 */
export function recognizeDateTime(text: string, culture: string, now: Date) {
  const r = recognizers();
  let model = r.dateTimeModels.get(culture);
  if (!model) r.dateTimeModels.set(culture, (model = r.dateTime.getDateTimeModel(culture, true)));
  const parser = model;
  return inChunks(text, (chunk) => parser.parse(chunk, now));
}

export function recognizeNumber(text: string, culture: string) {
  const r = recognizers();
  let model = r.numberModels.get(culture);
  if (!model) r.numberModels.set(culture, (model = r.number.getNumberModel(culture, true)));
  const parser = model;
  return inChunks(text, (chunk) => parser.parse(chunk));
}

/** Longest text given to a recognizer in one call. */
export const CHUNK_CHARS = 320;

/**
 * The recognizers' time grows faster than the text (a 2,000-character message
 * took over a second of CPU, which one pasted essay would hold a server's turn
 * for): long text is read in pieces cut at sentence ends (else at a space),
 * and each result's offsets are moved back to the whole text's. A date or
 * number never spans a sentence end, so a message reads as it did whole.
 */
export function inChunks<R extends { start: number; end: number }>(text: string, parse: (chunk: string) => R[]): R[] {
  if (text.length <= CHUNK_CHARS) return parse(text);
  const results: R[] = [];
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + CHUNK_CHARS);
    if (to < text.length) {
      const piece = text.slice(from, to);
      const sentenceEnd = Math.max(piece.lastIndexOf('. '), piece.lastIndexOf('? '), piece.lastIndexOf('! '), piece.lastIndexOf('\n'));
      const space = piece.lastIndexOf(' ');
      const cut = sentenceEnd > CHUNK_CHARS / 3 ? sentenceEnd + 1 : space > CHUNK_CHARS / 3 ? space : piece.length;
      to = from + cut;
    }
    for (const r of parse(text.slice(from, to))) results.push({ ...r, start: r.start + from, end: r.end + from });
    from = to;
  }
  return results;
}

export function recognizeBoolean(text: string, culture: string) {
  return recognizers().choice.recognizeBoolean(text, culture);
}

export type RecognizerResult = ReturnType<typeof recognizeNumber>[number];

/** Maps "en-GB", "fr", "EN-au" to a culture code the recognizers support (default en-us). */
export function cultureFor(locale?: string): string {
  if (!locale) return ENGLISH;
  const { Culture } = recognizers().choice;
  const nearest = Culture.mapToNearestLanguage(locale.toLowerCase());
  return Culture.getSupportedCultureCodes().includes(nearest) ? nearest : ENGLISH;
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
