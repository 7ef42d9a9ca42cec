/**
 * Symptom-detail parser for the triage dialog: location, onset, severity,
 * trigger and yes/no answers from free text.
 *
 * Pure functions with no botbuilder imports (see docs/ARCHITECTURE.md). Every
 * function that depends on the clock takes `now`, so tests are deterministic.
 *
 * Numbers, dates/durations and yes/no come from @microsoft/recognizers-text;
 * the rest is a small English lexicon of regular expressions, all compiled
 * once at module load. Recognizers are only called when a cheap regex gate
 * says the text could contain what they look for (the date-time one in
 * particular costs milliseconds per call and ~0.3 s on its first call).
 *
 * All functions work on a "prepared" copy of the text (lower-case, folded
 * quotes and dashes, a few chat spellings fixed), so offsets returned by the
 * recognizers index that same string.
 */
import { Culture, recognizeBoolean } from '@microsoft/recognizers-text-choice';
import { DateTimeOptions, DateTimeRecognizer } from '@microsoft/recognizers-text-date-time';
import { NumberRecognizer } from '@microsoft/recognizers-text-number';
import { type UserClock, wallClockDate } from './userClock';

// recognizeDateTime()/recognizeNumber() build a new recognizer, and its model,
// on every call (about 1 ms each); the models are kept per culture instead.
const dateTimeRecognizer = new DateTimeRecognizer(Culture.English, DateTimeOptions.None, true);
const numberRecognizer = new NumberRecognizer(Culture.English, undefined, true);
const dateTimeModels = new Map<string, ReturnType<DateTimeRecognizer['getDateTimeModel']>>();
const numberModels = new Map<string, ReturnType<NumberRecognizer['getNumberModel']>>();

function recognizeDateTime(text: string, culture: string, now: Date) {
  let model = dateTimeModels.get(culture);
  if (!model) dateTimeModels.set(culture, (model = dateTimeRecognizer.getDateTimeModel(culture, true)));
  return model.parse(text, now);
}

function recognizeNumber(text: string, culture: string) {
  let model = numberModels.get(culture);
  if (!model) numberModels.set(culture, (model = numberRecognizer.getNumberModel(culture, true)));
  return model.parse(text);
}

// ---------------------------------------------------------------- public types

export type BackRegion = 'lower' | 'middle' | 'upper';
export type BackSide = 'left' | 'right' | 'both' | 'centre';

export interface SeverityResult {
  /** 0-10; ranges ("8 or 9") give the higher end, which is the safer reading. */
  value: number;
  /** The words the value was read from. */
  text: string;
  /** Set (true) when the value was inferred from a word such as "severe". */
  approximate?: boolean;
}

export interface OnsetResult {
  /** Estimated hours since the symptoms started (never negative). */
  hours: number;
  /** A plain duration for the summary: "about 2 days", "about 5 hours". */
  description: string;
  /**
   * The user's own words for a point in their day ("yesterday morning", "on
   * Tuesday", "when you woke up"), for read-backs where a computed duration
   * would mislead. Absent for durations ("for 3 days", "an hour ago").
   */
  words?: string;
}

/**
 * "Now" for the parser: the user's clock, or a Date whose local fields are
 * the user's wall time (what tests written before UserClock pass).
 */
export type ParserClock = UserClock | Date;

/** The recognizer's reference: a Date whose local fields are the user's wall time. */
function referenceDate(clock: ParserClock): Date {
  return clock instanceof Date ? clock : wallClockDate(clock);
}

export interface LocationResult {
  region?: BackRegion;
  side?: BackSide;
  /** true: pain spreads into the buttock/leg; false: the user said it does not. */
  radiatesToLeg?: boolean;
  /** Plain words for the summary: "lower back, left side, spreading into the leg". */
  description: string;
}

export type TriggerKind =
  | 'lifting'
  | 'sport'
  | 'sneeze_cough'
  | 'sitting'
  | 'sleeping'
  | 'twisting'
  | 'bending'
  | 'housework_gardening'
  | 'unknown'
  | 'other';

export interface TriggerResult {
  trigger: TriggerKind;
  /** Plain words for the summary: "lifting (picked up my kid)". */
  description: string;
}

export type YesNoAnswer = boolean | 'unsure';

export interface SymptomDetails {
  location: LocationResult;
  onset: OnsetResult;
  severity: SeverityResult;
  trigger: TriggerResult;
}

// ------------------------------------------------------------ shared helpers

interface Span {
  start: number;
  end: number; // exclusive
}

type RecognizerResult = ReturnType<typeof recognizeNumber>[number];

const SUPPORTED_CULTURES: ReadonlySet<string> = new Set(Culture.getSupportedCultureCodes());

/** Maps "en-GB", "fr", "EN-au" to a culture code the recognizers support (default en-us). */
function cultureFor(locale?: string): string {
  if (!locale) return Culture.English;
  const nearest = Culture.mapToNearestLanguage(locale.toLowerCase());
  return SUPPORTED_CULTURES.has(nearest) ? nearest : Culture.English;
}

function isEnglish(culture: string): boolean {
  return culture.startsWith('en');
}

// Chat spellings that the recognizers do not know. Applied after lower-casing.
const SPELLING_FIXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:yday|yest|yesterdy|yesturday|yestarday|yeaterday|yestreday|yesteday|ystrdy)\b/g, 'yesterday'],
  [/\b(?:2day|tday)\b/g, 'today'],
  [/\b(?:2nite|tonite)\b/g, 'tonight'],
  [/\bthis am\b/g, 'this morning'],
  [/\bthis arvo\b/g, 'this afternoon'],
  [/\b(\d+|an?|one|two|three|four|five|six|few|couple(?: of)?)\s*wks?\b/g, '$1 weeks'],
  [/\b(\d+|an?|one|two|three|four|five|six|few|couple(?: of)?)\s*(?:mnths?|mths?)\b/g, '$1 months'],
  [/\b(\d+|an?|one|two|three|four|five|six|few|couple(?: of)?)\s*dys\b/g, '$1 days'],
  // "a day or two", "an hour or two ago": the longer of the two, like other ranges.
  [/\b(?:an?|one|1)\s+(hour|day|week|month|year)s?\s+or\s+(two|three|2|3)\b/g, '$2 $1s'],
  // "week ago" -> "a week ago": the recognizer needs the article.
  [/(?<!\b(?:\d+|an?|one|few|couple|several|of|the|last|this|next)\s)\b(hour|day|week|month|year) ago\b/g, 'a $1 ago'],
  // "3 days back" means "3 days ago"; only after a time unit, so "lower back" is untouched.
  [/\b(minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) back\b/g, '$1 ago'],
];

