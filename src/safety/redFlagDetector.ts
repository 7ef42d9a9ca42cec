/**
 * Red-flag detector: finds the symptoms in a user's message that mean "call the
 * emergency number now" or "get seen today", from the clinician-reviewed lexicon
 * in knowledge/safety/red-flags.yaml and the NegEx/ConText triggers in
 * knowledge/safety/context.yaml.
 *
 * How a message is read:
 *  1. normalise: lower case, curly apostrophes, "can't"/"cant" -> "can not",
 *     known misspellings, one-letter typos of listed key words;
 *  2. find every lexicon phrase (a "finding"), including loss-of-function phrases
 *     that carry their own negation ("can not pee"), before any negation is applied;
 *  3. cut the message into clauses (sentences, "but"/"however"..., and a comma or
 *     "and" followed by a new subject) and drop a finding when a negation,
 *     hypothetical, other-person, historical or speculation trigger governs it in
 *     its clause (NegEx, Chapman 2001; ConText, Harkema 2009).
 *
 * Pure TypeScript with no botbuilder imports: it runs on every message, so
 * patterns are compiled once, indexed by their first word, and matched with
 * sticky regular expressions whose quantifiers are all bounded (no catastrophic
 * backtracking on long or odd input).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';

export type RedFlagLevel = 'emergency' | 'urgent';

export interface RedFlagResult {
  level: RedFlagLevel;
  /** De-duplicated flag ids, emergency flags first, then in lexicon order. */
  flags: string[];
}

const LEXICON_FILE = 'red-flags.yaml';
const CONTEXT_FILE = 'context.yaml';

// ---------------------------------------------------------------------------
// Validation of the YAML data: every error names the file and the field.

class DataError extends Error {}

type Obj = Record<string, unknown>;

function fail(file: string, field: string, message: string): never {
  throw new DataError(`${file}: ${field}: ${message}`);
}

function asObject(v: unknown, file: string, field: string, allowed?: string[]): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(file, field, 'must be a mapping');
  if (allowed) {
    for (const k of Object.keys(v)) if (!allowed.includes(k)) fail(file, `${field}.${k}`, `unknown field (allowed: ${allowed.join(', ')})`);
  }
  return v as Obj;
}

function asString(v: unknown, file: string, field: string): string {
  if (typeof v !== 'string' || v.trim() === '') fail(file, field, 'must be a non-empty string');
  return v;
}

function asStrings(v: unknown, file: string, field: string, optional = false): string[] {
  if (v === undefined && optional) return [];
  if (!Array.isArray(v)) fail(file, field, 'must be a list of strings');
  return v.map((s, i) => asString(s, file, `${field}[${i}]`));
}

function asBool(v: unknown, file: string, field: string): boolean {
  if (v === undefined) return false;
  if (typeof v !== 'boolean') fail(file, field, 'must be true or false');
  return v;
}

function asStringMap(v: unknown, file: string, field: string): Map<string, string> {
  const out = new Map<string, string>();
  if (v === undefined) return out;
  const o = asObject(v, file, field);
  for (const [k, val] of Object.entries(o)) out.set(k.toLowerCase(), asString(val, file, `${field}.${k}`));
  return out;
}

/** A flag, or a "sign": a named finding with no level that only feeds `when` combinations. */
interface EntryDef {
  id: string;
  level?: RedFlagLevel;
  description?: string;
  reason?: string;
  patterns: string[];
  except: string[];
  when: string[][];
  historyCounts: boolean;
  speculation: boolean;
  field: string;
}

interface Lexicon {
  terms: Map<string, string>;
  flags: EntryDef[];
  signs: EntryDef[];
}

const FLAG_KEYS = ['id', 'level', 'description', 'reason', 'patterns', 'except', 'when', 'historyCounts', 'speculation'];
const SIGN_KEYS = ['id', 'patterns', 'except', 'when', 'historyCounts', 'speculation'];

