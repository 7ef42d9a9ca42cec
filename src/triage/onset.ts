/**
 * Onset: when the symptoms started, as hours before the user's "now" ("two
 * days ago", "since last Tuesday", "this morning", "for 3 days", "just now").
 *
 * All arithmetic runs on a reference Date whose LOCAL fields are the user's
 * wall time (see userClock.ts), because that is what the date-time
 * recognizer reads.
 */
import { vocabulary } from './vocabulary';
import { onsetTimes } from './onsetTimes';
import { recognizeDateTime, type RecognizerResult, cultureFor, isEnglish } from './recognizers';
import { clauseBefore, mask, prepare, type Span } from './text';
import { inHistoryClause } from './history';
import { scaleHits } from './severity';
import type { OnsetResult, ParserClock } from './types';
import { wallClockDate } from './userClock';
import { describeHours, describeTimexDuration, userWords } from './wording';
import {
  calendarDaysAgo,
  DAY_MS,
  DAY_START_HOUR,
  type DateTimeValue,
  HOUR_MS,
  PART_OF_DAY_TIMEX_RE,
  hoursSince,
  periodBackDays,
  pointDaysAgo,
  shiftPoint,
  startOfLocalDay,
  valueToPoint,
} from './onsetPoints';

/** The recognizer's reference: a Date whose local fields are the user's wall time. */
export function referenceDate(clock: ParserClock): Date {
  return clock instanceof Date ? clock : wallClockDate(clock);
}


// Cheap gate: anything the date-time recognizer could read?
const DATETIME_GATE_RE =
  /\d|\b(?:ago|since|yesterday|today|tonight|now|morning|afternoon|evening|night|noon|midnight|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnight|months?|years?|weekend|week|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|last|past|earlier|couple|few|one|two|three|four|five|six|seven|eight|nine|ten|twelve|christmas|easter|new year|thanksgiving|january|february|march|april|may|june|july|august|september|october|november|december)\b/;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const LAST_WEEKDAY_RE = /\blast\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/;
