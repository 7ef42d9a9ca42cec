import { baseForms } from '../nlu/conceptLexicon';
import type { TextNormalizer } from '../nlu/textNormalizer';
import { readYamlFile } from '../util/yamlFile';

/**
 * knowledge/scope.yaml: other body parts and complaints the bot does not
 * cover, with a short, kind answer that says where to go instead.
 */
export class ScopeGuide {
  private readonly partByWord = new Map<string, string>();

  private constructor(
    readonly reply: string,
    parts: ReadonlyArray<{ name: string; words: string[] }>,
    private readonly words: (text: string) => string[],
  ) {
    for (const part of parts) for (const w of part.words) this.partByWord.set(w.toLowerCase(), part.name);
  }

  static fromFile(path: string, normalizer: Pick<TextNormalizer, 'words'>): ScopeGuide {
    const data = readYamlFile(path) as { reply?: unknown; parts?: unknown } | null;
    if (!data || typeof data.reply !== 'string' || !data.reply.trim()) throw new Error(`${path}: field "reply" must be a non-empty string`);
    if (!Array.isArray(data.parts) || data.parts.length === 0) throw new Error(`${path}: field "parts" must be a non-empty list`);
    data.parts.forEach((p: { name?: unknown; words?: unknown }, i) => {
      if (typeof p?.name !== 'string' || !Array.isArray(p.words) || p.words.length === 0 || p.words.some((w) => typeof w !== 'string')) {
        throw new Error(`${path}: parts[${i}] needs a "name" and a non-empty list of "words"`);
      }
    });
    return new ScopeGuide(data.reply.trim(), data.parts as Array<{ name: string; words: string[] }>, (t) => normalizer.words(t));
  }

  /** The first out-of-scope part the message names ("knee"), or undefined. */
  partIn(text: string): string | undefined {
    for (const word of this.words(text)) {
      for (const form of baseForms(word)) {
        const part = this.partByWord.get(form);
        if (part) return part;
      }
    }
    return undefined;
  }
}