function readEntry(raw: unknown, file: string, field: string, isFlag: boolean): EntryDef {
  const o = asObject(raw, file, field);
  const id = asString(o.id, file, `${field}.id`);
  if (!/^[a-z][a-z0-9_]*$/.test(id)) fail(file, `${field}.id`, `"${id}" must be snake_case`);
  const at = `${field} (${id})`;
  asObject(raw, file, at, isFlag ? FLAG_KEYS : SIGN_KEYS); // a misspelt option would otherwise be silently ignored
  const entry: EntryDef = {
    id,
    patterns: asStrings(o.patterns, file, `${at}.patterns`, true),
    except: asStrings(o.except, file, `${at}.except`, true),
    when: [],
    historyCounts: asBool(o.historyCounts, file, `${at}.historyCounts`),
    speculation: asBool(o.speculation, file, `${at}.speculation`),
    field: at,
  };
  if (o.when !== undefined) {
    if (!Array.isArray(o.when)) fail(file, `${at}.when`, 'must be a list of lists of ids');
    entry.when = o.when.map((c, i) => {
      const ids = asStrings(c, file, `${at}.when[${i}]`);
      if (ids.length === 0) fail(file, `${at}.when[${i}]`, 'must name at least one id');
      return ids;
    });
  }
  if (entry.patterns.length === 0 && entry.when.length === 0) fail(file, `${at}.patterns`, 'needs at least one pattern (or a `when` combination)');
  if (isFlag) {
    if (o.level !== 'emergency' && o.level !== 'urgent') fail(file, `${at}.level`, `must be "emergency" or "urgent", got ${JSON.stringify(o.level)}`);
    entry.level = o.level;
    entry.description = asString(o.description, file, `${at}.description`);
    entry.reason = asString(o.reason, file, `${at}.reason`);
  }
  return entry;
}

function readLexicon(raw: unknown, file: string): Lexicon {
  const root = asObject(raw, file, '(top level)', ['terms', 'flags', 'signs']);
  if (!Array.isArray(root.flags) || root.flags.length === 0) fail(file, 'flags', 'must be a non-empty list');
  const flags = root.flags.map((f, i) => readEntry(f, file, `flags[${i}]`, true));
  const signs = root.signs === undefined ? [] : (Array.isArray(root.signs) ? root.signs : fail(file, 'signs', 'must be a list'))
    .map((s, i) => readEntry(s, file, `signs[${i}]`, false));
  const seen = new Set<string>();
  for (const e of [...flags, ...signs]) {
    if (seen.has(e.id)) fail(file, `${e.field}.id`, `duplicate id "${e.id}"`);
    seen.add(e.id);
  }
  for (const e of [...flags, ...signs]) {
    e.when.forEach((combo, i) => combo.forEach((id, j) => {
      if (!seen.has(id)) fail(file, `${e.field}.when[${i}][${j}]`, `unknown flag or sign "${id}"`);
    }));
  }
  const terms = new Map<string, string>();
  if (root.terms !== undefined) {
    for (const [k, v] of Object.entries(asObject(root.terms, file, 'terms'))) terms.set(k, asString(v, file, `terms.${k}`));
  }
  return { terms, flags, signs };
}

interface PrePost { pre: string[]; post: string[] }

interface ContextDef {
  contractions: Map<string, string>;
  spelling: Map<string, string>;
  fuzzy: string[];
  notTypos: string[];
  gapStop: string[];
  answerWords: string[];
  termination: string[];
  clauseStart: string[];
  clauseConjunctions: string[];
  pseudo: string[];
  negation: PrePost;
  hypothetical: PrePost;
  experiencer: PrePost;
  historical: PrePost;
  speculation: PrePost;
  firstPerson: string[];
  conditional: { open: string[]; close: string[]; newSubject: string[]; notNewSubjectAfter: string[] };
  windows: { preNegation: number; postNegation: number };
}

const CONTEXT_KEYS = ['contractions', 'spelling', 'fuzzy', 'notTypos', 'gapStop', 'answerWords', 'termination', 'clauseStart',
  'clauseConjunctions', 'pseudo', 'negation', 'hypothetical', 'experiencer', 'historical', 'speculation', 'firstPerson',
  'conditional', 'windows'];

