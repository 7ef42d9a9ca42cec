import { existsSync } from 'node:fs';
import { isObject } from '../util/isObject';
import { readYamlFile } from '../util/yamlFile';
import { phraseAt } from './phrases';
import { SENTENCE_END } from './tokenizer';

/**
 * Words whose sense is set by their neighbours (knowledge/language/senses.yaml):
 * "nights" in "I work nights" is a shift, not night pain; "the cold" beside a
 * sneeze is the illness, not a cold pack. Each reading is a list of frames, the
 * words around the term with the span that changes sense in brackets
 * ("work [nights]", "take ... [at night]"); where a frame holds in a sentence
 * (and its `with`/`unless` words allow), the bracketed words are read as the
 * reading's plain words by every reader of the language layer. A term with no
 * frame that holds keeps its ordinary sense.
 */
export interface SenseReading {
  term: string;
  sense: string;
  /** The words the bracketed span is read as. */
  readAs: string[];
  frames: SenseFrame[];
  /** Words or phrases one of which the sentence must hold (none: no such need). */
  with: string[][];
  /** Words or phrases none of which the sentence may hold ("worse" keeps "nights" as the pain's time). */
  unless: string[][];
  /** Words that, right after the frame, keep the ordinary sense ("a cold [pack]"). */
  notFollowedBy: ReadonlySet<string>;
}

/** A frame as words: `before` + gap? + `span` is not allowed; the gap (up to GAP words) sits outside the span. */
export interface SenseFrame {
  /** Frame words in order; '...' is a gap, '[' and ']' mark the span. */
  parts: string[];
}

/** Most words a '...' in a frame stands for: neighbours, not the far end of a sentence. */
export const SENSE_GAP = 3;

type Normalize = (word: string) => string[];

/** One reading as written in senses.yaml (before its words go through the language layer). */
export interface WrittenSense {
  term: string;
  sense: string;
  readAs: string;
  frames: string[];
  with: string[];
  unless: string[];
  notFollowedBy: string[];
}

const FIELDS = ['sense', 'read as', 'frames', 'with', 'unless', 'not followed by'];

/** Reads senses.yaml: `term: [ {sense, read as, frames, with?, unless?, not followed by?} ]`. Optional: none when absent. */
export function readSenses(file: string): WrittenSense[] {
  if (!existsSync(file)) return [];
  const data = readYamlFile(file);
  if (!isObject(data)) throw new Error(`${file}: must be a mapping of terms to lists of readings`);
  const out: WrittenSense[] = [];
  for (const [term, readings] of Object.entries(data)) {
    if (!Array.isArray(readings)) throw new Error(`${file}: "${term}" must be a list of readings`);
    readings.forEach((r: unknown, i) => {
      const where = `${file}: ${term}[${i}]`;
      if (!isObject(r)) throw new Error(`${where} must be a mapping`);
      for (const key of Object.keys(r)) if (!FIELDS.includes(key)) throw new Error(`${where}: unknown field "${key}"`);
      const text = (field: string): string => {
        const v = r[field];
        if (typeof v !== 'string' || !v.trim()) throw new Error(`${where}: "${field}" must be a non-empty string`);
        return v;
      };
      const list = (field: string, needed = false): string[] => {
        const v = r[field];
        if (v === undefined && !needed) return [];
        if (!Array.isArray(v) || (needed && !v.length) || v.some((w) => typeof w !== 'string' || !w.trim())) {
          throw new Error(`${where}: "${field}" must be a ${needed ? 'non-empty ' : ''}list of words or phrases`);
        }
        return v as string[];
      };
      out.push({ term, sense: text('sense'), readAs: text('read as'), frames: list('frames', true), with: list('with'), unless: list('unless'), notFollowedBy: list('not followed by') });
    });
  }
  return out;
}

/** The written readings with their words read as the language layer reads text ("doesn't" -> does not); bad frames throw. */
export function compileSenses(written: readonly WrittenSense[], normalize: Normalize): SenseReading[] {
  return written.map((r) => {
    const where = `senses.yaml: ${r.term} (${r.sense})`;
    return {
      term: r.term,
      sense: r.sense,
      readAs: words(r.readAs, normalize),
      frames: r.frames.map((f) => parseFrame(f, r.term, where, normalize)),
      with: r.with.map((w) => words(w, normalize)),
      unless: r.unless.map((w) => words(w, normalize)),
      notFollowedBy: new Set(r.notFollowedBy.flatMap((w) => words(w, normalize))),
    };
  });
}

