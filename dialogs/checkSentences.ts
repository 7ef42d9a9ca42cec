/**
 * How the symptom check's asides cut a message into its parts: sentences (a run-on question split
 * from the answer before it), whether a sentence is a question in its own words, and the answer said
 * before a close (a wish for the result, or a goodbye). Text only: whether a part answers the question
 * waiting is the asides' to judge (checkAsides.ts).
 */
import { clauses } from '../src/language/clauses';
import { sentencesAsTyped } from '../src/language/sentences';
import { asksVerdict, closingKind } from '../src/triage/checkAsides';
import { prepare } from '../src/triage/text';
import { vocabulary } from '../src/triage/vocabulary';
import { asksSomething, withoutAcknowledgements } from '../src/triage/yesNo';
import { isQuestion } from './checkMessages';

/** Fewer words than this ask nothing worth answering apart ("6?", "ok so?"). */
export const MIN_QUESTION_WORDS = 3;

/** Words an answer needs before a run-on question for the split to be taken ("since monday its a 4 can i..."). */
const MIN_RUN_ON_WORDS = 2;

/** Most lead words looked past before a question's opening ("oh and also wait, how do I ..."). */
const MAX_QUESTION_LEADS = 4;

/** Splits a message on sentence ends, keeping each sentence's own "?", and before a question run on without one. */
export function sentences(text: string): string[] {
  return sentencesAsTyped(text, { spaceAfter: false }).map((s) => s.trim()).filter((s) => s !== '').flatMap(questionRunOn);
}

/** "this morning its about a 6 can i take ibuprofen": the answer, then the question (check-control.yaml questionInside). */
function questionRunOn(sentence: string): string[] {
  const t = prepare(sentence);
  const m = vocabulary().control.questionInside.exec(t);
  // "so what should I do now" is one question already, not an answer with one after it.
  if (!m || m.index === 0 || asksVerdict(sentence)) return [sentence];
  const before = t.slice(0, m.index).replace(/[\s,;:-]+$/, '').trim();
  if (before.split(/\s+/).length < MIN_RUN_ON_WORDS || isQuestion(`${before}?`)) return [sentence];
  return [before, t.slice(m.index).trim()];
}

/** A sentence that is a question ("am i ok to carry the kids", "when can I lift?"), whatever details it names. */
export function questionForm(sentence: string): boolean {
  // "since like tuesday?" is a hedged answer: only a question's own opening words make one.
  if (isQuestion(sentence)) return true;
  // "also, how about my drive on friday": a lead-in word before the question's opening is no answer.
  const asked = withoutQuestionLeads(withoutAcknowledgements(prepare(sentence)));
  return vocabulary().control.questionInside.exec(asked)?.index === 0;
}

/** The text without the lead words that may open a question (check-control.yaml `questionLead`) and the commas after them. */
function withoutQuestionLeads(text: string): string {
  const { questionLead } = vocabulary().control;
  let t = text;
  for (let i = 0; i < MAX_QUESTION_LEADS; i++) {
    const m = questionLead.exec(t);
    if (!m) break;
    t = t.slice(m[0].length).replace(/^[\s,;:-]+/, '');
  }
  return t;
}

/** "I turned 58 this year, does that change anything?": a question asked in the sentence's last clause. */
export function endsWithQuestion(sentence: string): boolean {
  const parts = clauses(sentence, { questionMarkEnds: false });
  const last = parts[parts.length - 1]!.trim();
  return parts.length > 1 && sentence.endsWith('?') && questionForm(last) && last.split(/\s+/).length >= MIN_QUESTION_WORDS;
}

/**
 * The answer said before a close, when the message is that: the sentences before a closing wish for the
 * result ("no to all that. so what's the verdict"), else the clauses before a goodbye ("nope, none.
 * thanks, have to run"); the first of them that `answers` the question waiting.
 */
export function answerBeforeClose(text: string, answers: (said: string) => boolean): string | undefined {
  for (const before of [beforeVerdictWish, beforeGoodbye]) {
    const said = before(text);
    if (said !== undefined && answers(said)) return said;
  }
  return undefined;
}

function beforeVerdictWish(text: string): string | undefined {
  const parts = sentences(text);
  if (parts.length < 2 || !asksVerdict(parts[parts.length - 1]!)) return undefined;
  return parts.slice(0, -1).join(' ');
}

/**
 * The clauses that take their leave are left out, and something must be left that asks nothing. A thanks
 * or a short pause alone is no leaving ("no thanks" is a no; "brb" keeps the question waiting).
 */
function beforeGoodbye(text: string): string | undefined {
  if (closingKind(text) === undefined) return undefined;
  const parts = clauses(prepare(text), { questionMarkEnds: false }).map((c) => c.trim()).filter((c) => c !== '');
  if (parts.length < 2 || closingKind(parts[parts.length - 1]!) !== 'goodbye') return undefined;
  // The thanks before the goodbye goes with it ("thanks, gotta go").
  const answer = parts.filter((c) => closingKind(c) === undefined);
  const said = answer.join('. ');
  if (answer.length === 0 || answer.length === parts.length || asksSomething(said)) return undefined;
  return said;
}

/**
 * "thanks. going to sleep now, night": what is said before the first clause that takes its leave, without the
 * thanks around it ('' when nothing is); what follows a goodbye is more of the farewell ("night" there is no
 * time the pain began). Undefined when no clause takes its leave on its own.
 */
export function beforeFarewell(text: string): string | undefined {
  const parts = clauses(prepare(text), { questionMarkEnds: false }).map((c) => c.trim()).filter((c) => c !== '');
  const leaving = parts.findIndex((c) => closingKind(c) === 'goodbye');
  if (leaving < 0) return undefined;
  return parts.slice(0, leaving).filter((c) => closingKind(c) === undefined).join('. ');
}
