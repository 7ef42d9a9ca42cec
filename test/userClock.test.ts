import { clockIn, userClockFor, wallTimeIn, type UserClock, type WallTime } from '../src/triage/userClock';
import { parseOnset, warmUpRecognizers } from '../src/triage/symptomParser';

beforeAll(() => {
  warmUpRecognizers();
});

/** The instant at which a wall clock in `zone` shows `wall` (tests only; no DST gaps on these dates). */
function instantAt(wall: WallTime, zone: string): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const shown = wallTimeIn(new Date(asUtc), zone);
  const offset = Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute, shown.second) - asUtc;
  return new Date(asUtc - offset);
}

/** Thursday 19 November 2026 at hh:mm on the user's clock in `zone`. */
function userAt(hour: number, minute: number, zone: string): UserClock {
  return clockIn(instantAt({ year: 2026, month: 11, day: 19, hour, minute, second: 0 }, zone), zone);
}

describe('userClockFor', () => {
  const serverNow = new Date('2026-12-02T06:00:00Z');

  test('localTimestamp with an offset gives the wall time as written', () => {
    const c = userClockFor({ rawLocalTimestamp: '2026-12-02T10:30:00.000-05:00' }, serverNow, 'UTC');
    expect(c.wall).toEqual({ year: 2026, month: 12, day: 2, hour: 10, minute: 30, second: 0 });
    expect(c.source).toBe('localTimestamp');
    expect(c.instant.toISOString()).toBe('2026-12-02T15:30:00.000Z');
  });

  test('a string localTimestamp (no botbuilder validator in between) is read the same way', () => {
    const c = userClockFor({ localTimestamp: '2026-12-02T23:45:00+14:00' }, serverNow, 'UTC');
    expect(c.wall.hour).toBe(23);
    expect(c.wall.minute).toBe(45);
  });

  test('localTimezone applies to a UTC stamp or to the server instant', () => {
    expect(userClockFor({ localTimezone: 'Asia/Tokyo' }, serverNow, 'UTC').wall.hour).toBe(15);
    const c = userClockFor({ rawLocalTimestamp: '2026-12-02T06:00:00Z', localTimezone: 'America/Los_Angeles' }, serverNow, 'UTC');
    expect(c.wall).toMatchObject({ day: 1, hour: 22 });
    expect(c.source).toBe('localTimezone');
  });

  test('without either, the server instant in DEFAULT_TIMEZONE', () => {
    const c = userClockFor({}, serverNow, 'America/New_York');
    expect(c.wall).toMatchObject({ day: 2, hour: 1 });
    expect(c.source).toBe('default');
  });

  test.each([['not a zone'], [''], ['x'.repeat(500)]])('an unknown localTimezone %j is ignored', (zone) => {
    expect(userClockFor({ localTimezone: zone }, serverNow, 'Europe/London').wall.hour).toBe(6);
  });

  test.each([['yesterday'], ['2026-13-45T99:99:00+01:00'], ['']])('a malformed localTimestamp %j falls back to the zone', (stamp) => {
    expect(userClockFor({ rawLocalTimestamp: stamp }, serverNow, 'UTC').wall.hour).toBe(6);
  });
});

// [user's clock hh:mm, what they say, fewest hours, most hours, the read-back words (or none)]
type Row = [string, string, number, number, string | undefined];
const ROWS: Row[] = [
  ['00:30', 'this morning', 12, 17, 'this morning'],
  ['00:30', 'this afternoon', 8, 13, 'this afternoon'],
  ['00:30', 'last night', 0.5, 5, 'last night'],
  ['00:30', 'yesterday evening', 4, 9, 'yesterday evening'],
  ['00:30', 'since tues', 40, 56, 'on Tuesday'],
  ['00:30', 'woke up with it', 14, 20, 'when you woke up'],
  ['00:30', 'an hour ago', 1, 1, undefined],
  ['06:00', 'this morning', 0, 3, 'this morning'],
  ['06:00', 'since this morning', 0, 3, 'this morning'],
  ['06:00', 'last night', 6, 11, 'last night'],
  ['06:00', 'yesterday evening', 10, 15, 'yesterday evening'],
  ['06:00', 'woke up with it', 0, 1.5, 'when you woke up'],
  ['06:00', 'an hour ago', 1, 1, undefined],
  ['10:30', 'this morning', 0.5, 4, 'this morning'],
  ['10:30', 'last night', 10, 15, 'last night'],
  ['10:30', 'since yesterday morning', 20, 28, 'yesterday morning'],
  ['10:30', 'yesterday evening', 14, 19, 'yesterday evening'],
  ['10:30', 'since tues', 40, 56, 'on Tuesday'],
  ['10:30', 'woke up with it', 2.5, 4.5, 'when you woke up'],
  ['10:30', 'an hour ago', 1, 1, undefined],
  ['23:30', 'this morning', 11, 16, 'this morning'],
  ['23:30', 'this afternoon', 7, 12, 'this afternoon'],
  ['23:30', 'last night', 23, 28, 'last night'],
  ['23:30', 'yesterday evening', 27, 32, 'yesterday evening'],
  ['23:30', 'since tues', 40, 56, 'on Tuesday'],
  ['23:30', 'woke up with it', 15, 18, 'when you woke up'],
  ['23:30', 'an hour ago', 1, 1, undefined],
];
const ZONES = ['America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati'];
const CASES = ZONES.flatMap((zone) => ROWS.map((row) => [zone, ...row] as const));

describe('onset on the user\'s clock, at every hour of their day, in far-apart time zones', () => {
  test.each(CASES)('%s %s: "%s" -> %d..%d hours, read back as %j', (zone, time, said, lo, hi, words) => {
    const [h, m] = time.split(':').map(Number) as [number, number];
    const onset = parseOnset(said, userAt(h, m, zone));
    expect(onset).toBeDefined();
    expect(onset!.hours).toBeGreaterThanOrEqual(lo);
    expect(onset!.hours).toBeLessThanOrEqual(hi);
    expect(onset!.words).toBe(words);
  });

  test('the same instant gives each user their own answer', () => {
    // 18:30 UTC: 10:30 in Los Angeles, 03:30 next day in Tokyo.
    const instant = new Date('2026-11-19T18:30:00Z');
    const la = parseOnset('this morning', clockIn(instant, 'America/Los_Angeles'));
    const tokyo = parseOnset('this morning', clockIn(instant, 'Asia/Tokyo'));
    expect(la!.hours).toBeLessThan(4);
    // In Tokyo it is 03:30: "this morning" is the morning that has gone, most of a day back.
    expect(tokyo!.hours).toBeGreaterThan(12);
  });
});
