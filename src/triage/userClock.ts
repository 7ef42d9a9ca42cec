/**
 * The user's clock: "now" as the user's wall clock shows it, so that "this
 * morning" means the user's morning, not the server's.
 *
 * A turn's clock comes from its activity: `localTimestamp` with its offset
 * (what Web Chat and the Emulator send), else `localTimezone` (an IANA name)
 * applied to the server's instant, else the server's instant in the
 * configured DEFAULT_TIMEZONE. Pure: no botbuilder import, the activity is
 * read through the small `ActivityClockFields` shape.
 */

export interface UserClock {
  /** The moment of the turn. */
  readonly instant: Date;
  /** The user's wall-clock time at that moment. */
  readonly wall: WallTime;
  /** Where the wall time came from, for logs and tests. */
  readonly source: 'localTimestamp' | 'localTimezone' | 'default';
}

export interface WallTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The activity fields the clock reads (botbuilder's Activity has them all). */
export interface ActivityClockFields {
  /** botbuilder keeps the wire string here when it turns localTimestamp into a Date. */
  rawLocalTimestamp?: string;
  localTimestamp?: Date | string;
  localTimezone?: string;
}

// "2026-12-02T10:30:00.000-05:00": the wall fields and the offset as written.
const ISO_LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** True when `zone` is an IANA time zone this runtime knows ("Europe/London"). */
// Building a DateTimeFormat to test a zone costs more than the rest of a turn's clock work.
const zoneValidity = new Map<string, boolean>();
const MAX_REMEMBERED_ZONES = 1000;

export function isTimeZone(zone: string | undefined): zone is string {
  if (!zone || zone.length > 64) return false;
  const known = zoneValidity.get(zone);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    valid = true;
  } catch {
    valid = false;
  }
  // Zones come from clients: a bounded memory, so junk names cannot grow it without end.
  if (zoneValidity.size < MAX_REMEMBERED_ZONES) zoneValidity.set(zone, valid);
  return valid;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock fields of `instant` in `timeZone`. */
export function wallTimeIn(instant: Date, timeZone: string): WallTime {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** The clock of a user in `timeZone` at `instant` (tests, and the fallback). */
export function clockIn(instant: Date, timeZone: string): UserClock {
  return { instant, wall: wallTimeIn(instant, timeZone), source: 'default' };
}

/**
 * The clock of a user whose device shows `wall` (any server time zone):
 * `clockAtWallTime({ year: 2026, month: 11, day: 19, hour: 10, minute: 30, second: 0 })`.
 */
export function clockAtWallTime(wall: WallTime, instant: Date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second))): UserClock {
  return { instant, wall, source: 'localTimestamp' };
}

/**
 * The clock for a turn. `serverNow` is the server's instant (injected in
 * tests); `defaultTimeZone` is DEFAULT_TIMEZONE.
 */
export function userClockFor(activity: ActivityClockFields, serverNow: Date, defaultTimeZone: string): UserClock {
  const raw = activity.rawLocalTimestamp ?? (typeof activity.localTimestamp === 'string' ? activity.localTimestamp : undefined);
  const zone = isTimeZone(activity.localTimezone) ? activity.localTimezone : undefined;
  const m = raw !== undefined ? ISO_LOCAL_RE.exec(raw.trim()) : null;
  if (m && m[7] !== undefined && m[7].toUpperCase() !== 'Z') {
    // The device's own wall time, written with its offset.
    const wall: WallTime = {
      year: Number(m[1]),
      month: Number(m[2]),
      day: Number(m[3]),
      hour: Number(m[4]),
      minute: Number(m[5]),
      second: Number(m[6] ?? 0),
    };
    const instant = new Date(raw!.trim());
    if (validWall(wall) && !Number.isNaN(instant.getTime())) return { instant, wall, source: 'localTimestamp' };
  }
  // A UTC stamp ("...Z") or a Date says when, not where: the zone decides the wall time.
  const stamped = raw !== undefined ? new Date(raw) : activity.localTimestamp instanceof Date ? activity.localTimestamp : undefined;
  const instant = stamped && !Number.isNaN(stamped.getTime()) ? stamped : serverNow;
  if (zone) return { instant, wall: wallTimeIn(instant, zone), source: 'localTimezone' };
  return { instant, wall: wallTimeIn(instant, isTimeZone(defaultTimeZone) ? defaultTimeZone : 'UTC'), source: 'default' };
}

function validWall(w: WallTime): boolean {
  return w.month >= 1 && w.month <= 12 && w.day >= 1 && w.day <= 31 && w.hour <= 23 && w.minute <= 59 && w.second <= 60;
}

/**
 * A Date whose LOCAL fields (getHours, getDate...) are the user's wall time.
 * @microsoft/recognizers-text resolves "this morning" from the reference
 * date's local fields, i.e. the server's time zone; this reference makes them
 * the user's. Only differences between such Dates are meaningful (a wall time
 * inside the server's own DST gap moves by that hour).
 */
export function wallClockDate(clock: UserClock): Date {
  const w = clock.wall;
  return new Date(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}