function readContext(raw: unknown, file: string): ContextDef {
  const o = asObject(raw, file, '(top level)', CONTEXT_KEYS);
  const prePost = (key: string): PrePost => {
    const p = asObject(o[key], file, key, ['pre', 'post']);
    return { pre: asStrings(p.pre, file, `${key}.pre`, true), post: asStrings(p.post, file, `${key}.post`, true) };
  };
  const cond = asObject(o.conditional, file, 'conditional', ['open', 'close', 'newSubject', 'notNewSubjectAfter']);
  const win = asObject(o.windows, file, 'windows', ['preNegation', 'postNegation']);
  const count = (k: 'preNegation' | 'postNegation'): number => {
    const n = win[k];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 20) fail(file, `windows.${k}`, 'must be a whole number of words from 0 to 20');
    return n;
  };
  return {
    contractions: asStringMap(o.contractions, file, 'contractions'),
    spelling: asStringMap(o.spelling, file, 'spelling'),
    fuzzy: asStrings(o.fuzzy, file, 'fuzzy', true),
    notTypos: asStrings(o.notTypos, file, 'notTypos', true),
    gapStop: asStrings(o.gapStop, file, 'gapStop', true),
    answerWords: asStrings(o.answerWords, file, 'answerWords', true),
    termination: asStrings(o.termination, file, 'termination'),
    clauseStart: asStrings(o.clauseStart, file, 'clauseStart'),
    clauseConjunctions: asStrings(o.clauseConjunctions, file, 'clauseConjunctions'),
    pseudo: asStrings(o.pseudo, file, 'pseudo', true),
    negation: prePost('negation'),
    hypothetical: prePost('hypothetical'),
    experiencer: prePost('experiencer'),
    historical: prePost('historical'),
    speculation: prePost('speculation'),
    firstPerson: asStrings(o.firstPerson, file, 'firstPerson'),
    conditional: {
      open: asStrings(cond.open, file, 'conditional.open'),
      close: asStrings(cond.close, file, 'conditional.close'),
      newSubject: asStrings(cond.newSubject, file, 'conditional.newSubject'),
      notNewSubjectAfter: asStrings(cond.notNewSubjectAfter, file, 'conditional.notNewSubjectAfter', true),
    },
    windows: { preNegation: count('preNegation'), postNegation: count('postNegation') },
  };
}

// ---------------------------------------------------------------------------
// Normalisation. User text and lexicon patterns go through the same steps, so a
// clinician writes "can't pee" and it matches "cant pee", "can’t pee", "cannot pee".

const PUNCT = new Set(['.', '!', '?', ';', ':', ',']);
const SENTENCE_END = new Set(['.', '!', '?', ';']);

class Normalizer {
  private readonly fuzzyIndex = new Map<string, string | null>();
  private readonly known = new Set<string>();

  constructor(private readonly ctx: ContextDef) {
    for (const w of ctx.notTypos) this.known.add(w);
    for (const k of ctx.fuzzy) this.addFuzzy(k);
  }

  /** Words the lexicon itself uses are real words: never "correct" them. */
  addKnownWord(word: string): void {
    this.known.add(word);
  }

  private addFuzzy(word: string): void {
    const put = (key: string) => {
      const prev = this.fuzzyIndex.get(key);
      this.fuzzyIndex.set(key, prev === undefined || prev === word ? word : null); // null: ambiguous
    };
    put(word);
    for (let i = 0; i < word.length; i++) put(word.slice(0, i) + word.slice(i + 1));
  }

  /** One-letter typo of a listed key word ("bladdr", "tingleing", "osteoperosis") -> the key word. */
  private fuzzyFix(tok: string): string {
    if (tok.length < 6 || this.known.has(tok) || !/^[a-z]+$/.test(tok)) return tok;
    const cands = new Set<string>();
    const look = (key: string) => {
      const w = this.fuzzyIndex.get(key);
      if (w) cands.add(w);
    };
    look(tok);
    for (let i = 0; i < tok.length; i++) look(tok.slice(0, i) + tok.slice(i + 1));
    let best: string | null = null;
    for (const c of cands) {
      if (osaDistance(tok, c) <= 1) {
        if (best !== null && best !== c) return tok; // two key words equally close: leave it
        best = c;
      }
    }
    return best ?? tok;
  }

