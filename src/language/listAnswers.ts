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
  /** Hesitation before an answer ("um no"): an echoed question so answered is denied. */
  hesitations: readonly string[];
  /** Who gave an echoed question's answer, said before it ("he says no"). */
  reporters: readonly string[];
  /** Not knowing, answering an echoed question ("no idea"): the echo is supposed, not told. */
  unknown: readonly string[];
  /** Openers of a question of the writer's own ("why does it hurt? no idea"): no echo of a sign. */
  ownQuestions: readonly string[];
  /** Labels of an answer after its question ("? A: none"), dropped with their colon. */
  labels: readonly string[];
  /** Labels of a question at the start of a sentence or line ("Q: foam roller ok?"), dropped with their colon. */
  questionLabels: readonly string[];
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
  const phrases = (key: string): string[] => {
    const value = isObject(data) ? data[key] : undefined;
    if (!Array.isArray(value) || !value.every((w) => typeof w === 'string' && /^[a-z' ]+$/.test(w))) throw new Error(`${file}: field "${key}" must be a list of lower-case phrases`);
    return value as string[];
  };
  const words = { negative: list('negative'), negativeInLists: list('negativeInLists'), positive: list('positive'), hesitations: list('hesitations'), reporters: list('reporters'), unknown: phrases('unknown'), ownQuestions: list('ownQuestions'), labels: list('labels'), questionLabels: list('questionLabels') };
  loaded.set(dir, words);
  return words;
}

/** `{answerNo}` as a pattern: one of the negative answers ("(no|none|nope|nah)"). */
export function answerNoPattern(dir: string = LANGUAGE_DIR): string {
  return `(${listAnswerWords(dir).negative.join('|')})`;
}

/** A checklist's labels as patterns built from list-answers.yaml: "? A: none" after a question, "Q: " opening a sentence or line. */
let checklistLabels: { answer: RegExp; question: RegExp } | undefined;

/**
 * A checklist typed as questions and labelled answers ("Q: numb groin? A: none"), without its
 * labels ("numb groin? none"). An answer's label stands between the question and its answer, so
 * the answer would read as an item of its own; without it the answer follows its question mark
 * as a bare answer does. A question's label would read as a word of the question ("q foam roller").
 */
export function withoutChecklistLabels(text: string): string {
  if (!checklistLabels) {
    const words = listAnswerWords();
    checklistLabels = {
      answer: new RegExp(`\\?(\\s*)(?:${words.labels.join('|')})\\s*:`, 'gi'),
      question: new RegExp(`(^|[.!?\\n])([ \\t]*)(?:${words.questionLabels.join('|')})\\s*:\\s*`, 'gi'),
    };
  }
  return text.replace(checklistLabels.answer, '?$1').replace(checklistLabels.question, '$1$2');
}

// `negative` holds the list-only words too; an echoed question is denied by a plain negative only (`plainNegative`).

let inLists: { negative: ReadonlySet<string>; plainNegative: ReadonlySet<string>; positive: ReadonlySet<string>; hesitations: ReadonlySet<string>; reporters: ReadonlySet<string>; unknown: ReadonlySet<string>; ownQuestions: ReadonlySet<string> } | undefined;

/** Words of a clause as typed, lower-cased, without the punctuation around them. */
function bareWords(part: string): string[] {
  return part.toLowerCase().split(/\s+/).map((w) => w.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')).filter(Boolean);
}

/**
 * "numb between legs? um no": the writer repeats the question they were asked
 * and answers it in the next clause with a bare negative, perhaps after a
 * hesitation. The echoed question is denied: its negative answer is moved in
 * front of it ("no numb between legs?"). Only a short echo (an item of a list
 * answer's length) and an answer of nothing but hesitation and one negative word.
 */
function echoedQuestionsDenied(parts: string[], words: NonNullable<typeof inLists>): string[] {
  const { plainNegative: negative, hesitations, reporters, unknown, ownQuestions } = words;
  return parts.map((part, i) => {
    if (i % 2 === 1 || !parts[i + 1]?.includes('?') || parts[i + 2] === undefined) return part;
    const echo = part.trim().split(/\s+/).filter(Boolean);
    if (!echo.length || echo.length > MAX_ITEM_WORDS) return part;
    const answer = bareWords(parts[i + 2]!);
    const lead = part.match(/^\s*/)?.[0] ?? '';
    // "numb legs? no idea": not knowing tells no sign and denies none; the echo is a supposition.
    const said = answer.filter((w) => !hesitations.has(w)).join(' ').replace(/'/g, '');
    if (unknown.has(said) && !ownQuestions.has(echo[0]!.toLowerCase())) return `${lead}if ${echo.join(' ')}`;
    const last = answer.at(-1);
    // "he says no": an answer passed on is still the answer.
    if (!last || !negative.has(last) || !answer.slice(0, -1).every((w) => hesitations.has(w) || reporters.has(w))) return part;
    return `${lead}${last} ${echo.join(' ')}`;
  });
}

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
    inLists = { negative: new Set([...w.negative, ...w.negativeInLists]), plainNegative: new Set(w.negative), positive: new Set(w.positive), hesitations: new Set(w.hesitations), reporters: new Set(w.reporters), unknown: new Set(w.unknown.map((p) => p.replace(/'/g, ''))), ownQuestions: new Set(w.ownQuestions) };
  }
  const { negative, positive } = inLists;
  text = withoutChecklistLabels(text);
  const echoed = echoedQuestionsDenied(clausesKeepingBreaks(text), inLists);
  if (echoed.join('') !== text) text = echoed.join('');
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
