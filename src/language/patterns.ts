/**
 * The pattern language of the reviewable vocabularies (documented at the top of
 * knowledge/safety/red-flags.yaml; knowledge/triage/*.yaml use it too), parsed
 * once here and compiled to a RegExp for one of two kinds of text:
 *
 *  - tokens: the language layer's normalised token stream joined by single
 *    spaces ("can't" -> "can not"), matched sticky at a token by the red-flag
 *    detector (src/safety/phraseSet.ts);
 *  - text:   the symptom parser's prepared text, which keeps contractions as
 *    typed and the character offsets the date and number recognizers read.
 *
 * Every quantifier is bounded, so no pattern can backtrack catastrophically.
 *   word       the whole word                     word*  a word starting with "word"
 *   #          one digit                          (a|b c)  one of the alternatives
 *   x?         optional word or group             {term}   a named word family
 *   !x         only if not followed by x          $        before punctuation or the end
 *   ...        up to 4 other words; ...7 up to 7
 */

/** A malformed pattern. `term` names the word family whose own text is at fault. */
export class PatternError extends Error {
  constructor(message: string, readonly term?: string) {
    super(message);
  }
}

export type Node =
  | { k: 'word'; raw: string; prefix: boolean }
  | { k: 'alt'; alts: Node[][] }
  | { k: 'opt'; node: Node }
  | { k: 'gap'; max: number }
  | { k: 'not'; node: Node }
  | { k: 'end' };

type WordNode = Extract<Node, { k: 'word' }>;

/** How one kind of text spells the pieces of a pattern. */
interface Target {
  /** Regex for one written word, and the key of the token it starts with (see firstKeys). */
  word(w: WordNode): { re: string; key: string };
  /** Between two consecutive items. */
  join: string;
  gap(max: number): string;
  end: string;
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Parses patterns against one set of named word families, caching the families. */
class Parser {
  private readonly termCache = new Map<string, Node[]>();

  constructor(private readonly terms: ReadonlyMap<string, string>) {}

  parse(src: string, stack: string[] = []): Node[] {
    let i = 0;
    const term = stack[stack.length - 1];
    const err = (msg: string): never => {
      throw new PatternError(`pattern "${src}": ${msg}`, term);
    };
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
          node = { k: 'not', node: parseAtom() };
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
    const checkedSeq = (): Node[] => {
      const seq = parseSeq();
      if (seq.length > 0) checkStart(seq, err);
      return seq;
    };
    const parseAtom = (): Node => {
      if (src[i] === '(') {
        i++;
        const alts: Node[][] = [checkedSeq()];
        while (src[i] === '|') {
          i++;
          alts.push(checkedSeq());
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
        return { k: 'alt', alts: [this.term(name, src, stack)] };
      }
      const m = /^[^\s()|{}!?$]+/.exec(src.slice(i));
      if (!m) return err(`unexpected "${src[i]}" at ${i}`);
      i += m[0].length;
      const prefix = m[0].endsWith('*');
      const raw = prefix ? m[0].slice(0, -1) : m[0];
      if (raw === '') err('"*" needs a word before it');
      return { k: 'word', raw, prefix };
    };
    const seq = checkedSeq();
    if (i < src.length) err(`unexpected "${src[i]}" at ${i}`);
    if (seq.length === 0) err('is empty');
    return seq;
  }

  private term(name: string, src: string, stack: string[]): Node[] {
    const cached = this.termCache.get(name);
    if (cached) return cached;
    const body = this.terms.get(name);
    const where = stack[stack.length - 1];
    if (body === undefined) throw new PatternError(`unknown term {${name}} in pattern "${src}"`, where);
    if (stack.includes(name)) throw new PatternError(`pattern "${src}": term {${name}} refers to itself via ${stack.join(' -> ')}`, name);
    const nodes = this.parse(body, [...stack, name]);
    this.termCache.set(name, nodes);
    return nodes;
  }
}

/** A sequence must hold a word that is not optional, and cannot open with a gap or "$". */
function checkStart(seq: Node[], err: (m: string) => never): void {
  for (const n of seq) {
    if (n.k === 'gap') err('a gap cannot come first');
    if (n.k === 'end') err('"$" cannot come first');
    if (n.k === 'word' || n.k === 'alt') return;
  }
  err('needs at least one word that is not optional');
}

/** Compiles parsed patterns for one Target. */
class Emitter {
  // A word family's parsed nodes are shared by every pattern that names it;
  // emitting them once per family, not once per use, is most of start-up's
  // pattern compiling.
  private readonly emitted = new WeakMap<Node[], string>();
  private readonly starts = new WeakMap<Node[], string[]>();

