import { fail } from './redFlagData';

// The red-flag pattern language (documented at the top of red-flags.yaml),
// compiled to a sticky RegExp over the normalised text, where tokens are
// separated by one space. Every quantifier is bounded, so no pattern can
// backtrack catastrophically on long or odd input.
//   word   a whole word          numb*  a word starting with "numb"   #  one digit
//   (a|b c)  one of             x?  optional          {term}  a named word family
//   ...  up to 4 other words    ...7  up to 7 words   !x  not followed by x
//   $  end of the clause (before punctuation or the end of the message)

export type Node =
  | { k: 'word'; re: string; key: string } // key: "=word" (whole word) or "^pre" (first letters of a word family)
  | { k: 'alt'; alts: Node[][] }
  | { k: 'opt'; node: Node }
  | { k: 'gap'; max: number }
  | { k: 'not'; node: Node }
  | { k: 'end' };

export class PatternCompiler {
  private readonly termCache = new Map<string, Node[]>();
  private readonly gapWord: string;
  readonly vocabulary = new Set<string>();

  /**
   * @param normalize a pattern word as the normalised token(s) it stands for
   *   (the same steps as user text, so "can't" in a pattern matches "cant")
   */
  constructor(
    private readonly normalize: (word: string) => string[],
    private readonly terms: Map<string, string>,
    gapStop: string[],
    private readonly termFile: string,
  ) {
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
    const toks = this.normalize(w);
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
export function firstKeys(nodes: Node[]): string[] {
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

