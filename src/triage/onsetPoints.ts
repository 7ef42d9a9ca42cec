/**
 * Points in time from the date-time recognizer's values ("2026-11-18",
 * "2026-11-19 14:00:00", ranges, "since Friday"), and the arithmetic onset.ts
 * needs on them: days ago, hours since, a range's middle. Local fields of the
 * reference Date are the user's wall time (userClock.ts).
 */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

export type DatePoint = { kind: 'day'; daysAgo: number } | { kind: 'instant'; ms: number };

export function startOfLocalDay(d: Date): number {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/**
 * Until this hour, the user's "today" is still the day before: at 00:30,
 * "this morning" is the morning that has passed, not the one to come.
 */
export const DAY_START_HOUR = 4;

/** Midnight that began the user's day (yesterday's, in the small hours). */
function startOfUserDay(now: Date): number {
  const midnight = startOfLocalDay(now);
  return now.getHours() < DAY_START_HOUR ? new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1).getTime() : midnight;
}

// A part of today ("2026-11-19TMO"): morning, afternoon, evening, night, daytime.
export const PART_OF_DAY_TIMEX_RE = /^\d{4}-\d{2}-\d{2}T(MO|AF|EV|NI|DT)$/;

/**
 * "this morning" said before the morning the recognizer knows (08:00-12:00)
 * has begun: in the small hours it is the morning just gone (the user has not
 * slept); at 06:00 it is earlier this morning, since the user's day began.
 */
function pastPartOfDay(timex: string, start: DatePoint | undefined, end: DatePoint | undefined, now: Date): [DatePoint | undefined, DatePoint | undefined] {
  const part = PART_OF_DAY_TIMEX_RE.exec(timex);
  if (!part || start?.kind !== 'instant' || start.ms <= now.getTime()) return [start, end];
  if (now.getHours() < DAY_START_HOUR) return [shiftPoint(start, -1), end && shiftPoint(end, -1)];
  if (part[1] === 'MO') {
    const dayStart = startOfLocalDay(now) + DAY_START_HOUR * HOUR_MS;
    return [{ kind: 'instant', ms: dayStart }, { kind: 'instant', ms: now.getTime() }];
  }
  return [start, end];
}

/** Calendar days from `ms` (local) to `now`, ignoring DST's hour. */
export function calendarDaysAgo(ms: number, now: Date): number {
  return Math.round((startOfLocalDay(now) - startOfLocalDay(new Date(ms))) / DAY_MS);
}

const DATE_VALUE_RE = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/;
const TIME_VALUE_RE = /^(\d{2}):(\d{2}):(\d{2})$/;

/**
 * A recognizer value ("2026-11-18", "2026-11-19 14:00:00", "07:00:00") as a
 * point. The recognizer read `now` in local time, so its values are local too.
 */
function toPoint(value: string | undefined, now: Date): DatePoint | undefined {
  if (!value) return undefined;
  const d = DATE_VALUE_RE.exec(value);
  if (d) {
    const [y, mo, day] = [Number(d[1]), Number(d[2]) - 1, Number(d[3])];
    if (d[4] === undefined) {
      return { kind: 'day', daysAgo: calendarDaysAgo(new Date(y, mo, day).getTime(), now) };
    }
    return { kind: 'instant', ms: new Date(y, mo, day, Number(d[4]), Number(d[5]), Number(d[6])).getTime() };
  }
  const t = TIME_VALUE_RE.exec(value);
  if (t) {
    return {
      kind: 'instant',
      ms: new Date(now.getFullYear(), now.getMonth(), now.getDate(), Number(t[1]), Number(t[2]), Number(t[3])).getTime(),
    };
  }
  return undefined;
}

export function shiftPoint(p: DatePoint, days: number): DatePoint {
  return p.kind === 'day' ? { kind: 'day', daysAgo: p.daysAgo - days } : { kind: 'instant', ms: p.ms + days * DAY_MS };
}

export function pointDaysAgo(p: DatePoint, now: Date): number {
  return p.kind === 'day' ? p.daysAgo : calendarDaysAgo(p.ms, now);
}

/** Hours from the point to now; undefined when it lies in the future. */
export function hoursSince(p: DatePoint, now: Date): { hours: number; today: boolean } | undefined {
  if (p.kind === 'instant') {
    const h = (now.getTime() - p.ms) / HOUR_MS;
    return h < -1 / 60 ? undefined : { hours: Math.max(0, h), today: false };
  }
  if (p.daysAgo < 0) return undefined;
  if (p.daysAgo === 0) {
    // "today": some time since the user's day began; half of it is the best single guess.
    return { hours: (now.getTime() - startOfUserDay(now)) / HOUR_MS / 2, today: true };
  }
  return { hours: p.daysAgo * 24, today: false };
}

function midpoint(a: DatePoint, b: DatePoint, now: Date): DatePoint {
  if (a.kind === 'day' && b.kind === 'day') {
    return { kind: 'day', daysAgo: Math.round((a.daysAgo + Math.max(0, b.daysAgo)) / 2) };
  }
  const ms = (p: DatePoint) => (p.kind === 'instant' ? p.ms : startOfLocalDay(now) - p.daysAgo * DAY_MS);
  return { kind: 'instant', ms: (ms(a) + Math.min(ms(b), now.getTime())) / 2 };
}

/** Last hour of the day that "this morning" names. */
const MORNING_ENDS = 12;

/** A clock time in the morning of the user's today ("2026-12-06T07"). */
function morningOf(timex: string, now: Date): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})/.exec(timex);
  if (!m) return false;
  const sameDay = Number(m[1]) === now.getFullYear() && Number(m[2]) === now.getMonth() + 1 && Number(m[3]) === now.getDate();
  return sameDay && Number(m[4]) < MORNING_ENDS;
}

/** How far back to move a point the recognizer put in the future ("since Friday" on a Thursday). */
export function periodBackDays(timex: string, now: Date): number | undefined {
  if (timex.startsWith('T')) return 1; // a clock time later today: yesterday's
  // "since 7 this morning" said in the small hours: the morning that has gone, not the one to come.
  if (morningOf(timex, now)) return 1;
  if (timex.includes('W')) return 7; // a weekday or "the weekend": last week's
  if (timex.startsWith('XXXX-XX')) {
    const prevMonth = new Date(now.getFullYear(), now.getMonth() - 1, now.getDate());
    return Math.round((startOfLocalDay(now) - prevMonth.getTime()) / DAY_MS);
  }
  if (timex.startsWith('XXXX')) return 365;
  return undefined;
}

export interface DateTimeValue {
  timex?: string;
  type?: string;
  Mod?: string;
  value?: string;
  start?: string;
  end?: string;
}

/** One recognizer value as a start point, or undefined. */
export function valueToPoint(v: DateTimeValue, now: Date): DatePoint | 'duration' | undefined {
  const timex = v.timex ?? '';
  switch (v.type) {
    case 'duration':
      return 'duration';
    case 'date':
    case 'datetime':
    case 'time':
      if (timex === 'PRESENT_REF') return { kind: 'instant', ms: now.getTime() };
      return toPoint(v.value, now);
    case 'daterange':
    case 'datetimerange':
    case 'timerange': {
      const [start, end] = pastPartOfDay(timex, toPoint(v.start, now), toPoint(v.end, now), now);
      // "since X", "the last couple of days" ("(start,end,P2D)"): from the start.
      if (!end || (v.Mod ?? '').startsWith('since') || timex.startsWith('(')) return start;
      if (!start) return undefined;
      return midpoint(start, end, now);
    }
    default:
      return undefined;
  }
}