  constructor(private readonly target: Target) {}

  /** Every item after the first brings its own leading joiner. */
  seq(nodes: Node[]): string {
    let out = this.emitted.get(nodes);
    if (out === undefined) this.emitted.set(nodes, (out = this.emitSeq(nodes)));
    return out;
  }

  private emitSeq(nodes: Node[]): string {
    const { join } = this.target;
    let out = '';
    let started = false;
    for (const n of nodes) {
      if (n.k === 'gap') out += this.target.gap(n.max);
      else if (n.k === 'end') out += this.target.end;
      else if (n.k === 'not') out += `(?!${started ? join : ''}${this.node(n.node)})`;
      else if (n.k === 'opt') {
        const inner = this.node(n.node);
        out += started ? `(?:${join}${inner})?` : `(?:${inner}${join})?`;
      } else {
        out += (started ? join : '') + this.node(n);
        started = true;
      }
    }
    return out;
  }

  private node(n: Node): string {
    if (n.k === 'word') return this.target.word(n).re;
    if (n.k === 'alt') return `(?:${n.alts.map((a) => this.seq(a)).join('|')})`;
    return this.seq([n]);
  }

  /** Keys of the words a pattern can start with, so it is only tried there. */
  firstKeys(nodes: Node[]): string[] {
    let keys = this.starts.get(nodes);
    if (keys === undefined) this.starts.set(nodes, (keys = this.findFirstKeys(nodes)));
    return keys;
  }

  private findFirstKeys(nodes: Node[]): string[] {
    const keys: string[] = [];
    for (const n of nodes) {
      if (n.k === 'not' || n.k === 'gap' || n.k === 'end') continue;
      const inner = n.k === 'opt' ? n.node : n;
      if (inner.k === 'word') keys.push(this.target.word(inner).key);
      else if (inner.k === 'alt') for (const a of inner.alts) keys.push(...this.firstKeys(a));
      if (n.k !== 'opt') break;
    }
    return keys;
  }
}

/**
 * For the normalised token stream. A key is "=token" for a whole word or
 * "^pre" (up to 3 first letters) for a word family or digit mask.
 */
export class TokenPatternCompiler {
  readonly vocabulary = new Set<string>();
  private readonly parser: Parser;
  private readonly emitter: Emitter;
  /** Each pattern word normalised once: lexicons repeat their words thousands of times. */
  private readonly normalized = new Map<string, string[]>();

  /**
   * @param normalize a pattern word as the normalised token(s) it stands for
   *   (the same steps as user text, so "can't" in a pattern matches "cant")
   * @param gapStop tokens a gap may not cross (negations, "but"): "numb ... groin"
   *   must not match "numb, but not my groin"
   */
  constructor(private readonly normalize: (word: string) => string[], terms: ReadonlyMap<string, string>, gapStop: string[]) {
    const stops = gapStop.map(escapeRe).join('|');
    const gapWord = `(?!(?:[.!?;:,]${stops ? `|${stops}` : ''})(?![^ ]))[^ ]+`;
    this.parser = new Parser(terms);
    this.emitter = new Emitter({
      word: (w) => this.word(w),
      join: ' ',
      gap: (max) => `(?: ${gapWord}){0,${max}}`,
      end: '(?= [.!?;:,]|$)',
    });
  }

