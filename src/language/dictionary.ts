import { existsSync, readFileSync } from 'node:fs';

/**
 * Real English words (knowledge/language/dictionary.txt, generated from WordNet by
 * scripts/makeDictionary.ts). Typo correction leaves them alone: a word the bot's
 * vocabulary lacks is not therefore a misspelling of one it has ("fire" is not
 * "fine", "mower" is not "lower"). A regular inflection of a listed word counts
 * as real ("weeding", "mowers", "stopped", "tidier").
 */
export class Dictionary {
  constructor(private readonly words: ReadonlySet<string>) {}

  /**
   * One word a line; `#` starts a comment. A missing file is an error at start-up:
   * without it typo correction would quietly rewrite real words again.
   */
  static fromFile(file: string): Dictionary {
    if (!existsSync(file)) throw new Error(`${file}: missing (run \`npx tsx scripts/makeDictionary.ts\`)`);
    const words = new Set<string>();
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const w = line.trim();
      if (w && !w.startsWith('#')) words.add(w);
    }
    return new Dictionary(words);
  }

  get size(): number {
    return this.words.size;
  }

  has(word: string): boolean {
    return this.words.has(word) || lemmaCandidates(word).some((w) => this.words.has(w));
  }
}

const SUFFIXES: ReadonlyArray<[string, string[]]> = [
  ['ies', ['y']],
  ['ied', ['y']],
  ['ier', ['y']],
  ['iest', ['y']],
  ['es', ['', 'e']],
  ['s', ['']],
  ['ing', ['', 'e']],
  ['ed', ['', 'e']],
  ['er', ['', 'e']],
  ['est', ['', 'e']],
  ['ly', ['']],
];

/** The bases a regular inflection could come from, including a doubled final consonant ("stopped" -> "stop"). */
function lemmaCandidates(word: string): string[] {
  const out: string[] = [];
  for (const [suffix, ends] of SUFFIXES) {
    if (!word.endsWith(suffix) || word.length < suffix.length + 3) continue;
    const stem = word.slice(0, -suffix.length);
    for (const end of ends) out.push(stem + end);
    if (stem.length > 3 && stem.at(-1) === stem.at(-2) && !/[aeiou]/.test(stem.at(-1)!)) out.push(stem.slice(0, -1));
  }
  return out;
}
