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

/** Triggers before the finding, after it, or around it ("is <finding> a sign of ...?"). */
interface PrePost { pre: string[]; post: string[]; around: string[] }

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
    const p = asObject(o[key], file, key, ['pre', 'post', 'around']);
    return {
      pre: asStrings(p.pre, file, `${key}.pre`, true),
      post: asStrings(p.post, file, `${key}.post`, true),
      around: asStrings(p.around, file, `${key}.around`, true),
    };
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
  /** answerWords as token lists, longest first (written normalised: "i do not have any"). */
  private readonly answers: string[][];

  constructor(private readonly ctx: ContextDef) {
    this.answers = ctx.answerWords.map((a) => a.trim().split(/\s+/)).sort((a, b) => b.length - a.length);
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
    // Dropped g: "leakin", "givin", "peein" -> "leaking", "giving", "peeing".
    if (tok.length >= 5 && tok.endsWith('in') && !this.known.has(tok) && this.known.has(`${tok}g`)) return `${tok}g`;
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
    // An answer may be several words ("chest pain? i do not have any"); it is then
    // written as a bare "no" so that the post-negation ": no" applies.
    for (let i = 0; i + 1 < out.length; i++) {
      if (out[i] !== '?') continue;
      for (const answer of this.answers) {
        const n = answer.length;
        if (i + n >= out.length || (i + n + 1 < out.length && !PUNCT.has(out[i + n + 1]!))) continue;
        let same = true;
        for (let j = 0; j < n && same; j++) same = out[i + 1 + j] === answer[j];
        if (!same) continue;
        out[i] = ':';
        if (n > 1) out.splice(i + 1, n, 'no');
        break;
      }
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
  | { k: 'word'; re: string; key: string } // key: "=word" (whole word) or "^pre" (first letters of a word family)
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

  compile(src: string, file: string, field: string): { re: RegExp; keys: string[] } {
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
      return { k: 'word', re, key: `^${(hash < 0 ? lit : lit.slice(0, hash)).slice(0, 3)}` };
    }
    const toks = this.norm.tokens(w, false);
    if (toks.length === 0) err(`"${raw}" has no letters or digits`);
    toks.forEach((t) => this.vocabulary.add(t));
    const nodes: Node[] = toks.map((t) => ({ k: 'word', re: escapeRe(t) + '(?![^ ])', key: `=${t}` }));
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

/** Keys of the words a pattern can start with (see Node), so it is only tried there. */
function firstKeys(nodes: Node[]): string[] {
  const keys: string[] = [];
  for (const n of nodes) {
    if (n.k === 'not' || n.k === 'gap' || n.k === 'end') continue;
    const inner = n.k === 'opt' ? n.node : n;
    if (inner.k === 'word') keys.push(inner.key);
    else if (inner.k === 'alt') for (const a of inner.alts) keys.push(...firstKeys(a));
    if (n.k !== 'opt') break;
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
  private count = 0;

  constructor(private readonly compiler: PatternCompiler) {}

  add(src: string, payload: T, file: string, field: string): void {
    const { re, keys } = this.compiler.compile(src, file, field);
    const entry = { re, payload, id: this.count++ };
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
      run(this.byKey.get(`=${tok}`));
      for (let n = 0; n <= Math.min(3, tok.length); n++) run(this.byKey.get(`^${tok.slice(0, n)}`));
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
type Trigger = { cat: Category | 'pseudo' | 'termination' | 'open' | 'close'; dir: 'pre' | 'post' | 'around' | 'any' };

export class RedFlagDetector {
  private readonly norm: Normalizer;
  private readonly findings: PhraseSet<{ entry: EntryDef; except: boolean }>;
  private readonly triggers: PhraseSet<Trigger>;
  /** Flags then signs, in lexicon order. */
  private readonly entries: EntryDef[];
  private readonly flagsById = new Map<string, EntryDef>();
  private readonly words: ScopeWords;

  private constructor(lexicon: Lexicon, ctx: ContextDef, lexFile: string, ctxFile: string) {
    this.norm = new Normalizer(ctx);
    const compiler = new PatternCompiler(this.norm, lexicon.terms, ctx.gapStop, lexFile);
    this.entries = [...lexicon.flags, ...lexicon.signs];
    for (const f of lexicon.flags) this.flagsById.set(f.id, f);

    this.findings = new PhraseSet(compiler);
    for (const e of this.entries) {
      e.patterns.forEach((p, i) => this.findings.add(p, { entry: e, except: false }, lexFile, `${e.field}.patterns[${i}]`));
      e.except.forEach((p, i) => this.findings.add(p, { entry: e, except: true }, lexFile, `${e.field}.except[${i}]`));
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
      addAll(ctx[cat].around, { cat, dir: 'around' }, `${cat}.around`);
    }
    // Every word the lexicon uses is a real word, not a typo to be corrected.
    for (const w of compiler.vocabulary) this.norm.addKnownWord(w);
    const words = (l: string[]) => new Set(l.flatMap((w) => this.norm.tokens(w, false)));
    this.words = {
      clauseStart: words(ctx.clauseStart),
      conjunctions: words(ctx.clauseConjunctions),
      firstPerson: words(ctx.firstPerson),
      newSubject: words(ctx.conditional.newSubject),
      notNewSubjectAfter: words(ctx.conditional.notNewSubjectAfter),
      windows: ctx.windows,
    };
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
    const scope = new Scope(doc, this.triggers.find(doc), this.words);

    const found = this.findings.find(doc);
    // Exceptions ("hay fever"): per entry, the furthest end of an exception
    // span starting at or before each token.
    const exceptEnd = new Map<EntryDef, Int32Array>();
    for (const m of found) {
      if (!m.payload.except) continue;
      let arr = exceptEnd.get(m.payload.entry);
      if (!arr) exceptEnd.set(m.payload.entry, (arr = new Int32Array(doc.tokens.length + 1).fill(-1)));
      arr[m.start] = Math.max(arr[m.start]!, m.end);
    }
    for (const arr of exceptEnd.values()) for (let i = 1; i < arr.length; i++) arr[i] = Math.max(arr[i]!, arr[i - 1]!);

    const present = new Set<string>();
    for (const m of found) {
      const def = m.payload.entry;
      if (m.payload.except || present.has(def.id)) continue;
      if ((exceptEnd.get(m.payload.entry)?.[m.start] ?? -1) >= m.end) continue;
      if (scope.governs(m, def)) continue;
      present.add(def.id);
    }
    return this.result(present);
  }

  private result(present: Set<string>): RedFlagResult | null {
    // Combinations ("fever" + "very unwell" -> fever_unwell); repeat so that a flag
    // made by one combination can feed another.
    const consumed = new Set<string>();
    for (let changed = true, pass = 0; changed && pass < 5; pass++) {
      changed = false;
      for (const def of this.entries) {
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

interface ScopeWords {
  clauseStart: Set<string>;
  conjunctions: Set<string>;
  firstPerson: Set<string>;
  newSubject: Set<string>;
  notNewSubjectAfter: Set<string>;
  windows: { preNegation: number; postNegation: number };
}
const PRE_CATS = ['hypothetical', 'experiencer', 'historical', 'speculation'] as const;

/**
 * The context of one message, precomputed in a few linear passes so that judging
 * each finding costs O(1) plus the short negation window, however long the
 * message (no finding x trigger loops).
 */
class Scope {
  /** Clause number of every token. */
  private readonly clause: Int32Array;
  /** Negation triggers: latest start of one ending at token i / starting at token i. */
  private readonly negEndingAt: Int32Array;
  private readonly negPostAt: Uint8Array;
  /** For each category: start of the last pre-trigger before token i, and of the next post-trigger at or after i. */
  private readonly lastPre = new Map<Category, Int32Array>();
  private readonly nextPost = new Map<Category, Int32Array>();
  /** End of the experiencer trigger that starts at token i (for the "my wife says I..." check). */
  private readonly experiencerEnd: Int32Array;
  /** First-person words before token i, and if-clause cut points before token i. */
  private readonly selfBefore: Int32Array;
  private readonly cutsBefore: Int32Array;
  /** Start of the last "if" before token i, and the end of the "if" starting at i. */
  private readonly lastOpen: Int32Array;
  private readonly openEnd: Int32Array;
  private readonly win: { preNegation: number; postNegation: number };
  /** "around" triggers: the end of the one starting at token i and its category; then, for
   * each token, the start of the earlier around-trigger reaching furthest. */
  private readonly aroundEnd: Int32Array;
  private readonly aroundCat: Int8Array;
  private readonly aroundBest: Int32Array;

  constructor(private readonly doc: Doc, triggers: Match<Trigger>[], w: ScopeWords) {
    const n = doc.tokens.length;
    this.win = w.windows;
    // A trigger inside a pseudo-trigger ("no matter", "as if") is not one.
    const pseudo = new Uint8Array(n + 1);
    for (const t of triggers) if (t.payload.cat === 'pseudo') pseudo.fill(1, t.start, t.end);
    const live = triggers.filter((t) => t.payload.cat !== 'pseudo' && !pseudo[t.start]);

    // Clauses: sentence ends, termination words, and ", I ..." / "and my ...".
    const cut = new Uint8Array(n + 1);
    for (const t of live) if (t.payload.cat === 'termination') cut[t.start] = 1;
    for (let i = 0; i + 1 < n; i++) {
      const tok = doc.tokens[i]!;
      const next = doc.tokens[i + 1]!;
      // A colon or dash ("never had this before - I can't pee") starts a new clause;
      // the colon itself stays with what it answers ("fever: no").
      if (SENTENCE_END.has(tok) || tok === ':') cut[i + 1] = 1;
      if (w.clauseStart.has(next)) {
        if (tok === ',') cut[i + 1] = 1;
        if (w.conjunctions.has(tok)) cut[i] = 1;
      }
    }
    this.clause = new Int32Array(n + 1);
    for (let i = 1; i <= n; i++) this.clause[i] = this.clause[i - 1]! + (cut[i] ? 1 : 0);

    this.negEndingAt = new Int32Array(n + 1).fill(-1);
    this.negPostAt = new Uint8Array(n + 1);
    this.experiencerEnd = new Int32Array(n + 1);
    this.aroundEnd = new Int32Array(n + 1);
    this.aroundCat = new Int8Array(n + 1);
    const preAt = new Map<Category, Uint8Array>();
    const postAt = new Map<Category, Uint8Array>();
    for (const c of PRE_CATS) {
      preAt.set(c, new Uint8Array(n + 1));
      postAt.set(c, new Uint8Array(n + 1));
    }
    const closeAt = new Uint8Array(n + 1);
    const openAt = new Int32Array(n + 1);
    for (const t of live) {
      const { cat, dir } = t.payload;
      if (cat === 'close') closeAt[t.start] = 1;
      else if (cat === 'open') openAt[t.start] = Math.max(openAt[t.start]!, t.end);
      else if (cat === 'negation') {
        if (dir === 'pre') this.negEndingAt[t.end] = Math.max(this.negEndingAt[t.end]!, t.start);
        else this.negPostAt[t.start] = 1;
      } else if (cat !== 'termination' && cat !== 'pseudo') {
        if (dir === 'around') {
          // Keep, per start, the furthest-reaching one: it covers the most findings.
          if (t.end > this.aroundEnd[t.start]!) this.aroundEnd[t.start] = t.end;
          this.aroundCat[t.start] = PRE_CATS.indexOf(cat);
          continue;
        }
        (dir === 'pre' ? preAt : postAt).get(cat)![t.start] = 1;
        if (cat === 'experiencer' && dir === 'pre') this.experiencerEnd[t.start] = Math.max(this.experiencerEnd[t.start]!, t.end);
      }
    }
    for (const c of PRE_CATS) {
      const pre = preAt.get(c)!;
      const last = new Int32Array(n + 1);
      last[0] = -1;
      for (let i = 1; i <= n; i++) last[i] = pre[i - 1] ? i - 1 : last[i - 1]!;
      this.lastPre.set(c, last);
      const post = postAt.get(c)!;
      const next = new Int32Array(n + 2).fill(-1);
      for (let i = n; i >= 0; i--) next[i] = post[i] ? i : next[i + 1]!;
      this.nextPost.set(c, next);
    }

    this.selfBefore = new Int32Array(n + 1);
    this.cutsBefore = new Int32Array(n + 1);
    this.lastOpen = new Int32Array(n + 1);
    this.lastOpen[0] = -1;
    for (let i = 0; i < n; i++) {
      const tok = doc.tokens[i]!;
      this.selfBefore[i + 1] = this.selfBefore[i]! + (w.firstPerson.has(tok) ? 1 : 0);
      // An if-clause ends at a question ("should I", "what") or a new subject ("... my legs").
      const isCut = closeAt[i] || (i > 0 && w.newSubject.has(tok) && !w.notNewSubjectAfter.has(doc.tokens[i - 1]!));
      this.cutsBefore[i + 1] = this.cutsBefore[i]! + (isCut ? 1 : 0);
      this.lastOpen[i + 1] = openAt[i] ? i : this.lastOpen[i]!;
    }
    this.openEnd = openAt;
    this.aroundBest = new Int32Array(n + 1);
    this.aroundBest[0] = -1;
    for (let i = 1; i <= n; i++) {
      const prev = this.aroundBest[i - 1]!;
      const here = this.aroundEnd[i - 1]! > 0 ? i - 1 : -1;
      this.aroundBest[i] = here >= 0 && (prev < 0 || this.aroundEnd[here]! >= this.aroundEnd[prev]!) ? here : prev;
    }
  }

  /** True when a trigger in the finding's clause makes it not the user's own current symptom. */
  governs(f: Match<unknown>, def: EntryDef): boolean {
    const c0 = this.clause[f.start]!;
    const c1 = this.clause[f.end - 1]!;
    const win = this.win;
    // Negation: a trigger ending at most `preNegation` words before the finding
    // (a trigger inside the finding, as in "can NOT pee", does not count)...
    for (let e = f.start; e >= 0 && f.start - e <= win.preNegation; e--) {
      const s = this.negEndingAt[e]!;
      if (s >= 0 && s < f.start && this.clause[s] === c0) return true;
    }
    // ...or starting at most `postNegation` words after it ("... is fine").
    for (let s = f.end; s < this.doc.tokens.length && s - f.end <= win.postNegation; s++) {
      if (this.negPostAt[s] && this.clause[s] === c1) return true;
    }
    for (const cat of PRE_CATS) {
      if (cat === 'historical' && def.historyCounts) continue;
      if (cat === 'speculation' && !def.speculation) continue;
      const s = this.lastPre.get(cat)![f.start]!;
      if (s >= 0 && this.clause[s] === c0) {
        // "my wife says I wet myself" is about the user.
        const self = cat === 'experiencer' && this.selfBefore[f.end]! - this.selfBefore[Math.min(this.experiencerEnd[s]!, f.end)]! > 0;
        if (!self) return true;
      }
      const p = this.nextPost.get(cat)![f.end]!;
      if (p >= 0 && this.clause[p] === c1) return true;
    }
    // "is <finding> a sign of ...?": a trigger that starts before and ends after it,
    // asked in general: "is numbness in MY groin serious?" is about the user.
    const a = this.aroundBest[f.start]!;
    if (a >= 0 && this.aroundEnd[a]! >= f.end && this.clause[a] === c0 && this.selfBefore[this.aroundEnd[a]!] === this.selfBefore[a]) {
      const cat = PRE_CATS[this.aroundCat[a]!]!;
      if (!(cat === 'historical' && def.historyCounts) && !(cat === 'speculation' && !def.speculation)) return true;
    }
    return this.inCondition(f, c0, c1);
  }

  /**
   * "If my legs go numb, should I go to A&E?" is hypothetical, but "if I stand up my
   * legs give way" is a real symptom: only a finding wholly inside the if-clause
   * (no question or new subject between "if" and the finding) is hypothetical.
   */
  private inCondition(f: Match<unknown>, c0: number, c1: number): boolean {
    const t = this.lastOpen[f.start]!;
    if (t < 0 || this.clause[t] !== c0 || c0 !== c1) return false;
    const from = this.openEnd[t]! + 1;
    return from > f.start || this.cutsBefore[f.start]! - this.cutsBefore[from]! === 0;
  }
}
