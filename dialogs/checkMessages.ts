/**
 * What a message in the symptom check says besides an answer: a command
 * ("skip that one"), a question, safety questions denied in passing ("legs
 * are fine"), and corrections of details given before ("sorry, Sunday not
 * yesterday") or of other facts ("he's 76, not 67"). No dialog state here:
 * the check (symptomCheckTurns.ts) decides what to do with them.
 */
import { DETAIL_ORDER, type CheckDetails, type CheckState, type DetailField } from '../src/triage/symptomCheck';
import { parseLocation, parseOnset, parseSeverity, type ParserClock, type SeverityResult } from '../src/triage/symptomParser';
import type { OnsetResult } from '../src/triage/types';
import { asksSomething, parseYesNo } from '../src/triage/yesNo';
import { withSide } from '../src/triage/location';
import { clauseBefore, isNegated, prepare } from '../src/triage/text';
import { deniedSigns } from '../src/triage/denials';
import { clauses, sentences, wordsInText } from '../src/language';
import { vocabulary } from '../src/triage/vocabulary';

/** Parsing the check's details, cached per turn by the caller. */
export interface DetailReader {
  all(text: string): CheckDetails;
  severity(text: string): SeverityResult | undefined;
}

/** Starts with a question word and ends with "?": "how do I get up off the floor?". */
export function isQuestion(text: string): boolean {
  const t = prepare(text);
  return t.endsWith('?') && vocabulary().control.questionStart.test(t);
}

/** Words besides the score a message that is only a pain score may have ("about a 6 I'd say"). */
const SCORE_ONLY_EXTRA_WORDS = 4;

/** The score of a message that is a pain score and little else ("7ish"): a detail for the check, not a topic. */
export function scoreOnly(text: string, locale?: string): SeverityResult | undefined {
  const severity = parseSeverity(text, locale);
  // A number said, not a level read from words ("less sore today" is a progress report).
  if (!severity || severity.approximate || asksSomething(text)) return undefined;
  const rest = wordsInText(prepare(text).replace(severity.text.toLowerCase(), ' '));
  return rest.length <= SCORE_ONLY_EXTRA_WORDS ? severity : undefined;
}

/** The message without its request to run the check ("run the symptom check please, lower back since Monday"). */
export function withoutCheckRequest(text: string): string {
  const { startCheck } = vocabulary().control;
  return prepare(text).replace(new RegExp(startCheck.source, 'g'), ' ');
}

/** "skip that one" / "skip the rest" (knowledge/triage/check-control.yaml), said as the whole message. */
export function checkCommand(text: string): 'skipOne' | 'skipRest' | undefined {
  const t = prepare(text).replace(/[.!?,]+$/, '');
  const { control } = vocabulary();
  if (control.skipRest.test(t)) return 'skipRest';
  if (control.skipOne.test(t)) return 'skipOne';
  return undefined;
}

/** What tells two values of a detail apart ("lower back, left side" vs "right side"; 8 vs 5). */
function detailKey(field: DetailField, d: CheckDetails[DetailField]): string {
  if (!d) return '';
  switch (field) {
    case 'severity':
      return String((d as SeverityResult).value);
    case 'onset': {
      // A start told by an event has no hours: its words tell it apart.
      const o = d as OnsetResult;
      return o.hours !== undefined ? String(o.hours) : o.description;
    }
    default:
      return (d as { description: string }).description;
  }
}

/**
 * Safety questions already answered no in passing ("legs are fine"): the
 * indexes of the screen groups to leave out. Never from a message that
 * raised a red flag (the caller checks), nor a negated one ("not sure my legs are fine").
 */
export function saidNoGroups(text: string): number[] {
  const t = prepare(text);
  const out: number[] = [];
  vocabulary().screen.forEach((group, index) => {
    const m = vocabulary().control.alreadyNo.get(group.id)?.exec(t);
    if (m && (!isNegated(t, m.index) || negationSpent(t, m.index))) out.push(index);
  });
  return out;
}

/** "no numbness no bladder issues legs are fine": the "no" before is another sign's denial, not this one's. */
function negationSpent(text: string, index: number): boolean {
  return deniedSigns(clauseBefore(text, index), []).size > 0;
}

/** Whether the message says it corrects something ("sorry, I meant...", "actually"), by its words or its act. */
export function saysCorrection(text: string, correctionAct: boolean): boolean {
  return correctionAct || vocabulary().control.correction.test(prepare(text));
}