// "45 years old", "I'm 45 years": an age, not a duration.
const AGE_AFTER_RE = /^\s*(?:old|of age)\b/;
const AGE_BEFORE_RE = /\b(?:i'?m|i am|im|aged?|age of|turned|turning)\s*$/;
// "I've only got 10 minutes", "have about 5 mins": the time the user has, not when the pain began.
const TIME_AVAILABLE_BEFORE_RE = /\b(?:got|have)\s+(?:(?:only|just|about|around|like|maybe|roughly)\s+)*$/;
// "I'm pregnant (24 wks)", "I'm 30 weeks pregnant": how far along, not when the pain began.
const PREGNANCY_BEFORE_RE = /\bpregnant\s*[(,:-]?\s*(?:at|with|about|around)?\s*$/;
const PREGNANCY_AFTER_RE = /^\s*\)?\s*(?:pregnant|along|gone|of pregnancy|into (?:my|the|her) pregnancy)\b/;
// A duration used as an adjective: "a 2 hour drive", "a 3 day hike".
const ADJECTIVE_DURATION_RE = /^(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|couple|few)[\s-]+(?:minute|hour|day|week|month|year)$/;
const WORD_AFTER_RE = /^[\s-]+([a-z']+)/;
const ADJECTIVE_DURATION_OK_NEXT: ReadonlySet<string> = new Set([
  'ago', 'now', 'and', 'or', 'but', 'since', 'so', 'already', 'straight', 'in', 'with', 'of', 'at', 'it', 'i',
  'my', 'the', 'this', 'that', 'long', 'back', 'plus',
]);
const JUST_BEFORE_RE = /\b(?:just|only)\s*$/;
const AGO_RE = /\bago\b/;
const WEEKDAY_TIMEX_RE = /^XXXX-WXX-\d$/;
// A bare number recognised as a clock time ("at 7") is only a time next to an onset verb.
const BARE_TIME_TEXT_RE = /^(?:(?:at|around|about|by)\s+)?\d{1,2}$/;
const TIME_VERB_BEFORE_RE =
  /\b(?:started|start|starting|began|begun|woke(?: up)?|waking(?: up)?|happened|came on|kicked in|went|got up|since|from)\b(?:\s+[\w']+){0,3}\s*$/;
// How strongly the words around a date say "this is when it started".
const STRONG_ONSET_BEFORE_RE =
  /\b(?:started|start|starting|starts|began|begun|begin|came on|come on|kicked in|happened|went|go|gone|did it|did this|hurt (?:it|my back)|injured|tweaked|pulled|woke(?: up)?|since|from)\b(?:\s+[\w']+){0,4}\s*$/;
const WEAK_ONSET_BEFORE_RE = /\b(?:for|been|had (?:it|this|them)|having|lasted|lasting|going on)\b(?:\s+[\w']+){0,4}\s*$/;

// Times in the same clause as these words are about something else: "worse at
// 7am", "took 2 ibuprofen 3 hours ago", "saw the GP on Monday".
const NON_ONSET_BEFORE_RE =
  /\b(?:worse|better|worst|best|eased|easing|easier|peaked|improv\w*|took|taken|taking|ibuprofen|paracetamol|painkillers?|tablets?|pills?|meds|medication|advil|tylenol|naproxen|doctor|gp|appointment|physio\w*|chiro\w*|saw|seen|visited|called)\b(?:\s+[\w'/]+){0,5}\s*$/;

export interface OnsetCandidate extends Span {
  /** Absent for a start told by an event alone ("since the wedding"): how long ago is not known. */
  hours?: number;
  description: string;
  strength: number;
  words?: string;
}

const ABOUT_PREFIX_RE = /^about /;
// When the recognizer finds nothing: "for weeks", "half an hour ago", "woke up with it".
const VAGUE_PERIOD_RE = /\b(?:for|past|last|over|the last|the past|few|several|couple(?: of)?)\s+(days|weeks|months|years)\b/;
const VAGUE_PERIOD: Readonly<Record<string, readonly [number, string]>> = {
  days: [48, 'a few days'],
  weeks: [2 * 7 * 24, 'a few weeks'],
  months: [2 * 30 * 24, 'a few months'],
  years: [2 * 365 * 24, 'a few years'],
};
const HALF_HOUR_RE = /\bhalf (?:an )?hour\b/;
// "it just started", "my back just went": a few minutes ago.
const JUST_STARTED_RE = /\b(?:it|this|pain|spasms?|back)(?:'s| has| is)? (?:only )?just (?:started|begun|began|went|gone|kicked in|locked|seized|happened|spasmed|caught|twinged)\b/;
const WOKE_UP_RE = /\b(?:woke(?: up)? with|woken up with|woke up|waking up|wake up with|since i got up|got out of bed|overnight|in my sleep)\b/;
const WAKING_HOUR = 7;
/** The read-back of "woke up with it": a duration would be a guess about their sleep. */
const WOKE_UP_WORDS = 'when you woke up';
// "since the 15th": the recognizer needs a month or a verb to read it.
const DAY_OF_MONTH_RE = /\b(?:since|on|from) the (\d{1,2})(?:st|nd|rd|th)\b(?! of)/;

/** The most recent past local time at `hour` (today's, or yesterday's if not reached yet). */
function lastTimeOfDay(now: Date, hour: number): number {
  const t = new Date(now.getFullYear(), now.getMonth(), now.getDate(), Math.floor(hour), Math.round((hour % 1) * 60)).getTime();
  return t <= now.getTime() ? t : t - DAY_MS;
}

function fallbackOnset(text: string, now: Date): OnsetCandidate | undefined {
  const half = HALF_HOUR_RE.exec(text);
  if (half) return { start: half.index, end: half.index + half[0].length, hours: 0.5, description: 'about 30 minutes', strength: 1 };
  const vague = VAGUE_PERIOD_RE.exec(text);
  if (vague) {
    const [hours, description] = VAGUE_PERIOD[vague[1]!]!;
    return { start: vague.index, end: vague.index + vague[0].length, hours, description, strength: 1 };
  }
  const just = JUST_STARTED_RE.exec(text);
  if (just) return { start: just.index, end: just.index + just[0].length, hours: 0.1, description: 'a few minutes', strength: 2 };
  // Meals as times of day ("since lunch"); the recognizer leaves these unresolved.
  const { meals, mealHours } = onsetTimes();
  const meal = meals.exec(text);
  const mealHour = meal ? mealHours.get(meal[0]) : undefined;
  if (meal && mealHour !== undefined) {
    const hours = (now.getTime() - lastTimeOfDay(now, mealHour)) / HOUR_MS;
    return { start: meal.index, end: meal.index + meal[0].length, hours, description: describeHours(hours), strength: 1 };
  }
  const dayOfMonth = DAY_OF_MONTH_RE.exec(text);
  if (dayOfMonth) {
    const day = Number(dayOfMonth[1]);
    if (day >= 1 && day <= 31) {
      let date = new Date(now.getFullYear(), now.getMonth(), day);
      if (date.getTime() > now.getTime()) date = new Date(now.getFullYear(), now.getMonth() - 1, day);
      const daysAgo = calendarDaysAgo(date.getTime(), now);
      const h = hoursSince({ kind: 'day', daysAgo }, now);
      if (h) {
        const description = h.today ? 'less than a day' : describeHours(h.hours);
        return { start: dayOfMonth.index, end: dayOfMonth.index + dayOfMonth[0].length, hours: h.hours, description, strength: 2 };
      }
    }
  }
  const woke = WOKE_UP_RE.exec(text);
  if (woke) {
    // Since this morning's waking (about 07:00); an early riser woke within the
    // last hour or so; in the small hours the user has not slept since yesterday's.
    const hour = now.getHours();
    const hours = hour >= DAY_START_HOUR && hour < WAKING_HOUR
      ? Math.min(1, (now.getTime() - (startOfLocalDay(now) + DAY_START_HOUR * HOUR_MS)) / HOUR_MS)
      : (now.getTime() - lastTimeOfDay(now, WAKING_HOUR)) / HOUR_MS;
    return { start: woke.index, end: woke.index + woke[0].length, hours, description: describeHours(hours), strength: 1, words: WOKE_UP_WORDS };
  }
  return undefined;
}

function roundHours(h: number): number {
  return Math.round(h * 100) / 100;
}

/** A time told as a sentence of its own: only an end mark (or nothing) before it and after it. */
const TIME_ALONE_BEFORE_RE = /(?:^|[.!?;\n])\s*$/;
const TIME_ALONE_AFTER_RE = /^\s*(?:[.!?;\n]|$)/;

/** One recognizer result as an onset, or undefined when it is not one. */
function onsetFromResult(text: string, r: RecognizerResult, now: Date, opening: boolean): OnsetCandidate | undefined {
  if (r.typeName === 'datetimeV2.set') return undefined; // "every day"
  const start = r.start;
  const end = r.start + r.text.length;
  const before = text.slice(0, start);
  const after = text.slice(end);
  const rtext = r.text.toLowerCase();
  const values = ((r.resolution as { values?: DateTimeValue[] } | null)?.values ?? []) as DateTimeValue[];
  if (values.length === 0) return undefined;
  const first = values[0]!;
  if (AGE_AFTER_RE.test(after) || AGE_BEFORE_RE.test(before)) return undefined;
  if (first.type === 'duration' && TIME_AVAILABLE_BEFORE_RE.test(before)) return undefined;
  if (PREGNANCY_AFTER_RE.test(after) || PREGNANCY_BEFORE_RE.test(before)) return undefined;
  // "tomorrow night", "next week": a plan, whatever date the recognizer gives it.
  // The recognizer may split "tomorrow night" and keep only "night": the word before counts too.
  const wordBefore = /(\S+)\s*$/.exec(before)?.[1] ?? '';
  if (vocabulary().future.test(`${wordBefore} ${rtext}`)) return undefined;

  // "now" mid-sentence ("it's a 6 right now") is not an onset; "just now" is.
  if (first.timex === 'PRESENT_REF' && !JUST_BEFORE_RE.test(before)) return undefined;
  if (BARE_TIME_TEXT_RE.test(rtext) && opening && !TIME_VERB_BEFORE_RE.test(before)) return undefined;
  if (first.type === 'duration' && ADJECTIVE_DURATION_RE.test(rtext)) {
    const next = WORD_AFTER_RE.exec(after);
    if (next && !ADJECTIVE_DURATION_OK_NEXT.has(next[1]!)) return undefined;
  }

  // "third time this year": a period that counts earlier episodes is history, not this onset.
  if (first.type !== 'date' && first.type !== 'datetime' && !PART_OF_DAY_TIMEX_RE.test(first.timex ?? '') && inHistoryClause(text, start, end)) {
    return undefined;
  }

  let strength = 0;
  if (NON_ONSET_BEFORE_RE.test(clauseBefore(text, start))) {
    if (opening) return undefined;
    strength = -1;
  } else if ((first.Mod ?? '').startsWith('since') || AGO_RE.test(rtext) || rtext.startsWith('since') || STRONG_ONSET_BEFORE_RE.test(before)) {
    strength = 2;
  } else if (WEAK_ONSET_BEFORE_RE.test(before) || first.type === 'duration') {
    strength = 1;
  }
  // "lower back. today. a 7": a time that is a sentence of its own, in a terse list of the pain's details, is when it started.
  if (strength >= 0 && TIME_ALONE_BEFORE_RE.test(before) && TIME_ALONE_AFTER_RE.test(after) && /[.!?;\n]/.test(text.trim().slice(0, -1))) strength = 2;

  let hours: number | undefined;
  let description: string | undefined;
  let words: string | undefined;
  let today = false;
  if (first.type === 'duration') {
    const seconds = Number(first.value);
    if (!Number.isFinite(seconds)) return undefined;
    hours = seconds / 3600;
    description = describeTimexDuration(first.timex) ?? describeHours(hours);
    // "more than a week", "less than an hour": say so rather than "about".
    if (first.Mod === 'more' || first.Mod === 'less') description = description.replace(ABOUT_PREFIX_RE, `${first.Mod} than `);
  } else {
    // Several values: the same weekday last week and next week etc. Take the most recent past one.
    let best: { hours: number; today: boolean } | undefined;
    for (const v of values) {
      let p = valueToPoint(v, now);
      if (p === undefined || p === 'duration') continue;
      const lastDay = LAST_WEEKDAY_RE.exec(rtext);
      if (lastDay) {
        // The recognizer reads "last Tuesday" as the Tuesday of last calendar week
        // (9 days back on a Thursday). People mostly mean the most recent one
        // that is not yesterday: 2..8 days back.
        let back = (now.getDay() - WEEKDAYS.indexOf(lastDay[1]!) + 7) % 7;
        if (back <= 1) back += 7;
        p = shiftPoint(p, pointDaysAgo(p, now) - back);
      }
      // "since Thursday" said on a Thursday means last week's: today would be "this morning".
      if (WEEKDAY_TIMEX_RE.test(v.timex ?? '') && pointDaysAgo(p, now) === 0) p = shiftPoint(p, -7);
      let h = hoursSince(p, now);
      if (!h) {
        const period = periodBackDays(v.timex ?? '', now);
        if (period !== undefined) h = hoursSince(shiftPoint(p, -period), now);
      }
      if (h && (!best || h.hours < best.hours)) best = h;
    }
    if (!best) return undefined;
    hours = best.hours;
    today = best.today;
    // "today" with nothing saying it started then ("it's bad today") is not an onset.
    if (opening && today && strength < 2) return undefined;
    if (today) description = 'less than a day';
    // A point in the user's day ("yesterday morning", "since tues") is read back
    // in their words; "an hour ago" is a duration already.
    if (!AGO_RE.test(rtext)) words = userWords(rtext, first.timex);
  }
  if (hours === undefined || !Number.isFinite(hours) || hours < 0) return undefined;
  const candidate: OnsetCandidate = { start, end, hours: roundHours(hours), description: description ?? describeHours(hours), strength };
  if (words) candidate.words = words;
  return candidate;
}

/**
 * A start told by an event no date names ("since the wedding", "after Diwali", onset-events.yaml): their words, no
 * hours; "since the wedding" is read back as "it started around the wedding" (onset-times.yaml `aroundLeads`).
 */
function eventOnset(text: string): OnsetCandidate | undefined {
  const m = vocabulary().onsetEvents.exec(text);
  if (!m || NON_ONSET_BEFORE_RE.test(clauseBefore(text, m.index))) return undefined;
  const said = m[0].trim();
  return { start: m.index, end: m.index + m[0].length, description: said, strength: 2, words: said.replace(onsetTimes().aroundLead, 'around') };
}

/** Onset candidates from prepared text, best first. */
export function onsetCandidates(prepared: string, now: Date, culture: string, opening: boolean): OnsetCandidate[] {
  const found: OnsetCandidate[] = [];
  // "Good evening." is a greeting, no time: hidden, offsets kept.
  const text = mask(prepared, [...prepared.matchAll(vocabulary().greetings)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length })));
  if (!isEnglish(culture) || DATETIME_GATE_RE.test(text)) {
    // A score masked at the start ("8/10, since ...") leaves blanks that the recognizer reads into its match, unresolved.
    const lead = text.length - text.trimStart().length;
    for (const hit of recognizeDateTime(text.slice(lead), culture, now)) {
      const r = { ...hit, start: hit.start + lead };
      const c = onsetFromResult(text, r, now, opening);
      if (c) found.push(c);
      else if (r.resolution === null || (r.resolution as { values?: unknown }).values == null) {
        // e.g. "half an hour ago" comes back without a resolution.
        const f = fallbackOnset(r.text.toLowerCase(), now);
        if (f) found.push({ ...f, start: r.start, end: r.start + r.text.length, strength: 2 });
      }
    }
  }
  if (found.length === 0) {
    const f = fallbackOnset(text, now) ?? eventOnset(text);
    if (f) found.push(f);
  }
  // Strongest "it started then" wording first; ties go to the first mentioned.
  return found.sort((a, b) => b.strength - a.strength || a.start - b.start);
}

/**
 * When the symptoms started, as hours before `now`: "two days ago", "since
 * last Tuesday", "this morning", "for 3 days", "just now", "about a month".
 */
export function parseOnset(text: string, clock: ParserClock, locale?: string): OnsetResult | undefined {
  const t = prepare(text);
  // "8/10" would otherwise be read as the 10th of August.
  const c = onsetCandidates(mask(t, scaleHits(t)), referenceDate(clock), cultureFor(locale), false)[0];
  return c ? onsetResult(c) : undefined;
}

export function onsetResult(c: OnsetCandidate): OnsetResult {
  return { ...(c.hours !== undefined ? { hours: c.hours } : {}), description: c.description, ...(c.words ? { words: c.words } : {}) };
}