const HALF_SIGN_RE = /\u00bd/g; // NFKC would turn "6½" into "61⁄2"
const APOSTROPHES_RE = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const DASHES_RE = /[\u2010-\u2015\u2212]/g;
const FRACTION_SLASH_RE = /\u2044/g;
const WHITESPACE_RE = /\s+/g;
const TRAILING_PUNCTUATION_RE = /[.!?]+$/;

/** Lower-case, fold typographic quotes/dashes/fraction slash, fix a few chat spellings. */
/**
 * Longest text the parser reads. The recognizers' cost grows faster than the
 * text (2,000 characters of digits took ~2 s), and an answer or an opening
 * message that says where, when and how bad fits well within this.
 */
export const MAX_PARSED_CHARS = 400;

function prepare(text: string): string {
  let t = text
    .slice(0, MAX_PARSED_CHARS)
    .replace(HALF_SIGN_RE, ' 1/2')
    .normalize('NFKC')
    .toLowerCase()
    .replace(APOSTROPHES_RE, "'")
    .replace(DASHES_RE, '-')
    .replace(FRACTION_SLASH_RE, '/')
    .replace(WHITESPACE_RE, ' ')
    .trim();
  for (const [re, replacement] of SPELLING_FIXES) t = t.replace(re, replacement);
  return t;
}

/** Replaces the spans with spaces so offsets stay valid but recognizers skip them. */
function mask(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const chars = text.split('');
  for (const s of spans) for (let i = s.start; i < s.end && i < chars.length; i++) chars[i] = ' ';
  return chars.join('');
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Text of the clause that holds `index`: clauses end at . , ; ! ? and "but". */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  const cut = Math.max(
    before.lastIndexOf('.'),
    before.lastIndexOf(','),
    before.lastIndexOf(';'),
    before.lastIndexOf('!'),
    before.lastIndexOf('?'),
    before.lastIndexOf(' but '),
  );
  return cut >= 0 ? before.slice(cut + 1) : before;
}

