import { stem } from 'natural/lib/natural/stemmers/porter_stemmer';
import { fill } from '../src/content/responses';
import type { ActReplies } from '../src/content/actReplies';
import { STOP_WORDS } from '../src/knowledge/passageMatcher';
import { wordsInText } from '../src/language/tokenizer';
import { prepare } from '../src/triage/text';
import { vocabulary } from '../src/triage/vocabulary';

const CLOSING_MARKS = /[\s?!.]+$/;
/** The marks that may follow a yes or no lead ("Yes, ...", "No: ..."); a full stop would end the sentence. */
const LEAD_MARKS: ReadonlySet<string> = new Set([',', ':', ';']);

/**
 * "so both together is fine then?" straight after "Yes, you can take them together...": the answer checked
 * back, given a short yes (or no) with its first sentence said again, rather than the closest topics or the
 * whole answer. `lead` is the first sentence of the last answer; undefined when the message is no check-back
 * of it: not in the check-back frame (check-control.yaml confirmsLast), adding a condition or a "not", or
 * naming something the first sentence does not ("so ice is fine then?" after an answer about heat).
 */
export function confirmationOf(text: string, lead: string | undefined, replies: ActReplies['routing']): string | undefined {
  if (!lead) return undefined;
  const { confirmsLast, confirmsLastNot, confirmFrameWords } = vocabulary().control;
  // The whole message, read without its closing "?" or "!".
  const prepared = prepare(text).replace(CLOSING_MARKS, '');
  if (!confirmsLast.test(prepared) || confirmsLastNot.test(prepared)) return undefined;
  const leadStems = new Set(wordsInText(lead.toLowerCase()).map((w) => stem(w)));
  const named = wordsInText(prepared).filter((w) => !confirmFrameWords.has(w) && !STOP_WORDS.has(w));
  if (named.some((w) => !leadStems.has(stem(w)))) return undefined;
  return sayAgain(lead, replies);
}

/** The yes or no the first sentence opens with, then the rest of it; said as it was when it turns on a "but" or a "not". */
function sayAgain(lead: string, replies: ActReplies['routing']): string {
  const afterYes = afterLead(lead, replies.yesLead) ?? lead;
  const rest = afterLead(afterYes, replies.noLead) ?? afterYes;
  const said = rest.charAt(0).toLowerCase() + rest.slice(1);
  if (afterLead(lead, replies.noLead) !== undefined) return fill(replies.confirmNo, { said });
  if (vocabulary().control.confirmsLastNot.test(prepare(rest))) return fill(replies.confirmAsSaid, { said: lead });
  return fill(replies.confirmYes, { said });
}

/**
 * `sentence` without its opening word when that is `word` (acts.yaml yesLead or noLead, any case),
 * nor the mark and spaces after it: "you can..." of "Yes, you can...". Undefined when it opens otherwise.
 */
function afterLead(sentence: string, word: string): string | undefined {
  const [first] = wordsInText(sentence);
  if (first === undefined || !sentence.startsWith(first) || first.toLowerCase() !== word.toLowerCase()) return undefined;
  const rest = sentence.slice(first.length);
  return (LEAD_MARKS.has(rest.charAt(0)) ? rest.slice(1) : rest).trimStart();
}
