import { join } from 'node:path';
import { isObject } from '../util/isObject';
import { readYamlFile } from '../util/yamlFile';
import { LANGUAGE_DIR } from './language';

/**
 * The one way readers cut a message into clauses. A clause ends at , ; . ! ?
 * and a line break; each reader says in words what else ends one for it.
 */
export interface ClauseOptions {
  /**
   * The lists of knowledge/language/clauses.yaml whose words also start a new
   * clause (none by default): joiners ("and"), turns ("but"), contrasts
   * ("whereas"), reasons ("because"). `leads` ("also") are for the ask
   * splitter's clause starts, not for breaking.
   */
  breakingWords?: readonly ClauseList[];
  /** Whether "?" ends a clause (default true). */
  questionMarkEnds?: boolean;
  /** Whether ":" ends a clause (default false: "fever: no" is one item with its answer). */
  colonEnds?: boolean;
  /** Whether "," ends a clause (default true; false cuts sentences, not clauses). */
  commaEnds?: boolean;
}

/** The names of clauses.yaml's lists. */
export const CLAUSE_LISTS = ['joiners', 'turns', 'contrasts', 'reasons', 'leads', 'fillers'] as const;
export type ClauseList = (typeof CLAUSE_LISTS)[number];

/** The clause-breaking words of clauses.yaml, by list. */
export type ClauseWords = Readonly<Record<ClauseList, readonly string[]>>;

const loadedWords = new Map<string, ClauseWords>();

/** clauses.yaml in `dir`, read once per folder (a list left out is empty); errors name the file and the field. */
export function clauseWords(dir: string = LANGUAGE_DIR): ClauseWords {
  const kept = loadedWords.get(dir);
  if (kept) return kept;
  const file = join(dir, 'clauses.yaml');
  const data = readYamlFile(file);
  if (!isObject(data)) throw new Error(`${file}: must be a mapping with the lists ${CLAUSE_LISTS.join(', ')}`);
  for (const key of Object.keys(data)) {
    if (!(CLAUSE_LISTS as readonly string[]).includes(key)) throw new Error(`${file}: field "${key}" is unknown (allowed: ${CLAUSE_LISTS.join(', ')})`);
  }
  const list = (key: ClauseList): string[] => {
    const value = data[key] ?? [];
    if (!Array.isArray(value) || !value.every((w) => typeof w === 'string' && /^[a-z]+$/.test(w))) throw new Error(`${file}: field "${key}" must be a list of lower-case words`);
    return value as string[];
  };
  const words = Object.fromEntries(CLAUSE_LISTS.map((k) => [k, list(k)])) as Record<ClauseList, string[]>;
  loadedWords.set(dir, words);
  return words;
}

const breakPatterns = new Map<string, RegExp>();

/** The breaks for `options` as one global pattern, built once per set of options. */
function breaksFor(options: ClauseOptions): RegExp {
  const { breakingWords = [], questionMarkEnds = true, colonEnds = false, commaEnds = true } = options;
  const key = `${breakingWords.join(',')}|${questionMarkEnds}|${colonEnds}|${commaEnds}`;
  let re = breakPatterns.get(key);
  if (!re) {
    // A run of marks (", ." or "!!!") is one break; a word breaks only whole ("band" does not), in any case.
    const marks = `[;.!\\n\\r${commaEnds ? ',' : ''}${questionMarkEnds ? '?' : ''}${colonEnds ? ':' : ''}]+`;
    const lists = clauseWords();
    const words = [...new Set(breakingWords.flatMap((l) => lists[l]))];
    re = new RegExp(words.length > 0 ? `${marks}|\\b(?:${words.join('|')})\\b` : marks, 'gi');
    breakPatterns.set(key, re);
  }
  return re;
}

/** Where the clauses break: each break's start and end in `text`, in order. */
function breaksIn(text: string, options: ClauseOptions): Array<{ start: number; end: number }> {
  return [...text.matchAll(breaksFor(options))].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The clauses as typed, between the breaks: untrimmed, empty ones kept ("a, , b" has three). */
export function clauses(text: string, options: ClauseOptions = {}): string[] {
  return clausesKeepingBreaks(text, options).filter((_, i) => i % 2 === 0);
}

/** The clauses with the breaks between them (odd places), so that joined they give the text back. */
export function clausesKeepingBreaks(text: string, options: ClauseOptions = {}): string[] {
  const out: string[] = [];
  let from = 0;
  for (const b of breaksIn(text, options)) {
    out.push(text.slice(from, b.start), text.slice(b.start, b.end));
    from = b.end;
  }
  out.push(text.slice(from));
  return out;
}

/** The message's sentences (cut at . ! ? ; and line breaks, not at commas), trimmed, the empty ones left out. */
export function sentences(text: string): string[] {
  return clauses(text, { commaEnds: false }).map((s) => s.trim()).filter(Boolean);
}

/** The message's first clause with words in it ("no" of "no, just the one side"; "no" of "... no. legs fine"), trimmed. */
export function firstClause(text: string, options: ClauseOptions = {}): string {
  return clauses(text, options).map((c) => c.trim()).find(Boolean) ?? '';
}

/** The clause that holds `start..end` of `text`, trimmed: from the break before it to the break after it. */
export function clauseAround(text: string, start: number, end: number, options: ClauseOptions = {}): string {
  let from = 0;
  let to = text.length;
  for (const b of breaksIn(text, options)) {
    if (b.end <= start) from = b.end;
    else if (b.start >= end) {
      to = b.start;
      break;
    }
  }
  return text.slice(from, to).trim();
}