  /** A sticky RegExp to run at a token's start, and the keys of the tokens it can start at. */
  compile(src: string): { re: RegExp; keys: string[] } {
    const nodes = this.parser.parse(src);
    return { re: new RegExp(this.emitter.seq(nodes), 'y'), keys: this.emitter.firstKeys(nodes) };
  }

  private word(w: WordNode): { re: string; key: string } {
    if (w.prefix || w.raw.includes('#')) {
      // Word families and digit masks are written already normalised.
      const lit = w.raw.toLowerCase();
      const re = lit.split('').map((c) => (c === '#' ? '\\d' : escapeRe(c))).join('') + (w.prefix ? '[^ ]*' : '') + '(?![^ ])';
      const hash = lit.indexOf('#');
      return { re, key: `^${(hash < 0 ? lit : lit.slice(0, hash)).slice(0, 3)}` };
    }
    let toks = this.normalized.get(w.raw);
    if (!toks) this.normalized.set(w.raw, (toks = this.normalize(w.raw)));
    if (toks.length === 0) throw new PatternError(`pattern word "${w.raw}" has no letters or digits`);
    toks.forEach((t) => this.vocabulary.add(t));
    const re = toks.map((t) => escapeRe(t) + '(?![^ ])').join(' ');
    return { re: toks.length === 1 ? re : `(?:${re})`, key: `=${toks[0]}` };
  }
}

// Between two words of the prepared text: spaces or hyphens ("shoulder-blade").
const TEXT_JOIN = '[\\s-]*';
const TEXT_GAP_WORD = "[\\w'%/]+";

/** For the symptom parser's prepared text, where "don't" also matches "dont". */
export class TextPatternCompiler {
  private readonly parser: Parser;
  private readonly emitter = new Emitter({
    word: (w) => ({ re: textWord(w), key: '' }),
    join: TEXT_JOIN,
    gap: (max) => `(?:\\s+${TEXT_GAP_WORD}){0,${max}}?`,
    end: '(?=\\s*[.!?;:,]|\\s*$)',
  });

  constructor(terms: ReadonlyMap<string, string> = new Map()) {
    this.parser = new Parser(terms);
  }

  /** Regex source for one pattern (no flags), to combine into larger expressions. */
  source(src: string): string {
    return this.emitter.seq(this.parser.parse(src));
  }

  /** A RegExp matching any of the patterns anywhere ('g' for matchAll: each match is one mention). */
  any(patterns: readonly string[], flags: '' | 'g'): RegExp {
    return new RegExp(this.alternatives(patterns), flags);
  }

  /** A RegExp matching any of the patterns at the start of the text. */
  atStart(patterns: readonly string[]): RegExp {
    return new RegExp(`^${this.alternatives(patterns)}(?![\\w'])`);
  }

  /** A RegExp matching when the whole text is one of the patterns. */
  whole(patterns: readonly string[]): RegExp {
    return new RegExp(`^${this.alternatives(patterns)}$`);
  }

  private alternatives(patterns: readonly string[]): string {
    if (patterns.length === 0) throw new PatternError('no patterns');
    return `(?:${patterns.map((p) => this.source(p)).join('|')})`;
  }
}

/** One written word: boundaries where it starts or ends with a letter or digit; "'" optional. */
function textWord(w: WordNode): string {
  const lit = w.raw.toLowerCase();
  let body = '';
  for (const c of lit) body += c === '#' ? '\\d' : c === "'" ? "'?" : escapeRe(c);
  const head = /^[\w#]/.test(lit) ? '\\b' : '';
  const tail = w.prefix ? "[\\w']*" : /[\w#]$/.test(lit) ? '(?![\\w])' : '';
  return `${head}${body}${tail}`;
}
