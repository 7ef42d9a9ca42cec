/**
 * The red-flag lexicon's pattern language (documented at the top of
 * knowledge/safety/red-flags.yaml), compiled to a RegExp over the symptom
 * parser's prepared text.
 *
 * Why not the red-flag compiler itself: that one matches normalised token
 * streams ("can't" -> "can not"), while the parser needs character offsets in
 * the text the date and number recognizers read. The language is the same,
 * so a clinician reviews knowledge/triage/*.yaml the same way. The prepared
 * text has the language layer's folding and misspelling fixes but keeps
 * contractions as typed, hence "don't" matching "dont" here.
 *
 *   word       the whole word ("don't" also matches "dont")
 *   word*      a word starting with "word"        #   one digit
 *   (a|b c)    one of the alternatives            x?  optional word or group
 *   {term}     a named word family                !x  only if not followed by x
 *   ...        up to 4 other words; ...7 up to 7  $   before punctuation or the end
 * Words are separated by spaces or hyphens in the text ("shoulder-blade").
 */

export class PatternError extends Error {}

type Node =
  | { k: 'word'; re: string }
  | { k: 'alt'; alts: Node[][] }
  | { k: 'opt'; node: Node }
  | { k: 'gap'; max: number }
  | { k: 'not'; node: Node }
  | { k: 'end' };

// Between two words: spaces or hyphens (none before or after "/", "&").
const JOIN = '[\\s-]*';
const GAP_WORD = "[\\w'%/]+";

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

export class PhraseCompiler {
  private readonly termCache = new Map<string, Node[]>();

  constructor(private readonly terms: ReadonlyMap<string, string> = new Map()) {}

  /** Regex source for one pattern (no flags), to combine into larger expressions. */
  source(src: string): string {
    return this.seq(this.parse(src, []), src);
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

  private parse(src: string, stack: string[]): Node[] {
    let i = 0;
    const err = (msg: string): never => {
      throw new PatternError(`pattern "${src}": ${msg}`);
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
        return { k: 'alt', alts: [this.term(name, stack, err)] };
      }
      const m = /^[^\s()|{}!?$]+/.exec(src.slice(i));
      if (!m) return err(`unexpected "${src[i]}" at ${i}`);
      i += m[0].length;
      return word(m[0], err);
    };
    const seq = parseSeq();
    if (i < src.length) err(`unexpected "${src[i]}" at ${i}`);
    if (seq.length === 0) err('is empty');
    return seq;
  }

  private term(name: string, stack: string[], err: (m: string) => never): Node[] {
    const cached = this.termCache.get(name);
    if (cached) return cached;
    const src = this.terms.get(name);
    if (src === undefined) return err(`unknown term {${name}}`);
    if (stack.includes(name)) return err(`term {${name}} refers to itself`);
    const nodes = this.parse(src, [...stack, name]);
    this.termCache.set(name, nodes);
    return nodes;
  }

  /** Every item after the first brings its own leading joiner. */
  private seq(nodes: Node[], src: string): string {
    let out = '';
    let started = false;
    for (const n of nodes) {
      if (n.k === 'gap') {
        if (!started) throw new PatternError(`pattern "${src}": a gap cannot come first`);
        out += `(?:\\s+${GAP_WORD}){0,${n.max}}?`;
      } else if (n.k === 'end') {
        out += '(?=\\s*[.!?;:,]|\\s*$)';
      } else if (n.k === 'not') {
        out += `(?!${started ? JOIN : ''}${this.node(n.node, src)})`;
      } else if (n.k === 'opt') {
        const inner = this.node(n.node, src);
        out += started ? `(?:${JOIN}${inner})?` : `(?:${inner}${JOIN})?`;
      } else {
        out += (started ? JOIN : '') + this.node(n, src);
        started = true;
      }
    }
    if (!started) throw new PatternError(`pattern "${src}": needs at least one word that is not optional`);
    return out;
  }

  private node(n: Node, src: string): string {
    if (n.k === 'word') return n.re;
    if (n.k === 'alt') return `(?:${n.alts.map((a) => this.seq(a, src)).join('|')})`;
    return this.seq([n], src);
  }
}

/** One written word: boundaries where it starts or ends with a letter or digit. */
function word(raw: string, err: (m: string) => never): Node {
  const prefix = raw.endsWith('*');
  const w = (prefix ? raw.slice(0, -1) : raw).toLowerCase();
  if (w === '') return err('"*" needs a word before it');
  let body = '';
  for (const c of w) body += c === '#' ? '\\d' : c === "'" ? "'?" : escapeRe(c);
  const head = /^[\w#]/.test(w) ? '\\b' : '';
  const tail = prefix ? "[\\w']*" : /[\w#]$/.test(w) ? '(?![\\w])' : '';
  return { k: 'word', re: `${head}${body}${tail}` };
}
