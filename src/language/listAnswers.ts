import { join } from 'node:path';
import { readYamlFile } from '../util/yamlFile';
import { isObject } from '../util/isObject';
import { LANGUAGE_DIR } from './language';
import { clausesKeepingBreaks } from './clauses';

/** The answer words said after what they answer (knowledge/language/list-answers.yaml). */
export interface ListAnswerWords {
  /** Negative answers: a clause they close is denied, in a list or alone ("numb bum no"). */
  negative: readonly string[];
  /** Negative answers only within a list of answers ("bladder negative, fever no"). */
  negativeInLists: readonly string[];
  positive: readonly string[];
}

/** The pattern-language term (`{answerNo}`) for a negative answer, filled from list-answers.yaml. */
export const ANSWER_NO_TERM = 'answerNo';

/** Longest item read as one answered item: "numbness between my legs no" is short; a sentence ending "...so no" is not a list. */
const MAX_ITEM_WORDS = 5;
/** Clauses ending in an answer word before a message is read as a list of answers: one alone is too often a sentence. */
const MIN_ANSWERED = 2;

const loaded = new Map<string, ListAnswerWords>();

/** list-answers.yaml in `dir`, read once per folder; errors name the file and the field. */
export function listAnswerWords(dir: string = LANGUAGE_DIR): ListAnswerWords {
  const kept = loaded.get(dir);
  if (kept) return kept;
  const file = join(dir, 'list-answers.yaml');
  const data = readYamlFile(file);
  const list = (key: string): string[] => {
    const value = isObject(data) ? data[key] : undefined;
    if (!Array.isArray(value) || !value.every((w) => typeof w === 'string' && /^[a-z]+$/.test(w))) throw new Error(`${file}: field "${key}" must be a list of lower-case words`);
    return value as string[];
  };
  const words = { negative: list('negative'), negativeInLists: list('negativeInLists'), positive: list('positive') };
  loaded.set(dir, words);
  return words;
}

/** `{answerNo}` as a pattern: one of the negative answers ("(no|none|nope|nah)"). */
export function answerNoPattern(dir: string = LANGUAGE_DIR): string {
  return `(${listAnswerWords(dir).negative.join('|')})`;
}

let inLists: { negative: ReadonlySet<string>; positive: ReadonlySet<string> } | undefined;

/**
 * "bladder no, bowels no, night pain no, worse coughing yes": each item answered
 * after it. The negative answers are moved to the front of their clause ("no
 * bladder", "no night pain"), where negation scope reads them, so a list of
 * denials is never read as a list of mentions. Other text is returned as is.
 * Clauses are cut at , ; . ! ? and line breaks, not at a colon: "fever: no" is
 * one item with its answer. (The language layer's tokeniser gives normalised
 * tokens; this must hand back the text as typed.)
 */
export function answersFirst(text: string): string {
  if (!inLists) {
    const w = listAnswerWords();
    inLists = { negative: new Set([...w.negative, ...w.negativeInLists]), positive: new Set(w.positive) };
  }
  const { negative, positive } = inLists;
  const parts = clausesKeepingBreaks(text);
  let answered = 0;
  const rewritten = parts.map((part, i) => {
    if (i % 2 === 1) return part;
    const tokens = part.trim().split(/\s+/).filter(Boolean);
    const last = tokens.at(-1)?.toLowerCase();
    if (!last || tokens.length < 2 || tokens.length - 1 > MAX_ITEM_WORDS) return part;
    if (!negative.has(last) && !positive.has(last)) return part;
    answered += 1;
    if (!negative.has(last)) return part;
    const lead = part.match(/^\s*/)?.[0] ?? '';
    return `${lead}${tokens.at(-1)} ${tokens.slice(0, -1).join(' ')}`;
  });
  return answered >= MIN_ANSWERED ? rewritten.join('') : text;
}
