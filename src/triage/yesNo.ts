/**
 * Yes/no answers to the screening questions, from knowledge/triage/yes-no.yaml;
 * other languages and forms the lists miss ("oui", "👍") go to the recognizer.
 */
import { cultureFor, recognizeBoolean } from './recognizers';
import { type ClauseOptions, clauses, firstClause } from '../language';
import { prepare, WHITESPACE_RE } from './text';
import type { YesNoAnswer } from './types';
import { vocabulary } from './vocabulary';

// Punctuation and emoji go; "yes!!" and "no." are "yes" and "no".
const NON_WORD_RE = /[^\p{L}\p{N}\s'/%-]+/gu;
const LEADING_PUNCTUATION_RE = /^[\s.,;:!-]+/;
/**
 * An answer's clauses: cut at a colon too, as after an acknowledgement ("right: what now");
 * not at a "?", which is read where it ends the message (asksInstead) or anywhere (asksSomething).
 */
const ANSWER_CLAUSES: ClauseOptions = { colonEnds: true, questionMarkEnds: false };
/** A message whose last words ask ("... ok?"): a question, whatever its opening words echo. */
const ENDS_ASKING_RE = /\?\s*$/;

export interface YesNoOptions {
  /**
   * Whether a bare "ok" is a yes: to an offer ("Shall I pick it up?") it is;
   * to a symptom question ("Do you have numbness...?") it only acknowledges.
   */
  acknowledgementIsYes?: boolean;
}

/** The text without the acknowledgements that open it: "ok so, what now?" is "what now?". */
export function withoutAcknowledgements(prepared: string): string {
  const { acknowledgements } = vocabulary().yesNo;
  let t = prepared;
  for (let m = acknowledgements.exec(t); m && m[0].length > 0; m = acknowledgements.exec(t)) {
    t = t.slice(m[0].length).replace(LEADING_PUNCTUATION_RE, '');
  }
  return t;
}

/**
 * A question or a request rather than an answer: "ok so what do I do", "so
 * tylenol?", "and the heat, is that ok?". Only a message that opens with a
 * clear yes, no or not sure answers the question asked.
 */
export function asksInstead(text: string): boolean {
  const rest = withoutAcknowledgements(prepare(text));
  if (rest === '') return false;
  if (startsWithAnswer(rest)) return false;
  if (rest.endsWith('?')) return true;
  // "grand, so what do I do": a question in any clause, after its own "so" or "ok".
  return clauses(rest, ANSWER_CLAUSES).some((clause) => vocabulary().control.questionStart.test(withoutAcknowledgements(clause.trim())));
}

/** A question anywhere in the text: asked at its start, or inside it ("..., I need to know if I should work"). */
export function asksSomething(text: string): boolean {
  return asksInstead(text) || text.includes('?') || vocabulary().control.askingInside.test(prepare(text));
}

/** What a message is besides any answer, for reading it against a yes/no question. */
export function messageForm(text: string): 'question' | 'acknowledgement' | 'answerAfterAcknowledgement' | 'other' {
  const prepared = prepare(text);
  const rest = withoutAcknowledgements(prepared);
  if (prepared !== '' && rest === '') return 'acknowledgement';
  if (asksInstead(text)) return 'question';
  // "oh ok. no, nothing like that": an acknowledgement, then the answer.
  return rest !== prepared && startsWithAnswer(rest) ? 'answerAfterAcknowledgement' : 'other';
}

/**
 * "took two tablets, no relief at all", "not much help": a report of how relief
 * went, whose "no" is not an answer. "no, and nothing has helped" opens with
 * its own answer, so it still is one.
 */
export function reportsProgress(prepared: string): boolean {
  const { progressReport } = vocabulary().yesNo;
  if (!progressReport.test(prepared)) return false;
  const first = clauses(prepared, ANSWER_CLAUSES)[0]!.trim();
  return !(startsWithAnswer(first) && !progressReport.test(first));
}

function startsWithAnswer(prepared: string): boolean {
  const words = vocabulary().yesNo;
  const t = prepared.replace(NON_WORD_RE, ' ').replace(WHITESPACE_RE, ' ').trim();
  return words.letters.has(t) || words.unsure.test(t) || words.noAtStart.test(t) || words.yesAtStart.test(t) || words.echoYes.test(t);
}

/**
 * A yes/no answer: true, false, 'unsure' ("not sure", "maybe", "don't know")
 * or undefined when the text is not an answer. "a little" / "yes a bit" count
 * as yes; "not really", "I don't think so", "no, not at all" as no. A question
 * ("ok so what do I do?") is no answer, and neither is "ok" alone unless the
 * caller says so.
 */
export function parseYesNo(text: string, locale?: string, options: YesNoOptions = {}): YesNoAnswer | undefined {
  const prepared = prepare(text);
  const rest = withoutAcknowledgements(prepared);
  if (rest === '' && prepared !== '') return options.acknowledgementIsYes ? true : undefined;
  const t = rest.replace(NON_WORD_RE, ' ').replace(WHITESPACE_RE, ' ').trim();
  const words = vocabulary().yesNo;
  if (reportsProgress(rest)) return undefined;
  const letter = words.letters.get(t);
  if (letter !== undefined) return letter;
  // Unsure first, so "not sure" is not read as "not"; then the opening words decide.
  if (t !== '') {
    if (words.unsure.test(t)) return 'unsure';
    if (words.noAtStart.test(t)) return words.yesAfterBut.test(t);
    if (words.yesAtStart.test(t)) return true;
    if (words.echoYes.test(t) && !ENDS_ASKING_RE.test(text)) return true;
    if (asksInstead(text)) return undefined;
    // "sitting 9 hours tomorrow. ok?": with no yes or no to open it, a message that ends by asking answers nothing.
    if (ENDS_ASKING_RE.test(text)) return undefined;
    if (words.noAnywhere.test(t)) return false;
  }
  // Other languages and forms the lists miss ("oui", "👍"): the recognizer.
  // Only what follows the acknowledgements: "ok so what's the verdict" is no "ok".
  const results = recognizeBoolean(rest === prepared ? text : rest, cultureFor(locale));
  const first = results[0];
  if (!first) return undefined;
  const resolution = first.resolution as { value?: unknown; otherResults?: Array<{ value?: unknown }> } | null;
  if (typeof resolution?.value !== 'boolean') return undefined;
  // "yes no": both said; treat as unsure rather than guess.
  if ((resolution.otherResults ?? []).some((o) => o.value !== resolution.value)) return 'unsure';
  return resolution.value;
}

/**
 * The message opens with a plain no ("no, just the one side", "nope. no fever either"):
 * its first clause reads as a no and denies no sign by name ("no fever, ..." is a
 * denial of that sign, not a no to whatever was asked). `deniedIn`: the signs a text
 * denies (denials.ts deniedSigns with the red-flag lexicon's negations).
 */
export function opensWithPlainNo(text: string, deniedIn: (part: string) => ReadonlySet<string>, locale?: string): boolean {
  const first = firstClause(text);
  return first !== '' && parseYesNo(first, locale) === false && deniedIn(first).size === 0;
}