// A negator within the last three words of the clause before a match:
// "didn't lift anything", "it doesn't go down my leg", "no pain in my legs".
const NEGATION_BEFORE_RE =
  /\b(?:not|no|never|didn'?t|did not|don'?t|do not|doesn'?t|does not|wasn'?t|was not|isn'?t|is not|haven'?t|have not|hasn'?t|has not|hadn'?t|can'?t|cannot|couldn'?t|unable to|without|nothing|nor)\b(?:\s+[\w']+){0,3}\s*$/;

function isNegated(text: string, index: number): boolean {
  return NEGATION_BEFORE_RE.test(clauseBefore(text, index));
}

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

// ===================================================================== severity

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
// "2 days ago", "3 weeks", "45 years old", "2 kids", "20 kg", "7am".
const UNIT_AFTER_RE =
  /^\s*-?\s*(?:min(?:ute)?s?|secs?|seconds?|hrs?|hours?|h|days?|d|nights?|weeks?|wks?|w|months?|mos?|years?|yrs?|y\/?o|yo|am|pm|a\.m|p\.m|o'?clock|times|x|kgs?|kilos?|lbs?|pounds?|stone|reps?|sets?|miles?|kms?|k|steps?|percent|mg|ml|tablets?|pills?|ibuprofen|paracetamol|advil|tylenol|aspirin|naproxen|painkillers?|kids?|children|child|sons?|daughters?|bab(?:y|ies)|people|boxes|bags?|floors?|flights?|stairs|storeys?|stories|inch(?:es)?|cm|feet|foot|ft|degrees?|kilometres?|kilometers?|meters?|metres?|th|st|nd|rd)\b|^\s*(?:%|:\d|\.\d|,\d)/;
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
  /(?:\b(?:(?:son|daughter|kid|child|boy|girl|baby|toddler|he|she|who)(?:'s| is| was| turned)|i'?m|i am|im|aged?|age of|turned|turning|since|from|until|till|til|by|past|last|next|every|each|for|number|no\.|page|room|step|chapter|version|v|lift(?:ed|ing)?|carr(?:y|ied|ying)|took|take|taken|taking|had|have|of)\s*|[#$£€]\s*)$/;
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
}

interface SeverityCandidate extends NumberHit {
  /** Explicit scale form or a cue word next to it. */
  cued: boolean;
}

/** Pain-scale forms ("7/10", "seven out of ten", "8-9/10") read by regex. */
function scaleHits(text: string): SeverityCandidate[] {
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
      out.push({ start, end: b.end, value: b.value, text: text.slice(start, b.end), ...(comma ? { parts: [a, b] as const } : {}) });
      i++;
    } else {
      out.push(a);
    }
  }
  return out;
}

function classifyNumber(text: string, hit: NumberHit, wholeAnswer: boolean): SeverityCandidate | undefined {
  if (hit.value < 0 || hit.value > 10) return undefined;
  const before = text.slice(0, hit.start);
  const after = text.slice(hit.end);
  if (UNIT_AFTER_RE.test(after)) return undefined;
  const plural = PLURAL_AFTER_RE.exec(after);
  if (plural && !S_WORDS_ALLOWED.has(plural[1]!)) return undefined;
  if (REJECT_BEFORE_RE.test(before)) return undefined;
  const cued = CUE_BEFORE_RE.test(before) || CUE_AFTER_RE.test(after);
  // "one" is mostly a pronoun ("the right one", "one side").
  if (PRONOUN_ONE_RE.test(hit.text) && ((!cued && !wholeAnswer) || DETERMINER_BEFORE_RE.test(before))) return undefined;
  return { ...hit, cued };
}

interface WordSeverity {
  re: RegExp;
  value: number;
}

// Severity words, with the value they stand for. Matched anywhere; the highest
// wins. Each is approximate by nature. "bad" alone is left out: "my bad back".
const SEVERITY_WORDS: readonly WordSeverity[] = [
  { re: /\b(?:unbearable|excruciating|agony|agoni[sz]ing|intolerable|worst (?:back |lower back |upper back )?(?:pain|spasm|it'?s (?:ever )?been|ever|of my life|i'?ve (?:ever )?(?:had|felt)|i have (?:ever )?(?:had|felt)|imaginable|possible)|the worst(?=\s*(?:$|[.!,]))|off the (?:charts?|scale)|can'?t (?:bear|stand) (?:it|the pain))\b/g, value: 10 },
  { re: /\b(?:crippling|debilitating|killing me|horrendous|unreal)\b/g, value: 9 },
  { re: /\b(?:severe|intense|terrible|awful|horrible|dreadful|really bad|very bad|so bad|extremely bad|super bad|really painful|very painful|extremely painful|really sore|very sore)\b/g, value: 8 },
  { re: /\b(?:pretty bad|quite bad|fairly bad|bad pain|painful|quite sore|pretty sore)\b/g, value: 6 },
  { re: /\b(?:moderate|medium|middling|sore|uncomfortable)\b/g, value: 5 },
  { re: /\b(?:manageable|bearable|tolerable|not (?:too|that|so) bad)\b/g, value: 4 },
  { re: /\b(?:mild|not bad|dull ache|achy|aching)\b/g, value: 3 },
  { re: /\b(?:slight|minor|a twinge|niggle|niggling|barely (?:hurts|there|noticeable|feel it))\b/g, value: 2 },
  { re: /\b(?:no pain|pain[- ]free|(?:does|do)(?:n'?t| not) hurt)\b/g, value: 0 },
];
const INTENSIFIER_BEFORE_RE = /\b(?:very|really|extremely|super|incredibly|so|absolutely|totally)\s*$/;
const DIMINISHER_BEFORE_RE = /\b(?:slightly|a bit|a little|fairly|kinda|kind of|sort of|somewhat|quite)\s*$/;
// "not too bad" is a phrase of its own; other negations drop the word ("not severe").
const WORD_NEGATION_RE = /\b(?:not|isn'?t|wasn'?t|never|no longer)\s+(?:\w+\s+)?$/;

function wordSeverity(text: string): SeverityResult | undefined {
  let best: { value: number; text: string } | undefined;
  for (const { re, value } of SEVERITY_WORDS) {
    for (const m of text.matchAll(re)) {
      const before = text.slice(0, m.index);
      if (!m[0].startsWith('not ') && !m[0].startsWith('no ') && WORD_NEGATION_RE.test(before)) continue;
      let v = value;
      if (value > 0 && value < 10) {
        // "very severe" is worse, "very mild" is milder; "slightly sore" is milder.
        if (INTENSIFIER_BEFORE_RE.test(before)) v = value >= 5 ? Math.min(10, v + 1) : Math.max(1, v - 1);
        else if (DIMINISHER_BEFORE_RE.test(before)) v = Math.max(1, v - 1);
      }
      if (!best || v > best.value) best = { value: v, text: m[0] };
    }
  }
  return best ? { value: best.value, text: best.text, approximate: true } : undefined;
}

/**
 * Severity from prepared text. `strict` (opening messages) only takes numbers
 * in a pain-score form or next to a cue word ("it's a 7", "8/10"); otherwise
 * (the answer to "how bad, 0-10?") any number 0-10 that is not a count, time
 * or age will do, cued ones first.
 */
function severityFromPrepared(text: string, culture: string, strict: boolean): SeverityResult | undefined {
  const scale = scaleHits(text);
  const definitions = [...text.matchAll(SCALE_DEFINITION_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const rest = mask(text, [...scale, ...definitions]);
  const wholeAnswer = SHORT_ANSWER_RE.test(text) && text.split(' ').length <= 4;
  const candidates: SeverityCandidate[] = [...scale];
  for (const hit of mergeRanges(rest, numberHits(rest, culture))) {
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
    // Several scores ("was a 5, now an 8"): the highest, which is the safer reading.
    const best = pool.reduce((a, b) => (b.value > a.value ? b : a));
    return { value: best.value, text: best.text.trim() };
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

// ======================================================================== onset

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

// Cheap gate: anything the date-time recognizer could read?
const DATETIME_GATE_RE =
  /\d|\b(?:ago|since|yesterday|today|tonight|now|morning|afternoon|evening|night|noon|midnight|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnight|months?|years?|weekend|week|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|last|past|earlier|couple|few|one|two|three|four|five|six|seven|eight|nine|ten|twelve|christmas|easter|new year|thanksgiving|january|february|march|april|may|june|july|august|september|october|november|december)\b/;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const LAST_WEEKDAY_RE = /\blast\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/;
// "45 years old", "I'm 45 years": an age, not a duration.
const AGE_AFTER_RE = /^\s*(?:old|of age)\b/;
const AGE_BEFORE_RE = /\b(?:i'?m|i am|im|aged?|age of|turned|turning)\s*$/;
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

type DatePoint = { kind: 'day'; daysAgo: number } | { kind: 'instant'; ms: number };

interface OnsetCandidate extends Span {
  hours: number;
  description: string;
  strength: number;
  words?: string;
}

function startOfLocalDay(d: Date): number {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/**
 * Until this hour, the user's "today" is still the day before: at 00:30,
 * "this morning" is the morning that has passed, not the one to come.
 */
const DAY_START_HOUR = 4;

/** Midnight that began the user's day (yesterday's, in the small hours). */
function startOfUserDay(now: Date): number {
  const midnight = startOfLocalDay(now);
  return now.getHours() < DAY_START_HOUR ? new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1).getTime() : midnight;
}

// A part of today ("2026-11-19TMO"): morning, afternoon, evening, night, daytime.
const PART_OF_DAY_TIMEX_RE = /^\d{4}-\d{2}-\d{2}T(MO|AF|EV|NI|DT)$/;

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
function calendarDaysAgo(ms: number, now: Date): number {
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

function shiftPoint(p: DatePoint, days: number): DatePoint {
  return p.kind === 'day' ? { kind: 'day', daysAgo: p.daysAgo - days } : { kind: 'instant', ms: p.ms + days * DAY_MS };
}

function pointDaysAgo(p: DatePoint, now: Date): number {
  return p.kind === 'day' ? p.daysAgo : calendarDaysAgo(p.ms, now);
}

/** Hours from the point to now; undefined when it lies in the future. */
function hoursSince(p: DatePoint, now: Date): { hours: number; today: boolean } | undefined {
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

/** How far back to move a point the recognizer put in the future ("since Friday" on a Thursday). */
function periodBackDays(timex: string, now: Date): number | undefined {
  if (timex.startsWith('T')) return 1; // a clock time later today: yesterday's
  if (timex.includes('W')) return 7; // a weekday or "the weekend": last week's
  if (timex.startsWith('XXXX-XX')) {
    const prevMonth = new Date(now.getFullYear(), now.getMonth() - 1, now.getDate());
    return Math.round((startOfLocalDay(now) - prevMonth.getTime()) / DAY_MS);
  }
  if (timex.startsWith('XXXX')) return 365;
  return undefined;
}

interface DateTimeValue {
  timex?: string;
  type?: string;
  Mod?: string;
  value?: string;
  start?: string;
  end?: string;
}

/** One recognizer value as a start point, or undefined. */
function valueToPoint(v: DateTimeValue, now: Date): DatePoint | 'duration' | undefined {
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

const ABOUT_PREFIX_RE = /^about /;
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
function describeTimexDuration(timex: string | undefined): string | undefined {
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
const JUST_STARTED_RE = /\b(?:it|this|pain|spasms?|back)(?:'s| has| is)? (?:only )?just (?:started|begun|began|went|gone|kicked in|locked)\b/;
const WOKE_UP_RE = /\b(?:woke(?: up)? with|woken up with|woke up|waking up|wake up with|since i got up|got out of bed|overnight|in my sleep)\b/;
const WAKING_HOUR = 7;
/** The read-back of "woke up with it": a duration would be a guess about their sleep. */
const WOKE_UP_WORDS = 'when you woke up';
// Meals as times of day ("since lunch"); the recognizer leaves these unresolved.
const MEAL_RE = /\b(breakfast|brunch|lunch(?:time)?|dinner(?:time)?|supper|teatime)\b/;
const MEAL_HOURS: Readonly<Record<string, number>> = {
  breakfast: 8, brunch: 11, lunch: 12.5, lunchtime: 12.5, dinner: 18.5, dinnertime: 18.5, supper: 19, teatime: 17,
};
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
  const meal = MEAL_RE.exec(text);
  if (meal) {
    const hours = (now.getTime() - lastTimeOfDay(now, MEAL_HOURS[meal[1]!] ?? 12)) / HOUR_MS;
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

// Leading words that belong to the sentence, not to the point in time.
const SINCE_PREFIX_RE = /^(?:since|from|starting|started|on)\s+/;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY_WORD_RE = /\b(?:sun|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat)(?:day|nesday|sday|rsday|urday)?\b/;

/**
 * The user's words for a point in time, fit for "it started {words}":
 * "since yesterday morning" -> "yesterday morning", "since tues" -> "on Tuesday".
 */
function userWords(rtext: string, timex: string | undefined): string {
  let words = rtext.replace(SINCE_PREFIX_RE, '').trim();
  const weekday = /W\w*-(\d)$/.exec(timex ?? '');
  if (weekday) {
    const name = WEEKDAY_NAMES[Number(weekday[1]) % 7]!;
    words = words.replace(WEEKDAY_WORD_RE, name);
    if (words === name) words = `on ${name}`;
  }
  return words;
}

function roundHours(h: number): number {
  return Math.round(h * 100) / 100;
}

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

  // "now" mid-sentence ("it's a 6 right now") is not an onset; "just now" is.
  if (first.timex === 'PRESENT_REF' && !JUST_BEFORE_RE.test(before)) return undefined;
  if (BARE_TIME_TEXT_RE.test(rtext) && opening && !TIME_VERB_BEFORE_RE.test(before)) return undefined;
  if (first.type === 'duration' && ADJECTIVE_DURATION_RE.test(rtext)) {
    const next = WORD_AFTER_RE.exec(after);
    if (next && !ADJECTIVE_DURATION_OK_NEXT.has(next[1]!)) return undefined;
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

/** Onset candidates from prepared text, best first. */
function onsetCandidates(text: string, now: Date, culture: string, opening: boolean): OnsetCandidate[] {
  const found: OnsetCandidate[] = [];
  if (!isEnglish(culture) || DATETIME_GATE_RE.test(text)) {
    for (const r of recognizeDateTime(text, culture, now)) {
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
    const f = fallbackOnset(text, now);
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

function onsetResult(c: OnsetCandidate): OnsetResult {
  return { hours: c.hours, description: c.description, ...(c.words ? { words: c.words } : {}) };
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

// ===================================================================== location

interface Pattern<T> {
  re: RegExp;
  value: T;
  /** Landmark words for the summary ("near the tailbone"). */
  label?: string;
}

const MY = String.raw`(?:my |the |your |his |her )?`;
// "lower left back", "upper right side of my back".
const SIDE_WORD = String.raw`(?:(?:left|right)[\s-]+(?:(?:hand[\s-]+)?side[\s-]+(?:of[\s-]+${MY})?)?)?`;

// Region words. Order matters only for the landmark label.
const REGION_PATTERNS: ReadonlyArray<Pattern<BackRegion>> = [
  { re: new RegExp(String.raw`\b(?:lower|low|bottom)[\s-]+${SIDE_WORD}(?:part of ${MY}|end of ${MY}|of ${MY})?(?:back|spine)\b`), value: 'lower' },
  { re: /\blumbar\b|\blumbago\b|\bl[1-5](?:[\s/-]*(?:l[1-5]|s1))?\b|\bl[1-5]-?s1\b/, value: 'lower' },
  { re: new RegExp(String.raw`\b(?:bottom|base|small|lower part|bottom part) of ${MY}(?:back|spine)\b`), value: 'lower' },
  { re: /\btail\s?bone\b|\bcoccyx\b/, value: 'lower', label: 'near the tailbone' },
  { re: /\bsacr(?:um|al|oiliac)\b|\bs\.?i\.? joints?\b/, value: 'lower', label: 'near the sacrum' },
  { re: /\bhips?\b/, value: 'lower', label: 'near the hips' },
  { re: /\bwaist(?:line)?\b|\bbelt[\s-]?line\b/, value: 'lower', label: 'at the waist' },
  { re: /\b(?:buttocks?|glutes?|butt|bum)\b/, value: 'lower', label: 'near the buttock' },
  { re: new RegExp(String.raw`\bmid(?:dle)?[\s-]*${SIDE_WORD}back\b`), value: 'middle' },
  // "upper and lower back", "mid to lower back": the first word has no "back" of its own.
  { re: /\b(?:lower|low)(?=\s*(?:and|&|to|\/|or|-|into)\s*(?:the\s+)?(?:upper|mid|middle)[\s-]*back\b)/, value: 'lower' },
  { re: /\bmid(?:dle)?(?=\s*(?:and|&|to|\/|or|-|into)\s*(?:the\s+)?(?:upper|lower|low)[\s-]*back\b)/, value: 'middle' },
  { re: /\bupper(?=\s*(?:and|&|to|\/|or|-|into)\s*(?:the\s+)?(?:mid|middle|lower|low)[\s-]*back\b)/, value: 'upper' },
  { re: new RegExp(String.raw`\b(?:middle|centre|center) of ${MY}back\b`), value: 'middle' },
  { re: /\bthoracic\b|\bt(?:[1-9]|1[0-2])\b/, value: 'middle' },
  { re: /\bribs?\b|\brib ?cage\b|\bbra[\s-]?(?:line|strap)\b/, value: 'middle', label: 'near the ribs' },
  { re: new RegExp(String.raw`\bupper[\s-]+${SIDE_WORD}(?:part of ${MY})?back\b|\bhigh up\b`), value: 'upper' },
  { re: new RegExp(String.raw`\btop of ${MY}(?:back|spine)\b`), value: 'upper' },
  { re: /\bshoulder[\s-]*blades?\b|\bscapula[es]?\b/, value: 'upper', label: 'around the shoulder blades' },
  { re: /\bneck\b|\bcervical\b|\bc[1-7]\b/, value: 'upper', label: 'near the neck' },
  { re: /\btrap(?:s|ezius)\b|\bshoulders?\b/, value: 'upper', label: 'near the shoulders' },
];
// A one- or two-word answer to "where is it?": "lower", "the middle", "upper part".
// A side word may follow: "lower right", "upper left side".
const ANSWER_TAIL = String.raw`(?:[\s-]+(?:left|right)(?:[\s-]+(?:hand[\s-]+)?side)?)?(?: one| part| bit| area| end| half| section)?$`;
const REGION_ANSWER_PATTERNS: ReadonlyArray<Pattern<BackRegion>> = [
  { re: new RegExp(String.raw`^(?:the |my |it'?s |its )?(?:lower|low|bottom|low down|down low|lower down)${ANSWER_TAIL}`), value: 'lower' },
  { re: new RegExp(String.raw`^(?:the |my |it'?s |its |in the )?(?:mid|middle|centre|center)${ANSWER_TAIL}`), value: 'middle' },
  { re: new RegExp(String.raw`^(?:the |my |it'?s |its )?(?:upper|top|high|higher up|up high)${ANSWER_TAIL}`), value: 'upper' },
];

const SIDE_PARTS = String.raw`(?:hand|sided?|side|hip|leg|buttock|butt|bum|glute|thigh|calf|knee|foot|shoulder|lower|upper|mid|middle|back|flank|lumbar|sciatic|sciatica|kidney|part|half|rib|ribs|shoulder\s*blade|lat|si|s\.i\.|sacroiliac|sacrum|of ${MY}(?:spine|back))`;
function sideRe(word: 'left' | 'right'): RegExp {
  // "right" is also "right now", "right in the middle", "all right": only
  // count it next to a body word or after "on the"/"my".
  return new RegExp(
    String.raw`\b(?:on|to|at|towards?|in|down)\s+(?:the|my)\s+${word}\b|\b${word}(?:[\s-]+${SIDE_PARTS})\b|\bmy ${word}\b|\b(?:lower|upper|mid|middle|low|bottom|top)[\s-]+${word}\b|^(?:the |my |on the |it'?s on the |its on the )?${word}(?: one| side)?$`,
  );
}
const LEFT_RE = sideRe('left');
const RIGHT_RE = sideRe('right');
const BOTH_SIDES_RE =
  /\bboth(?: sides?| hips| legs| buttocks|$)|\b(?:either|each) side\b|\ball (?:across|along|over)\b|\bacross (?:my |the )?(?:whole |entire )?(?:lower |upper |mid(?:dle)? )?back\b|\b(?:whole|entire) (?:lower |upper |mid(?:dle)? )?back\b|\bbilateral|\beverywhere\b|\ball over\b/;
// "the middle of my lower back": centre of that region, not the middle back.
const CENTRE_OF_REGION_RE = /\b(?:middle|centre|center) of (?:my |the )?(?:lower|upper) back\b/;
const CENTRE_RE =
  /\b(?:in the )?(?:middle|centre|center|central|midline)\b(?![\s-]*back\b|\s+of\s+(?:my |the )?back\b)|\b(?:on|along|down|over|in|of|near) (?:my |the )?spine\b|^(?:my |the )?spine$/;

// Spreading into the leg or buttock: "shooting down my leg", "sciatica", "into my thigh".
const LEG_WORDS = String.raw`(?:legs?|thighs?|buttocks?|butt|bum|glutes?|hamstrings?|calf|calves|knees?|foot|feet|groin|hip to (?:the|my) knee)`;
// All global: every mention is checked for negation ("doesn't go down my leg").
const RADIATION_RES: readonly RegExp[] = [
  /\bsciatica\b|\bsciatic\b|\bnerve pain\b(?=[^.]*\b(?:leg|thigh|foot)\b)/g,
  // Verbs that only mean spreading; plain "goes"/"went" are left to "down/into my leg"
  // below, so "it hurts when I go to lift my leg" is not radiation.
  new RegExp(
    String.raw`\b(?:shoot(?:s|ing)?|shot|radiat(?:es|ing|e|ed)|spread(?:s|ing)?|travel(?:s|led|ling|ing)?|extends?|extending|refers?|referred|referring|streaks?|zings?|zaps?)\b[^.,;!?]{0,25}?\b(?:down|into|to|through|in|along)\b[^.,;!?]{0,18}?\b${LEG_WORDS}\b`,
    'g',
  ),
  new RegExp(String.raw`\b(?:down|into) (?:the back of )?(?:my |the |both |one |either |each )?(?:left |right )?${LEG_WORDS}\b`, 'g'),
  new RegExp(
    String.raw`\b(?:pain|ache|aching|tingling|tingles|numb(?:ness)?|pins and needles|burning|shooting|electric)\b[^.,;!?]{0,12}?\b(?:in|down|through|into|on) (?:my |the |both |one )?(?:left |right )?${LEG_WORDS}\b`,
    'g',
  ),
  new RegExp(String.raw`\b(?:left |right )?(?:leg|thigh|buttock|glute|calf) (?:pain|ache|tingling|numbness|symptoms)\b`, 'g'),
];
const PLURAL_LEG_RE = /\b(?:legs|both|thighs|buttocks|calves|feet)\b/;

/** true / false (explicitly denied) / undefined (not mentioned). */
// "it doesn't radiate", "not spreading anywhere": a no, even without naming the leg.
const NO_RADIATION_RE =
  /\b(?:doesn'?t|does not|don'?t|do not|not|no|never|isn'?t|is not|without)\s+(?:\w+\s+)?(?:radiat\w*|spread\w*|shoot\w*|travel\w*|go(?:es|ing)? (?:anywhere|elsewhere|down|into)|move (?:anywhere|around))\b/;

function legRadiation(text: string): { radiates: boolean; plural: boolean } | undefined {
  let sawNegated = NO_RADIATION_RE.test(text);
  for (const re of RADIATION_RES) {
    for (const m of text.matchAll(re)) {
      const isPlural = PLURAL_LEG_RE.test(m[0]);
      if (isNegated(text, m.index)) sawNegated = true;
      else return { radiates: true, plural: isPlural };
    }
  }
  return sawNegated ? { radiates: false, plural: false } : undefined;
}

const REGION_LABELS: Readonly<Record<BackRegion, string>> = { lower: 'lower back', middle: 'middle back', upper: 'upper back' };
const SIDE_LABELS: Readonly<Record<BackSide, string>> = { left: 'left side', right: 'right side', both: 'both sides', centre: 'centre' };

function locationFromPrepared(text: string): LocationResult | undefined {
  const t = text.replace(TRAILING_PUNCTUATION_RE, '').trim();
  // Regions, in the order mentioned; the first one is the answer.
  const regionHits: Array<{ index: number; value: BackRegion; label?: string }> = [];
  for (const p of [...REGION_PATTERNS, ...REGION_ANSWER_PATTERNS]) {
    const m = p.re.exec(t);
    if (m) regionHits.push({ index: m.index, value: p.value, ...(p.label ? { label: p.label } : {}) });
  }
  regionHits.sort((a, b) => a.index - b.index);
  const region = regionHits[0]?.value;
  const landmark = regionHits.find((h) => h.label)?.label;

  const left = LEFT_RE.test(t);
  const right = RIGHT_RE.test(t);
  let side: BackSide | undefined;
  if (BOTH_SIDES_RE.test(t) || (left && right)) side = 'both';
  else if (left) side = 'left';
  else if (right) side = 'right';
  else if (CENTRE_RE.test(t) && region !== 'middle') side = 'centre';
  else if (CENTRE_RE.test(t) && CENTRE_OF_REGION_RE.test(t)) side = 'centre';

  const radiation = legRadiation(t);
  if (region === undefined && side === undefined && radiation === undefined) return undefined;

  const parts: string[] = [];
  const regionDistinct = [...new Set(regionHits.map((h) => h.value))];
  if (regionDistinct.length > 1) {
    parts.push(`${regionDistinct.join(' and ')} back`);
  } else if (region) {
    parts.push(REGION_LABELS[region]);
  } else if (side) {
    parts.push('back');
  }
  // Buttock pain that spreads is told as spreading, not as a landmark.
  if (landmark && !(radiation?.radiates && landmark === 'near the buttock')) parts[parts.length - 1] = `${parts[parts.length - 1] ?? 'back'} (${landmark})`;
  if (side) parts.push(SIDE_LABELS[side]);
  if (radiation) {
    const leg = radiation.plural ? 'the legs' : 'the leg';
    parts.push(radiation.radiates ? `spreading into ${leg}` : 'not spreading into the leg');
  }
  const result: LocationResult = { description: parts.join(', ') };
  if (region) result.region = region;
  if (side) result.side = side;
  if (radiation) result.radiatesToLeg = radiation.radiates;
  return result;
}

/**
 * Where the pain is: region (lower/middle/upper back), side, and whether it
 * spreads into the leg ("shooting down my leg", "sciatica"). Undefined when
 * the text names none of these.
 */
export function parseLocation(text: string): LocationResult | undefined {
  return locationFromPrepared(prepare(text));
}

// ====================================================================== trigger

const TRIGGER_LABELS: Readonly<Record<TriggerKind, string>> = {
  lifting: 'lifting',
  sport: 'sport or exercise',
  sneeze_cough: 'a sneeze or cough',
  sitting: 'sitting for a long time',
  sleeping: 'sleeping',
  twisting: 'twisting or reaching',
  bending: 'bending',
  housework_gardening: 'housework or gardening',
  unknown: 'no clear trigger',
  other: 'other',
};

interface TriggerPattern {
  value: TriggerKind;
  /** Only in an answer to "what set it off?": too loose for an opening message. */
  answerOnly?: boolean;
  /** Global, so one matchAll finds every mention (each is checked for negation). */
  re: RegExp;
}

// Groups in priority order: the first group with an un-negated match wins, and
// within a group the earliest mention. So a fall beats everything (it matters
// most to a clinician), a sneeze beats the posture it happened in, and the
// movement ("lifted", "twisted", "bent down") beats the setting ("at the gym",
// "in the garden"); "bent down to pick up a pencil" is bending, "lifted the
// box and twisted" is lifting. Waking up with it beats where one slept.
const TRIGGER_GROUPS: ReadonlyArray<readonly TriggerPattern[]> = [
  [
    {
      value: 'other',
      re: /\b(?:fell(?! asleep)|fall(?:en|ing)?(?! asleep)|slipp?(?:ed|ing)?|slip|tripp?(?:ed|ing)?|trip(?! to)|stumbl\w*|missed a step|stepped (?:off|down|awkwardly)|car (?:accident|crash)|accident|crash(?:ed)?|collision|hit by|knocked (?:over|down)|tackled|jump(?:ed|ing)?|landed)\b/g,
    },
  ],
  [{ value: 'sneeze_cough', re: /\b(?:sneez\w*|cough\w*|hiccup\w*|blew my nose|blowing my nose|laugh(?:ed|ing) (?:too )?hard)\b/g }],
  [
    {
      value: 'lifting',
      re: /\b(?:lift(?:ed|ing|s)?|pick(?:ed|ing|s)?\s+(?:[\w']+\s+){0,3}?up|carr(?:y|ied|ies|ying)|hoist(?:ed|ing)?|deadlift\w*|dead lift\w*|squat(?:s|ted|ting)?|bench(?:ing)? press\w*|weights?|weight ?lifting|(?:helped|helping|help) (?:\w+ )?move|moving (?:house|furniture|boxes|a \w+|the \w+|stuff|things)|moved (?:house|furniture|boxes|some \w+|a \w+|the \w+)|lugg(?:ed|ing)|haul(?:ed|ing)|heav(?:y|ier) (?:box|boxes|bag|bags|load|thing|things|stuff|object|shopping|suitcase|luggage)|shift(?:ed|ing) (?:a|the|some) \w+)\b/g,
    },
    {
      value: 'twisting',
      re: /\b(?:twist(?:ed|ing|s)?|turn(?:ed|ing) (?:around|round|quickly|suddenly|awkwardly|too fast|to (?:look|reach|grab|get))|rotat(?:ed|ing|ion)|reach(?:ed|ing)? (?:for|over|up|across|behind|into|back)|swung|swing(?:ing)?|jerk(?:ed|ing)?|(?:awkward(?:ly)?|sudden|quick|wrong) (?:movement|move|position|jerk)|moved (?:awkwardly|wrong|funny|the wrong way)|wrong way)\b/g,
    },
    {
      value: 'bending',
      re: /\b(?:bent|bend(?:ing|s)?|lean(?:ed|ing|t)? (?:over|down|forward)|stoop(?:ed|ing)?|crouch(?:ed|ing)?|tying (?:my )?(?:shoe\w*|laces)|putting (?:on )?(?:my )?(?:socks|shoes)|reached down)\b/g,
    },
  ],
  [
    {
      value: 'sport',
      re: /\b(?:golf\w*|tennis|football|soccer|rugby|basketball|netball|volleyball|baseball|softball|cricket|hockey|squash|badminton|padel|pickleball|running|ran|run|jog(?:ging|ged)?|marathon|sprint\w*|gym|work(?:ed|ing)? ?out|workout|exercis\w*|training|yoga|pilates|crossfit|spin class|cycl(?:ing|ed)|biking|bike ride|swim(?:ming)?|swam|ski(?:ing)?|snowboard\w*|surf(?:ing)?|climb(?:ing)|boulder(?:ing)|hik(?:e|ing|ed)|danc(?:e|ing|ed)|boxing|martial arts|judo|karate|jiu[\s-]?jitsu|wrestl\w*|rowing|kayak\w*|walk(?:ing)? (?:the dog|for miles|a long way)|long walk|horse ?riding|sports?|match|trampolin\w*|stretch(?:ing|ed)|playing (?:with )?(?:a )?(?:ball|game))\b/g,
    },
  ],
  [
    {
      value: 'housework_gardening',
      re: /\b(?:garden\w*|weed(?:ing|ed)|dig(?:ging)?|dug|mow\w*|rak(?:e|ing|ed)|prun\w*|hedges?|lawn|shovel\w*|vacuum\w*|hoover\w*|clean(?:ing|ed)?|mop(?:ping|ped)?|sweep(?:ing)?|swept|laundry|ironing|chores?|housework|house ?work|tidy(?:ing)?|tidied|making the bed|made the bed|diy|painting|decorating|changing (?:the )?(?:sheets|bed)|dishes|dishwasher|scrub\w*|washing (?:up|the car|the floor))\b/g,
    },
  ],
  [
    {
      value: 'sleeping',
      // Not "sleep" alone: "I can't sleep" is a consequence, not a trigger.
      re: /\b(?:woke (?:up )?with|woken up with|woke up|waking up|wake up with|in my sleep|slept|sleeping (?:on|in|funny|wrong|awkward\w*|position)|overnight|(?:getting|got) (?:out of|up from|up out of) bed|mattress|pillow|rolled over|roll(?:ing)? over)\b/g,
    },
  ],
  [
    {
      value: 'sitting',
      // "sat" alone is also Saturday.
      re: /\b(?:sitting|sat (?:down|at|in|on|for|all|too|still|around|up)|sit|seated|desk|computer|laptop|office chair|chair|driv(?:e|ing|en)|drove|road trip|flight|flying|plane|car journey|commut\w*|gaming|couch|sofa|studying|working from home|wfh|on the train|long journey|screen)\b/g,
    },
  ],
  [
    {
      value: 'other',
      answerOnly: true,
      re: /\b(?:stress\w*|pregnan\w*|massage|chiropractor|new shoes|high heels|cold weather|sex|st(?:ood|and|anding) up|(?:getting|got|get) (?:up|out of (?:the |my )?car)|hug(?:ged|ging)?|playing with (?:the |my )?(?:kids?|children|son|daughter|dog)|standing (?:all day|for hours|too long))\b/g,
    },
  ],
];
// "Nothing" said in words that only make sense as an answer to "what set it off?".
const UNKNOWN_ANSWER_RE =
  /\b(?:no idea|not sure|unsure|(?:i )?(?:do ?n[o']?t|dont) know|dunno|idk|nothing|no reason|no clue|can'?t think of anything|cannot think of anything|not that i know of|unknown|can'?t remember|cannot remember|don'?t remember|nope|none|n\/a|not really)\b/;
// The same said in an opening message: specific enough not to be about something else.
const UNKNOWN_STATEMENT_RE =
  /\b(?:for no (?:apparent |obvious |particular )?reason|no (?:apparent |obvious )?reason|out of (?:nowhere|the blue)|(?:it |it's |its )?just (?:happened|came on|appeared|hit me|started on its own)|randomly|on its own|by itself|of its own accord|no idea (?:why|what|how)|(?:do ?n[o']?t|dont) know (?:why|what (?:caused|triggered|set)|how i did)|nothing (?:triggered|caused|set) it|didn'?t do anything|did nothing|wasn'?t doing anything)\b/;

// Up to three words after a trigger match, within its clause: "picked up" -> "picked up my kid".
// The tail stops after a few words, which can leave "reaching for something on a".
const DANGLING_WORDS_RE = /(?:\s+(?:a|an|the|on|of|my|to|in|at|for|from|with|up|some))+\s*$/;
const SNIPPET_TAIL_RE = /^(?:\s+(?!and\b|but\b|when\b|while\b|then\b|so\b|since\b|because\b)[\w']+){0,3}/;
// "playing golf", "doing deadlifts": keep the verb before a sport or exercise.
const SNIPPET_HEAD_RE = /\b(?:playing|doing|at the|at|went|going|go|did|was|been)\s+$/;

function triggerSnippet(text: string, start: number, end: number): string {
  const head = SNIPPET_HEAD_RE.exec(text.slice(Math.max(0, start - 12), start));
  const from = head ? start - head[0].length : start;
  const tail = SNIPPET_TAIL_RE.exec(text.slice(end));
  return text.slice(from, end + (tail ? tail[0].length : 0)).replace(DANGLING_WORDS_RE, '').trim();
}

// What makes it worse is not what set it off: "it hurts when I bend", "painful to sit".
const AGGRAVATION_BEFORE_RE =
  /\b(?:hurts?|hurting|painful|pain|worse|agony|sore|difficult|hard|struggle|struggling|aches?)\s+(?:[\w']+\s+){0,2}?(?:when|whenever|if|to|while|on)\s+(?:[\w']+\s+){0,2}$/;

// As a whole answer, "sleep" / "in my sleep" is a trigger; mid-sentence it is
// more often a consequence ("trouble sleeping").
const SLEEP_ANSWER_RE = /^(?:in my |during my |during |while |from |my )?(?:sleep|sleeping|asleep|bed|night)$/;

function triggerFromPrepared(text: string, answer: boolean): TriggerResult | undefined {
  if (answer && SLEEP_ANSWER_RE.test(text.replace(TRAILING_PUNCTUATION_RE, ''))) {
    return { trigger: 'sleeping', description: `${TRIGGER_LABELS.sleeping} (${text})` };
  }
  for (const group of TRIGGER_GROUPS) {
    let best: { value: TriggerKind; index: number; end: number } | undefined;
    for (const p of group) {
      if (p.answerOnly && !answer) continue;
      for (const m of text.matchAll(p.re)) {
        if (isNegated(text, m.index) || AGGRAVATION_BEFORE_RE.test(clauseBefore(text, m.index))) continue;
        if (!best || m.index < best.index) best = { value: p.value, index: m.index, end: m.index + m[0].length };
        break;
      }
    }
    if (best) {
      const snippet = triggerSnippet(text, best.index, best.end);
      return { trigger: best.value, description: best.value === 'other' ? snippet : `${TRIGGER_LABELS[best.value]} (${snippet})` };
    }
  }
  if (UNKNOWN_STATEMENT_RE.test(text) || (answer && UNKNOWN_ANSWER_RE.test(text))) {
    return { trigger: 'unknown', description: TRIGGER_LABELS.unknown };
  }
  return undefined;
}

/**
 * What set the pain off: "picked up my kid" (lifting), "playing golf" (sport),
 * "sneezed", "been at my desk all day" (sitting), "woke up with it"
 * (sleeping), "no idea" / "it just happened" (unknown), a fall or accident
 * (other). Undefined when nothing is recognised; the dialog may keep the raw
 * answer as the description of an 'other' trigger.
 */
export function parseTrigger(text: string): TriggerResult | undefined {
  return triggerFromPrepared(prepare(text), true);
}

// ======================================================================= yes/no

// Checked in this order on the prepared answer. Unsure first, so "not sure"
// is not read as "not"; then the answer's opening words decide.
const UNSURE_RE =
  /\b(?:not (?:so |too |that |really |quite |entirely |100% )?sure|unsure|maybe|perhaps|possibly|(?:i )?(?:do ?n[o']?t|dont) know|do not know|dunno|idk|no idea|not certain|uncertain|can'?t (?:tell|say|remember)|cannot (?:tell|say|remember)|hard to (?:say|tell)|might (?:be|have)|could be|yes and no|yes or no|yes no|no yes|who knows|unclear|not sure)\b/;
const NEGATIVE_START_RE =
  /^(?:(?:probably|prob|likely|most likely|i guess|guess|i hope|hope|i think|i'?d say) not|i(?:'ve| have)(?: got)? no|there(?:'s| is) no|no+|nope|nah+|naw|nay|negative|never|none|nothing|not really|not at all|not that i(?:'ve| have)? (?:know|noticed|can tell|am aware)|not as far as i (?:know|can tell)|(?:i )?(?:do ?n[o']?t|dont|do not) think so|i don'?t|i do not|i haven'?t|i have not|haven'?t|i didn'?t|i did not|didn'?t|it doesn'?t|it does not|doesn'?t|it isn'?t|it is not|isn'?t|it'?s not|i'?m not|i am not|not|absolutely not|definitely not|certainly not|of course not|no way|false|neither|nothing like that)\b/;
const NEGATIVE_ANYWHERE_RE = /\b(?:not really|not at all|(?:do ?n[o']?t|dont|do not) think so|not that i(?:'ve| have)? (?:know|noticed))\b/;
const POSITIVE_START_RE =
  /^(?:yes+|yep|yup|yeah|yea|yeh|yah|ya|yas|aye|sure|ok(?:ay)?|correct|right|true|affirmative|definitely|absolutely|certainly|of course|indeed|for sure|totally|i do|i have|i am|i did|it does|it is|it did|it has|i think so|think so|i believe so|i guess so|i guess|probably|a little|a bit|a little bit|a tad|slightly|somewhat|sometimes|kind of|kinda|sort of|sorta|occasionally|some|a few times|once or twice|a couple of times|once|twice|uh huh|uh-huh|mhm+|very much|quite a bit|a lot|lots|loads|yes please)\b/;
// "no, but a little": a partial yes, the safer reading for a screening question.
const BUT_POSITIVE_RE = /\bbut (?:a little|a bit|slightly|sometimes|some|occasionally|kind of|sort of|i do|i have|it does|yes)\b/;
// Punctuation and emoji go; "yes!!" and "no." are "yes" and "no".
const NON_WORD_RE = /[^\p{L}\p{N}\s'/%-]+/gu;
const SINGLE_LETTER: ReadonlyMap<string, boolean> = new Map([
  ['y', true],
  ['n', false],
]);

/**
 * A yes/no answer: true, false, 'unsure' ("not sure", "maybe", "don't know")
 * or undefined when the text is not an answer. "a little" / "yes a bit" count
 * as yes; "not really", "I don't think so", "no, not at all" as no.
 */
export function parseYesNo(text: string, locale?: string): YesNoAnswer | undefined {
  const t = prepare(text)
    .replace(NON_WORD_RE, ' ')
    .replace(WHITESPACE_RE, ' ')
    .trim();
  const letter = SINGLE_LETTER.get(t);
  if (letter !== undefined) return letter;
  if (t !== '') {
    if (UNSURE_RE.test(t)) return 'unsure';
    if (NEGATIVE_START_RE.test(t)) return BUT_POSITIVE_RE.test(t) ? true : false;
    if (POSITIVE_START_RE.test(t)) return true;
    if (NEGATIVE_ANYWHERE_RE.test(t)) return false;
  }
  // Other languages and forms the lists miss ("oui", "👍"): the recognizer.
  const results = recognizeBoolean(text, cultureFor(locale));
  const first = results[0];
  if (!first) return undefined;
  const resolution = first.resolution as { value?: unknown; otherResults?: Array<{ value?: unknown }> } | null;
  if (typeof resolution?.value !== 'boolean') return undefined;
  // "yes no": both said; treat as unsure rather than guess.
  if ((resolution.otherResults ?? []).some((o) => o.value !== resolution.value)) return 'unsure';
  return resolution.value;
}

// ====================================================================== combined

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
  const severity = severityFromPrepared(mask(t, dateSpans), culture, true);
  if (severity) out.severity = severity;

  const location = locationFromPrepared(t);
  if (location) out.location = location;

  const trigger = triggerFromPrepared(t, false);
  if (trigger) out.trigger = trigger;
  return out;
}