function words(text: string, normalize: Normalize): string[] {
  return text.toLowerCase().trim().split(/\s+/).flatMap(normalize);
}

function parseFrame(frame: string, term: string, where: string, normalize: Normalize): SenseFrame {
  const spaced = frame.toLowerCase().replace(/\[/g, ' [ ').replace(/\]/g, ' ] ');
  const parts = spaced.trim().split(/\s+/).flatMap((w) => (w === '[' || w === ']' || w === '...' ? [w] : normalize(w)));
  const open = parts.indexOf('[');
  const close = parts.indexOf(']');
  const gaps = parts.filter((p) => p === '...').length;
  const bad =
    parts.filter((p) => p === '[').length !== 1 || parts.filter((p) => p === ']').length !== 1 || close <= open + 1 || gaps > 1 ||
    parts[0] === '...' || parts[parts.length - 1] === '...' || parts.slice(open, close).includes('...') ||
    !parts.slice(open + 1, close).some((w) => w.startsWith(term));
  // One gap at most and never at an end: matching stays linear in the message (no backtracking).
  if (bad) throw new Error(`${where}: frame "${frame}" needs one [span] holding "${term}", at most one "..." and none at either end`);
  return { parts };
}

/** The frames by the word they start with, in the readings' order (see indexSenses). */
export type SenseIndex = ReadonlyMap<string, ReadonlyArray<readonly [SenseReading, SenseFrame]>>;

/**
 * The frames by the word they start with, in the readings' order: every token of every message goes
 * through readSensesIn (Language.tokens), and trying each frame at each token made tokenizing 1.6x slower.
 */
export function indexSenses(readings: readonly SenseReading[]): SenseIndex {
  const index = new Map<string, Array<readonly [SenseReading, SenseFrame]>>();
  for (const reading of readings) {
    for (const frame of reading.frames) {
      const first = frame.parts[0] === '[' ? frame.parts[1]! : frame.parts[0]!;
      const list = index.get(first) ?? [];
      list.push([reading, frame]);
      index.set(first, list);
    }
  }
  return index;
}

/** The tokens with every sense frame that holds read as its plain words (punctuation stays). */
export function readSensesIn(tokens: string[], index: SenseIndex): string[] {
  if (!index.size) return tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let done = false;
    for (const [reading, frame] of index.get(tokens[i]!) ?? []) {
      const hit = matchFrame(tokens, i, frame.parts);
      if (!hit || !holds(tokens, i, hit.end, reading)) continue;
      out.push(...tokens.slice(i, hit.spanStart), ...reading.readAs, ...tokens.slice(hit.spanEnd, hit.end));
      i = hit.end;
      done = true;
      break;
    }
    if (!done) out.push(tokens[i++]!);
  }
  return out;
}

/** Where `parts` matches from `at`: the span's token range and the frame's end, or undefined. */
function matchFrame(tokens: readonly string[], at: number, parts: readonly string[]): { spanStart: number; spanEnd: number; end: number } | undefined {
  let t = at;
  let spanStart = -1;
  let spanEnd = -1;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    if (part === '[') spanStart = t;
    else if (part === ']') spanEnd = t;
    else if (part === '...') {
      // The gap takes the fewest words (one to SENSE_GAP, within the sentence) after which the next frame word follows.
      const next = parts[p + 1] === '[' ? parts[p + 2]! : parts[p + 1]!;
      let skip = 0;
      for (let k = 1; k <= SENSE_GAP && t + k < tokens.length && !SENTENCE_END.has(tokens[t + k - 1]!); k++) {
        if (tokens[t + k] === next) {
          skip = k;
          break;
        }
      }
      if (!skip) return undefined;
      t += skip;
    } else if (tokens[t] === part) t++;
    else return undefined;
  }
  return { spanStart, spanEnd, end: t };
}

/** Whether the reading's sentence words allow it: one `with` word (if any are listed), no `unless` word, no `not followed by` word next. */
function holds(tokens: readonly string[], start: number, end: number, reading: SenseReading): boolean {
  if (end < tokens.length && reading.notFollowedBy.has(tokens[end]!)) return false;
  let from = start;
  while (from > 0 && !SENTENCE_END.has(tokens[from - 1]!)) from--;
  let to = end;
  while (to < tokens.length && !SENTENCE_END.has(tokens[to]!)) to++;
  const sentence = tokens.slice(from, to);
  const has = (phrase: readonly string[]) => sentence.some((_, k) => phraseAt(sentence, phrase, k));
  if (reading.unless.some(has)) return false;
  return !reading.with.length || reading.with.some(has);
}