/** Where a clause ends inside a message: the new value of "not left, it's the right. always..." is the clause after the old one. */
const CLAUSE_END = /\s*[,;.!?]+\s*|\s+-\s+/;

/** The words of a correction without its opening ones ("sorry, I meant", "he's"). */
function withoutLeads(text: string): string {
  const { correctionLead } = vocabulary().control;
  let t = text.trim().replace(/[\s,;:.!-]+$/, '').replace(/^[\s,;:.!-]+/, '');
  for (let m = correctionLead.exec(t); m && m[0].length > 0; m = correctionLead.exec(t)) t = t.slice(m[0].length).replace(/^[\s,;:.!-]+/, '');
  return t;
}

/** Words a new value said after "I meant" may have: more is a sentence about something else. */
const MAX_MEANT_WORDS = 5;

/** "wait no, I meant thursday. the wednesday was fine": the clause after "I meant", if short. */
function meantWords(text: string): string | undefined {
  const t = prepare(text);
  const m = vocabulary().control.meantValue.exec(t);
  if (!m) return undefined;
  const rest = t.slice(m.index + m[0].length);
  const end = CLAUSE_END.exec(rest);
  const value = withoutLeads(end ? rest.slice(0, end.index) : rest);
  const words = value.split(/\s+/).filter(Boolean).length;
  if (words === 0 || words > MAX_MEANT_WORDS || vocabulary().control.meantNothing.test(value)) return undefined;
  return value;
}

/**
 * "a 5, not an 8": the new part (before "not") and the old one (after it), when the message has both.
 * "sorry not left, it's the right": the old value said first, the new one in the clause after it.
 */
function splitCorrection(text: string): { now: string; was?: string } {
  const t = prepare(text);
  const cut = vocabulary().control.replaced.exec(t);
  if (!cut) return { now: text };
  const before = t.slice(0, cut.index);
  if (withoutLeads(before) !== '') return { now: before, was: t.slice(cut.index + cut[0].length) };
  const rest = t.slice(cut.index + cut[0].length);
  const end = CLAUSE_END.exec(rest);
  if (!end || end.index === 0) return { now: text };
  const after = rest.slice(end.index + end[0].length);
  const next = CLAUSE_END.exec(after);
  const now = next ? after.slice(0, next.index) : after;
  return withoutLeads(now) === '' ? { now: text } : { now, was: rest.slice(0, end.index) };
}

/** Hours within which two onsets are the same one said twice ("yesterday" and "yesterday evening"). */
const SAME_ONSET_HOURS = 12;

/**
 * Whether the value a correction replaces ("..., not Thursday") can be the
 * one the check holds. Days are what people correct about other things ("my
 * shift is Friday, not Thursday" corrects no onset of last night; "Sunday,
 * not yesterday" corrects yesterday), so an onset must match; a place, a
 * number or a cause named as the old value is taken as the check's own.
 */
function isOldValue(field: DetailField, prior: CheckDetails[DetailField], old: CheckDetails[DetailField]): boolean {
  if (field !== 'onset') return true;
  if (!prior || !old) return false;
  const [p, o] = [prior as OnsetResult, old as OnsetResult];
  if (p.hours === undefined || o.hours === undefined) return p.description === o.description;
  return Math.abs(p.hours - o.hours) <= SAME_ONSET_HOURS;
}

/** A number on its own at the start of the replaced part: "4 days ago, not 2" (digits only). */
const BARE_NUMBER = /^\s*(\d+)(?=\s*(?:[.!?;:,]|$))/;

/**
 * The values the replaced part of a correction names. A bare number set against a time ("4 days ago, not 2")
 * is that time with the old number: the new part read again with its first number swapped.
 */
function oldValues(now: string, was: string, read: DetailReader): CheckDetails {
  const old: CheckDetails = { ...read.all(was), ...(read.severity(was) ? { severity: read.severity(was) } : {}) };
  const bare = BARE_NUMBER.exec(was);
  if (bare && !old.onset) {
    const onset = read.all(now.replace(/\d+/, bare[1]!)).onset;
    if (onset && /\d/.test(now)) return { onset };
  }
  return old;
}

