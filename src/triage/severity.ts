/**
 * Severity: pain 0-10 from "7", "7/10", "about a 7", "8 or 9" (-> 9), "seven
 * out of ten" or a word such as "severe" (approximate). Numbers that are
 * durations, ages or counts are not scores.
 */
import { clauseAround } from '../language';
import { cultureFor, isEnglish, recognizeNumber } from './recognizers';
import { mask, overlaps, prepare, type Span, WHITESPACE_RE } from './text';
import type { SeverityResult } from './types';
import { vocabulary } from './vocabulary';

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, nil: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const NUM_SRC = String.raw`(?:\d{1,3}(?:\.\d+)?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;

function numberValue(token: string): number {
  const w = NUMBER_WORDS[token];
  return w !== undefined ? w : Number.parseFloat(token);
}

// "7/10", "7 out of 10", "seven out of ten", "8-9/10", "9 of 10", "80/100",
// "3 out of 5". The number recognizer gets these wrong ("7/10" -> 0.7, "6 out
// of ten" -> 0, "7 out of 10" -> NaN, "7.5/10" -> nothing), so they are read
// here first. "/5" alone is left out: "3/5" is as likely a date.
const SCALE_RE = new RegExp(
  String.raw`(?<!\w)(?<!\d\.)(${NUM_SRC})(?:\s*(?:-|to|or)\s*(${NUM_SRC}))?\s*(\/|out\s+of|outta|outa|of|over)\s*(10|ten|100|5|five)(?![\w\/]|[.,]\d)`,
  'g',
);
// "on a scale of 1 to 10", "0-10": the scale itself, never a severity.
const SCALE_DEFINITION_RE = /\b(?:0|1|zero|one)\s*(?:-|to)\s*(?:10|ten)\b/g;
// Recognizers-text does not read "7ish".
const ISH_RE = /(?<!\w)(?<!\d\.)(\d{1,2}(?:\.\d)?)\s*-?ish\b/g;
// Cheap gate: does the text hold anything the number recognizer could read?
const NUMBER_GATE_RE = /\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|dozen)\b/;

// Words right after a number that make it a count or a time, not a pain score:
// "2 days ago", "3 weeks", "45 years old", "2 kids", "20 kg", "7am", "5-a-side" (a football game).
const UNIT_AFTER_RE =
  /^\s*-?\s*(?:min(?:ute)?s?|secs?|seconds?|hrs?|hours?|h|days?|d|nights?|weeks?|wks?|w|months?|mos?|years?|yrs?|y\/?o|yo|am|pm|a\.m|p\.m|o'?clock|tonight|tonite|tomorrow|tmrw|tmr|times|x|kgs?|kilos?|lbs?|pounds?|stone|reps?|sets?|miles?|kms?|k|steps?|percent|mg|ml|tablets?|pills?|ibuprofen|paracetamol|advil|tylenol|aspirin|naproxen|painkillers?|kids?|children|child|sons?|daughters?|bab(?:y|ies)|people|boxes|bags?|floors?|flights?|stairs|storeys?|stories|inch(?:es)?|cm|feet|foot|ft|degrees?|kilometres?|kilometers?|meters?|metres?|th|st|nd|rd|a[\s-]side)\b|^\s*(?:%|:\d|\.\d|,\d)/;
// Any other plural noun after the number is a count too ("3 boxes", "2 discs"),
// except these words that merely end in "s".
const PLURAL_AFTER_RE = /^\s+([a-z]+s)\b/;
const S_WORDS_ALLOWED: ReadonlySet<string> = new Set([
  'is', 'was', 'has', 'as', 'its', 'this', 'thus', 'plus', 'yes', 'sometimes', 'always', 'unless',
  'less', 'tops', 'guess', 'perhaps', 'cos', 'cuz', 'lots', 'tbs', 'atleast', 'us',
]);
// Words right before a number that make it an age, a time or a count
// ("I'm 45", "my son is 7", "since 7", "for 2").
const REJECT_BEFORE_RE =
  /(?:\b(?:(?:son|daughter|kid|child|boy|girl|baby|toddler|he|she|who)(?:'s| is| was| turned)|i'?m|i am|im|aged?|age of|turned|turning|since|from|until|till|til|by|past|last|next|every|each|for|number|no\.|page|room|step|chapter|version|v|lift(?:ed|ing)?|carr(?:y|ied|ying)|took|take|taken|taking|had|have|of)\s*|[#$\u00a3\u20ac]\s*)$/;
// A time of day after the pain's turn and a time word ("it got bad around 8", "kicked in at about 6"): a clock time.
const EVENT_TIME_BEFORE_RE =
  /\b(?:got (?:bad|worse|really bad|much worse|a lot worse|sore|painful)|started|began|begun|kicked in|came on|come on|woke(?: up)?|happened|seized(?: up)?|locked(?: up)?|flared(?: up)?)\s+(?:(?:at|around|about|round|by|after|before|just after|just before)\s+){1,2}$/;
// The most characters before a number that a clock time's words take ("appointment starts at about "): only
// these are read, so each number costs the same however long the message.
const CLOCK_WINDOW = 40;
// Words before/after that make a number read as a pain score.
const CUE_BEFORE_RE =
  /\b(?:a|an|like|about|around|roughly|worst|peak|peaks|peaked|peaking|approx(?:imately)?|maybe|probably|prob|perhaps|solid|strong|good|easy|easily|high|low|hard|firm|it'?s|its|it is|is|was|be|at|say|said|rate|rated|rating|score|scored|level|pain|severity|hurts?|hurting|feels?|feeling|currently|now|honestly|nearly|almost|least|most|above|below|under|over|definitely|def|prolly|solidly|bout)\s*$/;
const CUE_AFTER_RE = /^\s*(?:at (?:its |it's )?(?:worst|best|peak)\b|when\b|whenever\b|if\b|while\b|on (?:a )?(?:good|bad)\b|-?ish\b|or so\b|out of\b|outta\b|\/|on the (?:pain )?scale|on a scale|points?\b|tops\b|max\b|at (?:least|most)\b|i (?:guess|think|reckon|would say|'d say)|right now|now\b|today\b|at the moment|atm\b)/;
// Joins two numbers into a range: "8 or 9", "8-9", "7 to 8", "7, maybe 8", "between 7 and 8".
const RANGE_GAP_RE = /^\s*(?:-|to|or|\/|and|,?\s*(?:maybe|perhaps|possibly|or even|sometimes|even))\s*$/;
// "6, 7 when I move" is a range too, but "a 3, 5 days ago" is not: such pairs
// fall back to their parts when the whole is rejected.
const COMMA_GAP_RE = /^\s*,\s*$/;
// Words that only mean "one" the pronoun unless they carry a cue: "the right one", "one side".
const PRONOUN_ONE_RE = /^one$/;
const DETERMINER_BEFORE_RE = /\b(?:the|this|that|which|every|any|each|no|another|other|only|right|left|bad|worst)\s*$/;

// "3 days ago? might be 4": a hedge after a count or time offers another one, its unit left out.
const ALTERNATIVE_GAP_RE = /^\s*(?:ago|back|before|or so)?[\s?,.!]*(?:or|maybe|might be|could be|may be|possibly|perhaps|probably|or maybe|or even|more like)\s*$/;
const HALF_ALONE_RE = /^(?:a |one )?half$/;
const SMALL_FRACTION_RE = /^(\d{1,2})\s*\/\s*(\d{1,2})$/;
const PLAIN_DECIMAL_RE = /^[\d.,]+$/;
const SPACE_OR_SLASH_RE = /\s|\//;
const BETWEEN_BEFORE_RE = /\bbetween\s*$/;
// A bare number answer ("7", "a 7 i guess") may do without a cue, even "one".
const SHORT_ANSWER_RE = /^[\s\w.'!-]{0,20}$/;

interface NumberHit extends Span {
  value: number;
  text: string;
  /** For a range joined only by a comma ("6, 7"): its two numbers. */
  parts?: readonly [NumberHit, NumberHit];
  /** For a range ("4-7", "5 or 6"): its lower end (`value` is the higher). */
  low?: number;
}

export interface SeverityCandidate extends NumberHit {
  /** Explicit scale form or a cue word next to it. */
  cued: boolean;
}

/** Pain-scale forms ("7/10", "seven out of ten", "8-9/10") read by regex. */
export function scaleHits(text: string): SeverityCandidate[] {
  const hits: SeverityCandidate[] = [];
  for (const m of text.matchAll(SCALE_RE)) {
    const numerator = numberValue(m[1]!);
    const upper = m[2] !== undefined ? numberValue(m[2]) : undefined;
    const sep = m[3]!.replace(WHITESPACE_RE, ' ');
    const denominator = numberValue(m[4]!);
    // "of" only for "x of 10"; "/5" only written out ("3 out of 5").
    if (sep === 'of' && denominator !== 10) continue;
    if (denominator === 5 && sep !== 'out of' && sep !== 'outta' && sep !== 'outa') continue;
    let top = upper !== undefined && upper > numerator ? upper : numerator;
    if (!Number.isFinite(top)) continue;
    top = (top / denominator) * 10;
    // "11/10", "12 out of 10": off the scale, which means the maximum.
    const value = Math.min(10, Math.max(0, Math.round(top * 10) / 10));
    const start = m.index;
    hits.push({ start, end: start + m[0].length, value, text: m[0], cued: true });
  }
  return hits;
}

/** Numbers from recognizers-text (plus "7ish"), in text order, 0-10 only. */
function numberHits(text: string, culture: string): NumberHit[] {
  const hits: NumberHit[] = [];
  // The gate's words are English; other languages always go to the recognizer.
  if (!isEnglish(culture) || NUMBER_GATE_RE.test(text)) {
    for (const r of recognizeNumber(text, culture)) {
      const raw = String((r.resolution as { value?: unknown } | null)?.value ?? '');
      let value = Number(raw);
      if (!Number.isFinite(value)) value = Number(raw.replace(',', '.'));
      if (!Number.isFinite(value)) continue;
      if (HALF_ALONE_RE.test(r.text)) continue; // "half" alone is not a score
      // Fractions that were not a /10 scale ("7/8") are two numbers: a range.
      const fraction = SMALL_FRACTION_RE.exec(r.text);
      if (fraction) {
        const a = Number(fraction[1]);
        const b = Number(fraction[2]);
        if (b > a && b - a <= 3 && b <= 10) hits.push({ start: r.start, end: r.start + r.text.length, value: b, text: r.text });
        continue;
      }
      // A fraction that SCALE_RE did not see ("sept sur dix" -> 0.7 in French) is a /10 score.
      if (value > 0 && value < 1 && !PLAIN_DECIMAL_RE.test(r.text) && SPACE_OR_SLASH_RE.test(r.text)) value = Math.round(value * 100) / 10;
      hits.push({ start: r.start, end: r.start + r.text.length, value, text: r.text });
    }
  }
  for (const m of text.matchAll(ISH_RE)) {
    const start = m.index;
    const span = { start, end: start + m[0].length };
    if (!hits.some((h) => overlaps(h, span))) hits.push({ ...span, value: Number(m[1]), text: m[0] });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Two scores this far apart are a range said back whole, not a hedge between neighbours. */
const MIN_RANGE_SPAN = 2;

/** Merges "8 or 9" style pairs into one hit carrying the higher value. */
function mergeRanges(text: string, hits: NumberHit[]): NumberHit[] {
  const out: NumberHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const a = hits[i]!;
    const b = hits[i + 1];
    const gap = b ? text.slice(a.end, b.start) : '';
    const comma = COMMA_GAP_RE.test(gap);
    if (b && a.value >= 0 && b.value > a.value && b.value <= 10 && b.value - a.value <= 3 && (comma || RANGE_GAP_RE.test(gap))) {
      let start = a.start;
      const between = BETWEEN_BEFORE_RE.exec(text.slice(0, a.start));
      if (between) start = between.index;
      // "8 or 9" hedges one score; "4-7" spans a range, whose lower end is kept too.
      const low = b.value - a.value >= MIN_RANGE_SPAN ? { low: a.value } : {};
      out.push({ start, end: b.end, value: b.value, ...low, text: text.slice(start, b.end), ...(comma ? { parts: [a, b] as const } : {}) });
      i++;
    } else {
      out.push(a);
    }
  }
  return out;
}

/**
 * The words each side of a number that its readings look at: every pattern above reads a few words next to
 * the number, so a bounded window (cut at a word's edge) reads the same and keeps each number's cost the same
 * however many numbers the message holds (the whole text each time made a message of many numbers quadratic).
 */
const SIDE_WINDOW = 80;

function wordsBefore(text: string, at: number): string {
  if (at <= SIDE_WINDOW) return text.slice(0, at);
  // A word cut in two at the window's edge is left out whole, so "blast" never reads as "last".
  return text.slice(at - SIDE_WINDOW, at).replace(/^\S*\s/, '');
}

function wordsAfter(text: string, at: number): string {
  if (text.length - at <= SIDE_WINDOW) return text.slice(at);
  return text.slice(at, at + SIDE_WINDOW).replace(/\s\S*$/, ' ');
}

function classifyNumber(text: string, hit: NumberHit, wholeAnswer: boolean): SeverityCandidate | undefined {
  if (hit.value < 0 || hit.value > 10) return undefined;
  const before = wordsBefore(text, hit.start);
  const after = wordsAfter(text, hit.end);
  if (UNIT_AFTER_RE.test(after)) return undefined;
  const plural = PLURAL_AFTER_RE.exec(after);
  if (plural && !S_WORDS_ALLOWED.has(plural[1]!)) return undefined;
  if (REJECT_BEFORE_RE.test(before) || EVENT_TIME_BEFORE_RE.test(before) || vocabulary().severity.clockBefore.test(before.slice(-CLOCK_WINDOW))) return undefined;
  const cued = CUE_BEFORE_RE.test(before) || CUE_AFTER_RE.test(after);
  // "one" is mostly a pronoun ("the right one", "one side").
  if (PRONOUN_ONE_RE.test(hit.text) && ((!cued && !wholeAnswer) || DETERMINER_BEFORE_RE.test(before))) return undefined;
  return { ...hit, cued };
}

/** The words between two numbers make the second a count like the first: "3 days ago? might be 4". */
function alternativeCount(gap: string): boolean {
  const unit = UNIT_AFTER_RE.exec(gap);
  return unit !== null && ALTERNATIVE_GAP_RE.test(gap.slice(unit[0].length));
}

// Severity words ("severe", "not too bad") and the value each stands for are
// data: knowledge/triage/severity.yaml. The highest mention wins.
function wordSeverity(text: string): SeverityResult | undefined {
  const words = vocabulary().severity;
  let best: { value: number; text: string } | undefined;
  for (const { re, value } of words.levels) {
    for (const m of text.matchAll(re)) {
      const before = text.slice(0, m.index);
      // "not too bad" is a phrase of its own; other negations drop the word ("not severe").
      if (!m[0].startsWith('not ') && !m[0].startsWith('no ') && words.negatorBefore.test(before)) continue;
      let v = value;
      if (value > 0 && value < 10) {
        // "very severe" is worse, "very mild" is milder; "slightly sore" is milder.
        if (words.intensifierBefore.test(before)) v = value >= 5 ? Math.min(10, v + 1) : Math.max(1, v - 1);
        else if (words.diminisherBefore.test(before)) v = Math.max(1, v - 1);
      }
      if (!best || v > best.value) best = { value: v, text: m[0] };
    }
  }
  return best ? { value: best.value, text: best.text, approximate: true } : undefined;
}

/**
 * Of several scores, those said of now ("about a 5 now but it was an 8 last
 * night": the 5): a score whose own clause has a word of the present and
 * none of the past; else those not said of the past. None such, or all
 * such: every score, as before.
 */
function scoreNow<T extends { start: number; end: number }>(text: string, pool: readonly T[]): readonly T[] {
  if (pool.length < 2) return pool;
  const { scoreNow: nowRe, scorePast: pastRe } = vocabulary().severity;
  // A clause ends at a stop, a comma, or a joiner or contrast starting the next ("but", "whereas").
  const clauseOf = (c: T) => clauseAround(text, c.start, c.end, { breakingWords: ['joiners', 'turns', 'contrasts'] });
  const past = pool.map((c) => pastRe.test(clauseOf(c)));
  const now = pool.filter((c, i) => !past[i] && nowRe.test(clauseOf(c)));
  if (now.length > 0 && now.length < pool.length) return now;
  // "a 7, at its worst a 9": the score not said of the past.
  const notPast = pool.filter((_, i) => !past[i]);
  return notPast.length > 0 && notPast.length < pool.length ? notPast : pool;
}

/**
 * "3 lying down and 8 when I turn over": two or more scores none of which is said
 * of now or of the past are each tied to a moment or a position; both are kept
 * (the lowest, and the user's words from the first score to the end of the
 * last one's clause) so the read-back says both. The value stays the highest.
 */
function spreadOf(text: string, scores: readonly SeverityCandidate[]): { low: number; words: string } | undefined {
  // "4-7 depending", "5, 8 when I bend": one range is a spread too, its lower end kept beside the value.
  if (scores.length < 2 && scores[0]?.low === undefined) return undefined;
  const low = Math.min(...scores.map((c) => c.low ?? c.value));
  if (low === Math.max(...scores.map((c) => c.value))) return undefined;
  const first = scores.reduce((a, b) => (b.start < a.start ? b : a));
  const last = scores.reduce((a, b) => (b.end > a.end ? b : a));
  const clause = clauseAround(text, last.start, last.end, { breakingWords: ['joiners', 'turns', 'contrasts'] });
  const at = text.indexOf(clause, last.start - clause.length);
  const end = at >= 0 ? Math.max(last.end, at + clause.length) : last.end;
  const words = text.slice(first.start, end).replace(/[\s.,;:!?-]+$/, '').trim();
  return words.split(/\s+/).length <= MAX_SPREAD_WORDS ? { low, words } : { low, words: `${first.text.trim()} ... ${last.text.trim()}` };
}

/** Longer than this, the words between two scores are not said back whole. */
const MAX_SPREAD_WORDS = 14;

/**
 * Severity from prepared text. `strict` (opening messages) only takes numbers
 * in a pain-score form or next to a cue word ("it's a 7", "8/10"); otherwise
 * (the answer to "how bad, 0-10?") any number 0-10 that is not a count, time
 * or age will do, cued ones first. `counts` are the durations found before
 * (masked out of `text`): a hedged number right after one is another duration.
 */
export function severityFromPrepared(text: string, culture: string, strict: boolean, counts: readonly Span[] = []): SeverityResult | undefined {
  const scale = scaleHits(text);
  const definitions = [...text.matchAll(SCALE_DEFINITION_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const rest = mask(text, [...scale, ...definitions]);
  const wholeAnswer = SHORT_ANSWER_RE.test(text) && text.split(' ').length <= 4;
  const candidates: SeverityCandidate[] = [...scale];
  let previous: NumberHit | undefined;
  for (const hit of mergeRanges(rest, numberHits(rest, culture))) {
    const alternative =
      (previous !== undefined && alternativeCount(rest.slice(previous.end, hit.start))) ||
      counts.some((c) => c.end <= hit.start && ALTERNATIVE_GAP_RE.test(rest.slice(c.end, hit.start)));
    previous = hit;
    if (alternative) continue;
    const c = classifyNumber(rest, hit, wholeAnswer);
    if (c) candidates.push(c);
    else if (hit.parts) {
      for (const part of hit.parts) {
        const pc = classifyNumber(rest, part, wholeAnswer);
        if (pc) candidates.push(pc);
      }
    }
  }
  const cued = candidates.filter((c) => c.cued);
  const pool = cued.length > 0 ? cued : strict ? [] : candidates;
  if (pool.length > 0) {
    // Several scores ("was a 5, now an 8"): the one said of now, else the highest, which is the safer reading.
    const now = scoreNow(text, pool);
    const best = now.reduce((a, b) => (b.value > a.value ? b : a));
    const worst = Math.max(...pool.map((c) => c.value));
    // In an answer to "how bad?" a score without a cue counts for moments too ("2 sitting, 6 getting up").
    const all = !strict && candidates.length > pool.length ? scoreNow(text, candidates) : now;
    const spread = spreadOf(text, all);
    if (spread) return { value: Math.max(...all.map((c) => c.value)), text: best.text.trim(), ...spread };
    return { value: best.value, text: best.text.trim(), ...(worst > best.value ? { worst } : {}) };
  }
  return wordSeverity(text);
}

/**
 * Pain severity 0-10 from an answer such as "7", "7 out of 10", "about a 7",
 * "8 or 9" (-> 9), "seven out of ten", or a word such as "severe"
 * (-> approximate). Numbers that are durations, ages or counts are ignored.
 */
export function parseSeverity(text: string, locale?: string): SeverityResult | undefined {
  return severityFromPrepared(prepare(text), cultureFor(locale), false);
}
