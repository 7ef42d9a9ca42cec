/**
 * Wording for the summary's read-back: plain durations ("about 2 days") and
 * the user's own words for a point in their day ("on Tuesday").
 */

const SIMPLE_DURATION_TIMEX_RE = /^P(T?)(\d+(?:\.\d+)?)([YMWDHS])$/;
const DURATION_UNITS: Readonly<Record<string, readonly [string, string]>> = {
  Y: ['year', 'years'],
  M: ['month', 'months'],
  W: ['week', 'weeks'],
  D: ['day', 'days'],
  TH: ['hour', 'hours'],
  TM: ['minute', 'minutes'],
};

/** "about 3 days" from a timex such as P3D, keeping the user's unit. */
export function describeTimexDuration(timex: string | undefined): string | undefined {
  const m = SIMPLE_DURATION_TIMEX_RE.exec(timex ?? '');
  if (!m) return undefined;
  const unit = DURATION_UNITS[(m[1] ? 'T' : '') + m[3]!] ?? DURATION_UNITS[m[3]!];
  if (!unit) return undefined;
  const n = Number(m[2]);
  if (unit[0] === 'minute' && n < 5) return 'a few minutes';
  const shown = Number.isInteger(n) ? n : Math.round(n * 10) / 10;
  return `about ${shown} ${shown === 1 ? unit[0] : unit[1]}`;
}

function plural(n: number, one: string, many: string): string {
  return `about ${n} ${n === 1 ? one : many}`;
}

/** A plain duration for the summary from hours. */
export function describeHours(hours: number): string {
  const minutes = hours * 60;
  if (minutes < 5) return 'a few minutes';
  if (hours < 1) return plural(Math.max(5, roundTo(minutes, 5)), 'minute', 'minutes');
  if (hours < 23.5) return plural(Math.round(hours), 'hour', 'hours');
  const days = hours / 24;
  // Days up to two weeks ("about 10 days"), except whole weeks ("about 1 week").
  const wholeDays = Math.max(1, Math.round(days));
  if (days < 13.5 && (wholeDays % 7 !== 0 || Math.abs(days - wholeDays) > 0.25)) return plural(wholeDays, 'day', 'days');
  if (days < 60) return plural(Math.round(days / 7), 'week', 'weeks');
  if (days < 350) return plural(Math.round(days / 30.44), 'month', 'months');
  return plural(Math.max(1, Math.round(days / 365.25)), 'year', 'years');
}

// Leading words that belong to the sentence, not to the point in time.
const SINCE_PREFIX_RE = /^(?:since|from|starting|started|on)\s+/;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY_WORD_RE = /\b(?:sun|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat)(?:day|nesday|sday|rsday|urday)?\b/;

/**
 * The user's words for a point in time, fit for "it started {words}":
 * "since yesterday morning" -> "yesterday morning", "since tues" -> "on Tuesday".
 */
export function userWords(rtext: string, timex: string | undefined): string {
  let words = rtext.replace(SINCE_PREFIX_RE, '').trim();
  const weekday = /W\w*-(\d)$/.exec(timex ?? '');
  if (weekday) {
    const name = WEEKDAY_NAMES[Number(weekday[1]) % 7]!;
    words = words.replace(WEEKDAY_WORD_RE, name);
    if (words === name) words = `on ${name}`;
  }
  return words;
}


function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}