/**
 * Details given before that this message corrects: a different value, said
 * with a correction word or as a correction ("sorry, it's a 5 not a 7").
 * When the message names the old value ("Sunday, not yesterday") it must be
 * a value of the same detail: "tomorrow night, not tonight" about a shift
 * changes no detail of the pain.
 */
export function corrections(check: CheckState, text: string, correctionAct: boolean, read: DetailReader): CheckDetails {
  if (!saysCorrection(text, correctionAct)) return {};
  const { now, was } = splitCorrection(text);
  const found = { ...read.all(now) };
  // "oops, I meant 4": a bare number is a severity only when the message gives no other detail.
  if (!found.severity && Object.keys(found).length === 0) {
    const n = read.severity(now);
    if (n) found.severity = n;
  }
  // "the right side, not the left": the side changes, the region stays.
  const before = check.details.location;
  // "actually the left one's tingling too": a place added, not a side corrected (the screen reads both legs).
  if (found.location && vocabulary().control.addedPlace.test(prepare(now))) {
    const other = found.location.side && before?.side && found.location.side !== before.side;
    if (other) found.location = withSide(before, 'both');
    else delete found.location;
  } else if (found.location && !found.location.region && found.location.side && before) found.location = withSide(before, found.location.side);
  // "it doesn't go down my leg" alone names no place: not a new location.
  else if (found.location && !found.location.region && !found.location.side) delete found.location;
  const old = was === undefined ? undefined : oldValues(now, was, read);
  const changed: CheckDetails = {};
  for (const field of DETAIL_ORDER) {
    const prior = check.details[field];
    const value = found[field];
    if (!prior || !value || (field === 'severity' && (value as SeverityResult).approximate)) continue;
    if (old && !isOldValue(field, prior, old[field])) continue;
    if (detailKey(field, prior) !== detailKey(field, value)) Object.assign(changed, { [field]: value });
  }
  return changed;
}

/**
 * The corrected value in the user's words, to say back ("he's 76, not 67"
 * -> "76"): the new part of "X, not Y" without its opening words ("sorry, I
 * meant", "he's"); undefined when the message does not say "X, not Y".
 */
export function correctedWords(text: string): string | undefined {
  const { now, was } = splitCorrection(text);
  if (was === undefined) return meantWords(text);
  const t = withoutLeads(now);
  return t === '' ? undefined : t;
}

/** Most words the old value of an unmarked correction may have ("this morning"): more is a sentence of its own. */
const MAX_SWAPPED_WORDS = 4;

/**
 * "it was yesterday, not today", "the right side not the left": with no "sorry" or "I meant", a
 * correction still, when the new value and the old one are the same kind of detail (both a time the
 * pain began, or both a place). "yesterday not so bad but today awful" is no such swap: its second
 * part is a sentence, not a value.
 */
export function swapsDetail(text: string, clock: ParserClock, locale?: string): boolean {
  const { now, was } = splitCorrection(text);
  if (was === undefined) return false;
  const end = CLAUSE_END.exec(was);
  const old = (end ? was.slice(0, end.index) : was).trim();
  if (old === '' || old.split(/\s+/).length > MAX_SWAPPED_WORDS) return false;
  const fresh = withoutLeads(now);
  if (fresh === '' || fresh.split(/\s+/).length > MAX_SWAPPED_WORDS + 1) return false;
  const onsets = parseOnset(fresh, clock, locale) !== undefined && parseOnset(old, clock, locale) !== undefined;
  return onsets || (parseLocation(fresh) !== undefined && parseLocation(old) !== undefined);
}

/** Longest message read as a blanket no or an echoed question: longer ones say more than that. */
const MAX_BLANKET_WORDS = 12;
const MAX_ECHO_WORDS = 30;
/** Longest hedge after the echoed question: a longer one may tell of the sign in words the screen misses. */
const MAX_HEDGE_WORDS = 10;

/**
 * "no to all of them", "none of the rest", "no no no" (check-control.yaml noToEveryOne), said
 * as the whole message: a no to every safety question still to come, not only the one asked.
 */
export function saysNoToEveryOne(text: string): boolean {
  const t = prepare(text).replace(/[.,!;:]+/g, ' ').replace(/\s+/g, ' ').trim();
  return t.split(' ').length <= MAX_BLANKET_WORDS && vocabulary().control.noToEveryOne.test(t);
}

