/**
 * A sign's words asked back as a short question, then a hedge ("pain at night? sort of?
 * it's worse when I cough"): the person is unsure whether they have the sign, the words
 * are the question's, not a report. The screen reads the words as told; the message
 * understander (src/nlu/messageUnderstander.ts) asks the sign's question instead of raising
 * it, unless the rest of the message tells of a sign on its own. Words are data
 * (knowledge/triage/yes-no.yaml: `unsure`, `echoClaims`).
 */
import { sentencesAsTyped } from '../language/sentences';
import { vocabulary } from './vocabulary';
import { prepare } from './text';
import { parseYesNo } from './yesNo';

/** Most words of the echoed question ("pain worse at night?"): a longer one tells more than the sign's name. */
const ECHO_WORDS = 6;
/** Most words of the hedge after it ("kinda?", "sort of, maybe"). */
const HEDGE_WORDS = 4;

/** What follows the echo and its hedge (possibly ''), or undefined when the message does not open so. */
export function afterHedgedEcho(text: string, locale?: string): string | undefined {
  const parts = sentencesAsTyped(text.trim(), { marks: '.!?', spaceAfter: false }).map((s) => s.trim()).filter(Boolean);
  if (parts.length < 2) return undefined;
  const [echo, hedge] = parts as [string, string];
  if (!echo.endsWith('?')) return undefined;
  const asked = prepare(echo).replace(/[?.!,]+/g, ' ').trim();
  const words = asked.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > ECHO_WORDS || vocabulary().yesNo.echoClaims.test(asked)) return undefined;
  const hedgeWords = prepare(hedge).replace(/[?.!,]+/g, ' ').trim().split(/\s+/).filter(Boolean);
  if (hedgeWords.length === 0 || hedgeWords.length > HEDGE_WORDS || parseYesNo(hedge, locale) !== 'unsure') return undefined;
  return parts.slice(2).join(' ');
}
