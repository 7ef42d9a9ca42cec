/**
 * Text helpers shared by the symptom parser's field modules: the one clean-up
 * step (prepare), spans, clauses and negation scope.
 */
import { Language, foldCharacters } from '../language';
import { vocabulary } from './vocabulary';

export interface Span {
  start: number;
  end: number; // exclusive
}

// Chat forms of times and durations that the recognizers do not know, written
// the way they do; applied after the language layer's fixes. (Misspelt words,
// "yday", "tonite", "arvo", are the language layer's: knowledge/language/spelling.yaml.)
const TIME_FIXES: ReadonlyArray<readonly [RegExp, string]> = [
  // "since sat": "sat" is Saturday only after a word that takes a day ("sat down" stays).
  [/\b(since|on|last|from|till|until) sat\b(?! (?:down|on|in|at|for|up|around|still|there))/g, '$1 saturday'],
  [/\bthis am\b/g, 'this morning'],
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

// "shiftin", "liftin'", "mornin": a dropped g, restored when the full word is one the parser knows.
const DROPPED_G_RE = /\b([a-z]{2,}in)'?(?![\w'])/g;
const DROPPED_G_WORDS: ReadonlySet<string> = new Set(['morning', 'evening', 'nothing', 'something', 'everything']);

function restoreDroppedG(text: string): string {
  const known = vocabulary().words;
  return text.replace(DROPPED_G_RE, (whole, stem: string) => (known.has(`${stem}g`) || DROPPED_G_WORDS.has(`${stem}g`) ? `${stem}g` : whole));
}

export const WHITESPACE_RE = /\s+/g;
export const TRAILING_PUNCTUATION_RE = /[.!?]+$/;

/**
 * Longest text the parser reads. The recognizers' cost grows faster than the
 * text (2,000 characters of digits took ~2 s), and an answer or an opening
 * message that says where, when and how bad fits well within this.
 */
export const MAX_PARSED_CHARS = 400;

/**
 * The parser's text: folded and spell-fixed by the language layer (lower
 * case, accents, apostrophes, dashes as hyphens, "½" as "1/2", listed
 * misspellings), spacing tidied, then chat forms of times written out.
 * Contractions stay as typed: the recognizers read them and read-backs quote
 * the user. Words the parser's own lists use ("y" for yes) are left as
 * written. Every offset the recognizers return indexes this string.
 */
export function prepare(text: string): string {
  const folded = foldCharacters(text.slice(0, MAX_PARSED_CHARS), { dashesAsHyphens: true }).replace(WHITESPACE_RE, ' ').trim();
  let t = Language.fromDirectory().fixSpelling(folded, vocabulary().words);
  t = restoreDroppedG(t);
  for (const [re, replacement] of TIME_FIXES) t = t.replace(re, replacement);
  return t;
}

/** Replaces the spans with spaces so offsets stay valid but recognizers skip them. */
export function mask(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const chars = text.split('');
  for (const s of spans) for (let i = s.start; i < s.end && i < chars.length; i++) chars[i] = ' ';
  return chars.join('');
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Text of the clause that holds `index`: clauses end at . , ; ! ? and "but". */
export function clauseBefore(text: string, index: number): string {
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

/**
 * A negator (knowledge/triage/negation.yaml) within the last few words of the
 * clause before `index`: "didn't lift anything", "no pain in my legs".
 */
export function isNegated(text: string, index: number): boolean {
  return vocabulary().negationBefore.test(clauseBefore(text, index));
}

/** Whether a negator (knowledge/triage/negation.yaml) stands anywhere among these words: "not the second one", "it's not in waves". */
export function holdsNegator(words: readonly string[]): boolean {
  const before = vocabulary().negationBefore;
  return words.some((_, i) => before.test(words.slice(0, i + 1).join(' ')));
}
