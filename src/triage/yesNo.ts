/**
 * Yes/no answers to the screening questions, from knowledge/triage/yes-no.yaml;
 * other languages and forms the lists miss ("oui", "👍") go to the recognizer.
 */
import { cultureFor, recognizeBoolean } from './recognizers';
import { prepare, WHITESPACE_RE } from './text';
import type { YesNoAnswer } from './types';
import { vocabulary } from './vocabulary';

// Punctuation and emoji go; "yes!!" and "no." are "yes" and "no".
const NON_WORD_RE = /[^\p{L}\p{N}\s'/%-]+/gu;

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
  const words = vocabulary().yesNo;
  const letter = words.letters.get(t);
  if (letter !== undefined) return letter;
  // Unsure first, so "not sure" is not read as "not"; then the opening words decide.
  if (t !== '') {
    if (words.unsure.test(t)) return 'unsure';
    if (words.noAtStart.test(t)) return words.yesAfterBut.test(t);
    if (words.yesAtStart.test(t)) return true;
    if (words.noAnywhere.test(t)) return false;
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