/**
 * The question's words said back as a question, then a hedge ("numb down there?? no idea what
 * that'd be like"): the person asks what the sign is, they do not report it. Not when the asked
 * part claims it (yesNo.echoClaims: "I've got that?"), nor when the words after it tell of a sign
 * (`signsTold`), nor without a hedge after the question mark.
 */
export function echoesQuestionWithHedge(text: string, signsTold: (part: string) => readonly string[]): boolean {
  const t = prepare(text);
  if (t.split(/\s+/).length > MAX_ECHO_WORDS) return false;
  const cut = t.lastIndexOf('?');
  if (cut <= 0) return false;
  const asked = t.slice(0, cut).replace(/\?+/g, ' ').trim();
  const after = t.slice(cut + 1).replace(/^[?\s.!,]+/, '').trim();
  const { yesNo } = vocabulary();
  // "no clue what that'd feel like, numb down below?": the hedge said first, then the question's words asked back.
  if (hedgedBefore(asked, after, signsTold)) return true;
  if (echoedThenDenied(text, signsTold)) return true;
  if (echoedThenAskedWhat(t, signsTold)) return true;
  if (!asked || !after || after.split(/\s+/).length > MAX_HEDGE_WORDS) return false;
  if (yesNo.echoClaims.test(asked) || !yesNo.unsure.test(after)) return false;
  return signsTold(after).length === 0;
}

/**
 * The question's words said back as a question, a hedge, then a no in the person's own words
 * ("numb there?? no idea what that'd be like. all normal in that area i think"): the echo is no
 * report and the hedge no yes; the last sentences answer. Every sentence after the hedge says no
 * (yes-no.yaml) and none tells of a sign.
 */
export function echoedThenDenied(text: string, signsTold: (part: string) => readonly string[], locale?: string): boolean {
  const t = prepare(text);
  if (t.split(/\s+/).length > MAX_ECHO_WORDS) return false;
  const cut = t.lastIndexOf('?');
  if (cut <= 0) return false;
  const asked = t.slice(0, cut).replace(/\?+/g, ' ').trim();
  const after = sentences(t.slice(cut + 1).replace(/^[?\s.!,]+/, '')).map((s) => s.trim()).filter(Boolean);
  const { yesNo } = vocabulary();
  if (!asked || after.length < 2 || yesNo.echoClaims.test(asked)) return false;
  const [hedge, ...rest] = after as [string, ...string[]];
  if (hedge.split(/\s+/).length > MAX_HEDGE_WORDS || parseYesNo(hedge, locale) !== 'unsure' || signsTold(hedge).length > 0) return false;
  return rest.every((s) => parseYesNo(s, locale) === false && signsTold(s).length === 0);
}

/**
 * mend45a: "tingly saddle area? no idea what that would feel like, probably not?": the echo asked
 * first (up to the first "?", claiming nothing), then not knowing what the sign would feel like
 * (yes-no.yaml asksMeaning), the rest telling of no sign, however long it runs or however it ends.
 */
function echoedThenAskedWhat(t: string, signsTold: (part: string) => readonly string[]): boolean {
  const cut = t.indexOf('?');
  if (cut <= 0) return false;
  const asked = t.slice(0, cut).trim();
  const after = t.slice(cut + 1).replace(/^[?\s.!,]+/, '').trim();
  const { yesNo } = vocabulary();
  if (!asked || !after || yesNo.echoClaims.test(asked)) return false;
  return yesNo.asksMeaning.test(after) && signsTold(after).length === 0;
}

/**
 * The asked part's last clause is the echo and the clauses before it are a hedge that tells of no sign;
 * whatever follows the "?" tells of no sign either.
 */
function hedgedBefore(asked: string, after: string, signsTold: (part: string) => readonly string[]): boolean {
  const parts = clauses(asked).map((c) => c.trim()).filter(Boolean);
  if (parts.length < 2) return false;
  const echo = parts[parts.length - 1]!;
  const hedge = parts.slice(0, -1).join(', ');
  const { yesNo } = vocabulary();
  if (hedge.split(/\s+/).length > MAX_HEDGE_WORDS || !yesNo.unsure.test(hedge) || yesNo.echoClaims.test(echo)) return false;
  return signsTold(hedge).length === 0 && (after === '' || (after.split(/\s+/).length <= MAX_HEDGE_WORDS && signsTold(after).length === 0));
}