  /** Normalised tokens: words, numbers and the punctuation . ! ? ; : , */
  tokens(text: string, fuzzy = true): string[] {
    let s = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
    s = s.replace(/[\u2018\u2019\u02bc\u0060\u00b4\u2032]/g, "'")
      .replace(/&/g, ' and ')
      .replace(/(\d),(\d)/g, '$1.$2')
      .replace(/(\p{L})[-\u2010\u2011](?=\p{L})/gu, '$1 ')
      .replace(/[-\u2012-\u2015]/g, ' : ')
      .replace(/[\r\n]+/g, ' . ');
    const raw = s.match(/\d+(?:\.\d+)?|[\p{L}\p{N}]+(?:'\p{L}+)*'?|[.!?;:,]/gu) ?? [];
    const out: string[] = [];
    for (const r of raw) {
      if (PUNCT.has(r)) {
        // "!!!" and ", ." carry nothing more than one mark; keep the strongest.
        const last = out[out.length - 1];
        if (last !== undefined && PUNCT.has(last)) {
          if (SENTENCE_END.has(r) && !SENTENCE_END.has(last)) out[out.length - 1] = r;
          continue;
        }
        out.push(r);
        continue;
      }
      for (const w of this.expand(r)) out.push(fuzzy ? this.fuzzyFix(this.ctx.spelling.get(w) ?? w) : (this.ctx.spelling.get(w) ?? w));
    }
    // "fever? no": a bare answer after a question mark belongs to the question.
    for (let i = 0; i + 1 < out.length; i++) {
      if (out[i] === '?' && this.ctx.answerWords.includes(out[i + 1]!) && (i + 2 >= out.length || PUNCT.has(out[i + 2]!))) out[i] = ':';
    }
    return out;
  }

  /** Contractions: "can't", "cant" -> "can not"; possessive "mum's" -> "mum". */
  private expand(w: string): string[] {
    const hit = this.ctx.contractions.get(w);
    if (hit !== undefined) return hit.split(' ');
    const bare = w.replace(/'+$/, '');
    if (bare !== w) return this.expand(bare);
    if (!bare.includes("'")) return [bare];
    const m = /^(.*?)(n't|'s|'re|'ve|'ll|'d|'m)$/.exec(bare);
    if (!m) return [bare.replace(/'/g, '')];
    const base = m[1]!.replace(/'/g, '');
    switch (m[2]) {
      case "n't": return [base, 'not'];
      case "'s": return [base];
      case "'re": return [base, 'are'];
      case "'ve": return [base, 'have'];
      case "'ll": return [base, 'will'];
      case "'d": return [base, 'would'];
      default: return [base, 'am'];
    }
  }
}

/** Optimal string alignment distance (edits incl. one transposition), for short words. */
function osaDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2;
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

// ---------------------------------------------------------------------------
// Pattern language (documented at the top of red-flags.yaml), compiled to a
// sticky RegExp over the normalised text, where tokens are separated by one space.
//   word   a whole word          numb*  a word starting with "numb"   #  one digit
//   (a|b c)  one of             x?  optional          {term}  a named word family
//   ...  up to 4 other words    ...7  up to 7 words   !x  not followed by x
//   $  end of the clause (before punctuation or the end of the message)

type Node =
  | { k: 'word'; re: string; key: string }
  | { k: 'alt'; alts: Node[][] }
  | { k: 'opt'; node: Node }
  | { k: 'gap'; max: number }
  | { k: 'not'; node: Node }
  | { k: 'end' };

class PatternCompiler {
  private readonly termCache = new Map<string, Node[]>();
  private readonly gapWord: string;
  readonly vocabulary = new Set<string>();

  constructor(private readonly norm: Normalizer, private readonly terms: Map<string, string>, gapStop: string[], private readonly termFile: string) {
    // A gap word is any single token except punctuation and the words that change
    // meaning (negations, "but"): "numb ... groin" must not match "numb, but not my groin".
    const stops = gapStop.map(escapeRe).join('|');
    this.gapWord = `(?!(?:[.!?;:,]${stops ? `|${stops}` : ''})(?![^ ]))[^ ]+`;
  }

  compile(src: string, file: string, field: string): { re: RegExp; keys: string[] | null } {
    const nodes = this.parse(src, file, field, []);
    const body = this.seq(nodes, file, field, src);
    return { re: new RegExp(body, 'y'), keys: firstKeys(nodes) };
  }

  private parse(src: string, file: string, field: string, stack: string[]): Node[] {
    let i = 0;
    const err = (msg: string): never => fail(file, field, `pattern "${src}": ${msg}`);
    const parseSeq = (): Node[] => {
      const seq: Node[] = [];
      for (;;) {
        while (src[i] === ' ') i++;
        if (i >= src.length || src[i] === ')' || src[i] === '|') return seq;
        let node: Node;
        if (src.startsWith('...', i)) {
          i += 3;
          const m = /^\d+/.exec(src.slice(i));
          const max = m ? Number(m[0]) : 4;
          if (m) i += m[0].length;
          if (max < 1 || max > 12) err('a gap allows 1 to 12 words');
          node = { k: 'gap', max };
        } else if (src[i] === '!') {
          i++;
          const inner = parseAtom();
          node = { k: 'not', node: inner };
        } else if (src[i] === '$') {
          i++;
          node = { k: 'end' };
        } else {
          node = parseAtom();
        }
        if (src[i] === '?') {
          i++;
          if (node.k === 'gap' || node.k === 'not' || node.k === 'end') err('only words and groups can be optional');
          node = { k: 'opt', node };
        }
        seq.push(node);
      }
    };
    const parseAtom = (): Node => {
      if (src[i] === '(') {
        i++;
        const alts: Node[][] = [parseSeq()];
        while (src[i] === '|') {
          i++;
          alts.push(parseSeq());
        }
        if (src[i] !== ')') err('missing ")"');
        i++;
        if (alts.some((a) => a.length === 0)) err('empty alternative');
        return { k: 'alt', alts };
      }
      if (src[i] === '{') {
        const close = src.indexOf('}', i);
        if (close < 0) err('missing "}"');
        const name = src.slice(i + 1, close);
        i = close + 1;
        return { k: 'alt', alts: [this.term(name, file, field, stack)] };
      }
      const m = /^[^\s()|{}!?$]+/.exec(src.slice(i));
      if (!m) err(`unexpected "${src[i]}" at ${i}`);
      i += m![0].length;
      return this.word(m![0], err);
    };
    const seq = parseSeq();
    if (i < src.length) err(`unexpected "${src[i]}" at ${i}`);
    if (seq.length === 0) err('is empty');
    return seq;
  }

  private term(name: string, file: string, field: string, stack: string[]): Node[] {
    const cached = this.termCache.get(name);
    if (cached) return cached;
    const src = this.terms.get(name);
    if (src === undefined) fail(file, field, `unknown term {${name}}`);
    if (stack.includes(name)) fail(this.termFile, `terms.${name}`, `refers to itself via ${stack.join(' -> ')}`);
    const nodes = this.parse(src, this.termFile, `terms.${name}`, [...stack, name]);
    this.termCache.set(name, nodes);
    return nodes;
  }

  private word(raw: string, err: (m: string) => never): Node {
    const prefix = raw.endsWith('*');
    const w = prefix ? raw.slice(0, -1) : raw;
    if (w === '') err('"*" needs a word before it');
    if (prefix || w.includes('#')) {
      // Word families and digit masks are written already normalised.
      const lit = w.toLowerCase();
      const re = lit.split('').map((c) => (c === '#' ? '\\d' : escapeRe(c))).join('') + (prefix ? '[^ ]*' : '') + '(?![^ ])';
      const hash = lit.indexOf('#');
      return { k: 'word', re, key: (hash < 0 ? lit : lit.slice(0, hash)).slice(0, 3) };
    }
    const toks = this.norm.tokens(w, false);
    if (toks.length === 0) err(`"${raw}" has no letters or digits`);
    toks.forEach((t) => this.vocabulary.add(t));
    const nodes: Node[] = toks.map((t) => ({ k: 'word', re: escapeRe(t) + '(?![^ ])', key: t.slice(0, 3) }));
    return nodes.length === 1 ? nodes[0]! : { k: 'alt', alts: [nodes] };
  }

  /** Regex for a sequence; every item after the first brings its own leading space. */
  private seq(nodes: Node[], file: string, field: string, src: string): string {
    let out = '';
    let started = false;
    for (const n of nodes) {
      if (n.k === 'gap') {
        if (!started) fail(file, field, `pattern "${src}": a gap cannot come first`);
        out += `(?: ${this.gapWord}){0,${n.max}}`;
      } else if (n.k === 'end') {
        if (!started) fail(file, field, `pattern "${src}": "$" cannot come first`);
        out += '(?= [.!?;:,]|$)';
      } else if (n.k === 'not') {
        out += `(?!${started ? ' ' : ''}${this.node(n.node, file, field, src)})`;
      } else if (n.k === 'opt') {
        const inner = this.node(n.node, file, field, src);
        out += started ? `(?: ${inner})?` : `(?:${inner} )?`;
      } else {
        out += (started ? ' ' : '') + this.node(n, file, field, src);
        started = true;
      }
    }
    if (!started) fail(file, field, `pattern "${src}": needs at least one word that is not optional`);
    return out;
  }

  private node(n: Node, file: string, field: string, src: string): string {
    if (n.k === 'word') return n.re;
    if (n.k === 'alt') return `(?:${n.alts.map((a) => this.seq(a, file, field, src)).join('|')})`;
    return this.seq([n], file, field, src);
  }
}

/** First-word keys of a pattern (3-letter prefixes), or null if it can start anywhere. */
function firstKeys(nodes: Node[]): string[] | null {
  const keys: string[] = [];
  for (const n of nodes) {
    if (n.k === 'not' || n.k === 'gap' || n.k === 'end') continue;
    if (n.k === 'word') {
      if (n.key === '') return null;
      keys.push(n.key);
      return keys;
    }
    const inner = n.k === 'opt' ? n.node : n;
    if (inner.k === 'word') {
      if (inner.key === '') return null;
      keys.push(inner.key);
    } else if (inner.k === 'alt') {
      for (const a of inner.alts) {
        const k = firstKeys(a);
        if (k === null) return null;
        keys.push(...k);
      }
    }
    if (n.k !== 'opt') return keys;
  }
  return keys;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------
// Matching many phrases: each phrase is tried only where a token starts with
// one of its possible first words.

interface Match<T> { start: number; end: number; payload: T }

class PhraseSet<T> {
  private readonly byKey = new Map<string, { re: RegExp; payload: T; id: number }[]>();
  private readonly anywhere: { re: RegExp; payload: T; id: number }[] = [];
  private count = 0;

  constructor(private readonly compiler: PatternCompiler) {}

  add(src: string, payload: T, file: string, field: string): void {
    const { re, keys } = this.compiler.compile(src, file, field);
    const entry = { re, payload, id: this.count++ };
    if (keys === null) {
      this.anywhere.push(entry);
      return;
    }
    for (const k of new Set(keys)) {
      const list = this.byKey.get(k) ?? [];
      list.push(entry);
      this.byKey.set(k, list);
    }
  }

  /** All matches, in token units: start is a token index, end is exclusive. */
  find(doc: Doc): Match<T>[] {
    const out: Match<T>[] = [];
    const tried = new Int32Array(this.count).fill(-1);
    for (let t = 0; t < doc.tokens.length; t++) {
      const tok = doc.tokens[t]!;
      const at = doc.starts[t]!;
      const run = (list: { re: RegExp; payload: T; id: number }[] | undefined) => {
        if (!list) return;
        for (const e of list) {
          if (tried[e.id] === t) continue;
          tried[e.id] = t;
          e.re.lastIndex = at;
          const m = e.re.exec(doc.text);
          if (m) out.push({ start: t, end: doc.tokenAtEnd(at + m[0].length), payload: e.payload });
        }
      };
      for (let n = 1; n <= Math.min(3, tok.length); n++) run(this.byKey.get(tok.slice(0, n)));
      run(this.anywhere);
    }
    return out;
  }
}

/** A normalised message: tokens joined by single spaces, with character offsets. */
class Doc {
  readonly text: string;
  readonly starts: number[] = [];
  private readonly endIndex = new Map<number, number>();

  constructor(readonly tokens: string[]) {
    let pos = 0;
    tokens.forEach((t, i) => {
      this.starts.push(pos);
      pos += t.length;
      this.endIndex.set(pos, i + 1);
      pos += 1;
    });
    this.text = tokens.join(' ');
  }

  tokenAtEnd(charEnd: number): number {
    return this.endIndex.get(charEnd) ?? this.tokens.length;
  }
}

// ---------------------------------------------------------------------------
// The detector.

type Category = 'negation' | 'hypothetical' | 'experiencer' | 'historical' | 'speculation';
type Trigger = { cat: Category | 'pseudo' | 'termination' | 'open' | 'close'; dir: 'pre' | 'post' | 'any' };

interface CompiledEntry {
  def: EntryDef;
  index: number;
}

export class RedFlagDetector {
  private readonly norm: Normalizer;
  private readonly findings: PhraseSet<{ entry: CompiledEntry; except: boolean }>;
  private readonly triggers: PhraseSet<Trigger>;
  private readonly entries: CompiledEntry[];
  private readonly flagsById = new Map<string, EntryDef>();
  private readonly clauseStart: Set<string>;
  private readonly conjunctions: Set<string>;
  private readonly firstPerson: Set<string>;
  private readonly newSubject: Set<string>;
  private readonly notNewSubjectAfter: Set<string>;

  private constructor(lexicon: Lexicon, private readonly ctx: ContextDef, lexFile: string, ctxFile: string) {
    this.norm = new Normalizer(ctx);
    const compiler = new PatternCompiler(this.norm, lexicon.terms, ctx.gapStop, lexFile);
    this.entries = [...lexicon.flags, ...lexicon.signs].map((def, index) => ({ def, index }));
    for (const f of lexicon.flags) this.flagsById.set(f.id, f);

    this.findings = new PhraseSet(compiler);
    for (const e of this.entries) {
      e.def.patterns.forEach((p, i) => this.findings.add(p, { entry: e, except: false }, lexFile, `${e.def.field}.patterns[${i}]`));
      e.def.except.forEach((p, i) => this.findings.add(p, { entry: e, except: true }, lexFile, `${e.def.field}.except[${i}]`));
    }
    this.triggers = new PhraseSet(compiler);
    const addAll = (list: string[], trig: Trigger, field: string) =>
      list.forEach((p, i) => this.triggers.add(p, trig, ctxFile, `${field}[${i}]`));
    addAll(ctx.pseudo, { cat: 'pseudo', dir: 'any' }, 'pseudo');
    addAll(ctx.termination, { cat: 'termination', dir: 'any' }, 'termination');
    addAll(ctx.conditional.open, { cat: 'open', dir: 'any' }, 'conditional.open');
    addAll(ctx.conditional.close, { cat: 'close', dir: 'any' }, 'conditional.close');
    for (const cat of ['negation', 'hypothetical', 'experiencer', 'historical', 'speculation'] as const) {
      addAll(ctx[cat].pre, { cat, dir: 'pre' }, `${cat}.pre`);
      addAll(ctx[cat].post, { cat, dir: 'post' }, `${cat}.post`);
    }
    // Every word the lexicon uses is a real word, not a typo to be corrected.
    for (const w of compiler.vocabulary) this.norm.addKnownWord(w);
    const words = (l: string[]) => new Set(l.flatMap((w) => this.norm.tokens(w, false)));
    this.clauseStart = words(ctx.clauseStart);
    this.conjunctions = words(ctx.clauseConjunctions);
    this.firstPerson = words(ctx.firstPerson);
    this.newSubject = words(ctx.conditional.newSubject);
    this.notNewSubjectAfter = words(ctx.conditional.notNewSubjectAfter);
  }

  /** Loads red-flags.yaml and context.yaml from a folder (knowledge/safety). */
  static fromDirectory(dir: string): RedFlagDetector {
    const read = (name: string): unknown => {
      const file = path.join(dir, name);
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (e) {
        throw new Error(`${file}: cannot read: ${(e as Error).message}`);
      }
      try {
        return parseYaml(text);
      } catch (e) {
        throw new Error(`${file}: invalid YAML: ${(e as Error).message}`);
      }
    };
    return RedFlagDetector.fromData(read(LEXICON_FILE), read(CONTEXT_FILE), {
      lexiconFile: path.join(dir, LEXICON_FILE),
      contextFile: path.join(dir, CONTEXT_FILE),
    });
  }

  /** Builds a detector from already-parsed YAML data; throws an Error naming the file and field on bad data. */
  static fromData(lexicon: unknown, context: unknown, files: { lexiconFile?: string; contextFile?: string } = {}): RedFlagDetector {
    const lexFile = files.lexiconFile ?? LEXICON_FILE;
    const ctxFile = files.contextFile ?? CONTEXT_FILE;
    try {
      return new RedFlagDetector(readLexicon(lexicon, lexFile), readContext(context, ctxFile), lexFile, ctxFile);
    } catch (e) {
      if (e instanceof DataError) throw new Error(e.message);
      throw e;
    }
  }

  describe(flag: string): string {
    return this.flag(flag).description!;
  }

  reason(flag: string): string {
    return this.flag(flag).reason!;
  }

  level(flag: string): RedFlagLevel {
    return this.flag(flag).level!;
  }

  /** Every flag id in lexicon order. */
  flagIds(): string[] {
    return [...this.flagsById.keys()];
  }

  private flag(id: string): EntryDef {
    const f = this.flagsById.get(id);
    if (!f) throw new Error(`unknown red flag "${id}"`);
    return f;
  }

  detect(text: string): RedFlagResult | null {
    if (typeof text !== 'string' || text.length === 0) return null;
    const doc = new Doc(this.norm.tokens(text));
    if (doc.tokens.length === 0) return null;

    const trig = this.triggers.find(doc);
    const pseudo = trig.filter((m) => m.payload.cat === 'pseudo');
    const inPseudo = (m: Match<Trigger>) => pseudo.some((p) => p !== m && p.start <= m.start && m.start < p.end);
    const live = trig.filter((m) => m.payload.cat !== 'pseudo' && !inPseudo(m));
    const clause = this.clauses(doc, live);

    const present = new Set<string>();
    const found = this.findings.find(doc);
    const excepted = found.filter((m) => m.payload.except);
    for (const m of found) {
      const def = m.payload.entry.def;
      if (m.payload.except || present.has(def.id)) continue;
      if (excepted.some((x) => x.payload.entry === m.payload.entry && x.start <= m.start && m.end <= x.end)) continue;
      if (this.governed(doc, m, live, clause)) continue;
      present.add(def.id);
    }
    return this.result(present);
  }

  /** Clause number of every token. */
  private clauses(doc: Doc, live: Match<Trigger>[]): number[] {
    const cut = new Array<boolean>(doc.tokens.length).fill(false);
    for (const m of live) if (m.payload.cat === 'termination') cut[m.start] = true;
    doc.tokens.forEach((tok, i) => {
      const next = doc.tokens[i + 1];
      if (SENTENCE_END.has(tok) && next !== undefined) cut[i + 1] = true;
      // ", I can't pee" / "and my legs...": a new subject starts a new clause.
      if (next !== undefined && this.clauseStart.has(next)) {
        if (tok === ',') cut[i + 1] = true;
        if (this.conjunctions.has(tok)) cut[i] = true;
      }
    });
    const out: number[] = [];
    let c = 0;
    cut.forEach((isCut, i) => {
      if (isCut && i > 0) c++;
      out.push(c);
    });
    return out;
  }

  /** True when a trigger in the finding's clause makes it not the user's own current symptom. */
  private governed(doc: Doc, f: Match<{ entry: CompiledEntry }>, live: Match<Trigger>[], clause: number[]): boolean {
    const def = f.payload.entry.def;
    const cStart = clause[f.start]!;
    const cEnd = clause[f.end - 1]!;
    for (const t of live) {
      const { cat, dir } = t.payload;
      if (cat === 'termination' || cat === 'open' || cat === 'close') continue;
      if (cat === 'historical' && def.historyCounts) continue;
      if (cat === 'speculation' && !def.speculation) continue;
      if (dir === 'pre') {
        // Must start before the finding, in its clause; triggers inside the finding
        // ("can NOT pee") belong to the finding.
        if (t.start >= f.start || clause[t.start] !== cStart) continue;
        if (cat === 'negation') {
          if (t.end > f.start || f.start - t.end > this.ctx.windows.preNegation) continue;
        }
        if (cat === 'experiencer' && this.mentionsSelf(doc, t.end, f.end)) continue;
        return true;
      }
      if (t.start < f.end || clause[t.start] !== cEnd) continue;
      if (cat === 'negation' && t.start - f.end > this.ctx.windows.postNegation) continue;
      return true;
    }
    return this.inCondition(doc, f, live, clause);
  }

  private mentionsSelf(doc: Doc, from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.firstPerson.has(doc.tokens[i]!)) return true;
    return false;
  }

  /**
   * "If my legs go numb, should I go to A&E?" is hypothetical, but "if I stand up my
   * legs give way" is a real symptom: only a finding wholly inside the if-clause is
   * hypothetical. The if-clause ends with its clause, at a question ("should I",
   * "what"), or where a new subject starts ("... my legs", "... I leak").
   */
  private inCondition(doc: Doc, f: Match<unknown>, live: Match<Trigger>[], clause: number[]): boolean {
    for (const t of live) {
      if (t.payload.cat !== 'open' || t.start >= f.start || clause[t.start] !== clause[f.start]) continue;
      let end = t.end;
      for (; end < doc.tokens.length && clause[end] === clause[t.start]; end++) {
        if (end >= f.start && end < f.end) continue; // never cut inside the finding itself
        if (end > t.end && live.some((c) => c.payload.cat === 'close' && c.start === end)) break;
        if (end > t.end && this.newSubject.has(doc.tokens[end]!) && !this.notNewSubjectAfter.has(doc.tokens[end - 1]!)) break;
      }
      if (f.end <= end) return true;
    }
    return false;
  }

  private result(present: Set<string>): RedFlagResult | null {
    // Combinations ("fever" + "very unwell" -> fever_unwell); repeat so that a flag
    // made by one combination can feed another.
    const consumed = new Set<string>();
    for (let changed = true, pass = 0; changed && pass < 5; pass++) {
      changed = false;
      for (const { def } of this.entries) {
        for (const combo of def.when) {
          if (!combo.every((id) => present.has(id))) continue;
          if (!present.has(def.id)) {
            present.add(def.id);
            changed = true;
          }
          // "fever" inside "fever with confusion" is said better by the combined flag.
          for (const id of combo) if (id !== def.id && this.flagsById.has(id) && def.level === 'emergency') consumed.add(id);
        }
      }
    }
    const flags = [...this.flagsById.values()].filter((f) => present.has(f.id) && !consumed.has(f.id));
    if (flags.length === 0) return null;
    const emergency = flags.filter((f) => f.level === 'emergency').map((f) => f.id);
    const urgent = flags.filter((f) => f.level === 'urgent').map((f) => f.id);
    return { level: emergency.length > 0 ? 'emergency' : 'urgent', flags: [...emergency, ...urgent] };
  }
}
