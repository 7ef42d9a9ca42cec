import { PatternError, TokenPatternCompiler } from '../language/patterns';
import type { Language } from '../language/language';
import { fail, readDataFile } from './dataChecks';

// Matching many phrases: each phrase is tried only where a token starts with
// one of its possible first words.

export interface Match<T> { start: number; end: number; payload: T }

export class PhraseSet<T> {
  private readonly byKey = new Map<string, { re: RegExp; payload: T; id: number }[]>();
  private count = 0;

  /** @param termFile where the compiler's word families are written, to name it in errors */
  constructor(private readonly compiler: TokenPatternCompiler, private readonly termFile: string) {}

  add(src: string, payload: T, file: string, field: string): void {
    const { re, keys } = this.compile(src, file, field);
    const entry = { re, payload, id: this.count++ };
    for (const k of new Set(keys)) {
      const list = this.byKey.get(k) ?? [];
      list.push(entry);
      this.byKey.set(k, list);
    }
  }

  /** Compiles, turning a pattern error into one that names the file and field at fault. */
  private compile(src: string, file: string, field: string): { re: RegExp; keys: string[] } {
    try {
      return this.compiler.compile(src);
    } catch (e) {
      if (!(e instanceof PatternError)) throw e;
      return e.term ? fail(this.termFile, `terms.${e.term}`, e.message) : fail(file, field, e.message);
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
export class Doc {
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

/** The key of a phrase-list file for lists written once and named by several keys (YAML anchors). */
const SHARED = 'shared';

/**
 * A data file mapping red-flag categories (or other keys) to lists of phrases, as
 * check-anchors.yaml, fears.yaml and ordinary-causes.yaml are: the phrases, each
 * with its key as payload, and the keys in file order. A list may hold a shared
 * list (a YAML alias) as one item.
 */
export function readPhraseLists(file: string, language: Language, skip: readonly string[] = []): { phrases: PhraseSet<string>; keys: string[] } {
  const raw = readDataFile(file);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${file}: expected a map of red-flag categories to lists of phrases`);
  const compiler = new TokenPatternCompiler((word) => language.tokens(word), new Map(), []);
  const phrases = new PhraseSet<string>(compiler, file);
  const keys: string[] = [];
  for (const [key, list] of Object.entries(raw as Record<string, unknown>)) {
    if (key === SHARED || skip.includes(key)) continue;
    const flat: unknown[] = Array.isArray(list) ? list.flat() : [];
    if (!flat.length || flat.some((p) => typeof p !== 'string')) throw new Error(`${file}: ${key} must be a non-empty list of phrases`);
    keys.push(key);
    (flat as string[]).forEach((p, i) => phrases.add(p, key, file, `${key}[${i}]`));
  }
  return { phrases, keys };
}
