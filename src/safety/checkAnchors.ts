/**
 * A check question on the learned stage's word alone needs some word of the
 * flag's own (knowledge/safety/check-anchors.yaml): the model, reading a bag of
 * words, is sometimes unsure about an ordinary message whose words only look
 * like a sign's ("the ball slipped" read as a lump, a fever from no fever word).
 * Only the categories listed are held to this; the rest are asked as before.
 */
import { TokenPatternCompiler } from '../language/patterns';
import type { Language } from '../language/language';
import { readDataFile } from './redFlagData';
import { Doc, PhraseSet } from './phraseSet';

/** The file's key for lists written once and named by several categories (YAML anchors). */
const SHARED = 'shared';

export class CheckAnchors {
  private constructor(
    private readonly phrases: PhraseSet<string>,
    private readonly categories: ReadonlySet<string>,
    private readonly language: Language,
  ) {}

  static fromFile(file: string, language: Language): CheckAnchors {
    const raw = readDataFile(file);
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${file}: expected a map of red-flag categories to lists of phrases`);
    const compiler = new TokenPatternCompiler((word) => language.tokens(word), new Map(), []);
    const phrases = new PhraseSet<string>(compiler, file);
    const categories = new Set<string>();
    for (const [category, list] of Object.entries(raw as Record<string, unknown>)) {
      if (category === SHARED) continue;
      // A list may hold a shared list (a YAML alias such as *cancer_words) as one item.
      const flat: unknown[] = Array.isArray(list) ? list.flat() : [];
      if (!flat.length || flat.some((p) => typeof p !== 'string')) throw new Error(`${file}: ${category} must be a non-empty list of phrases`);
      categories.add(category);
      (flat as string[]).forEach((p, i) => phrases.add(p, category, file, `${category}[${i}]`));
    }
    return new CheckAnchors(phrases, categories, language);
  }

  /** The categories held to an anchor. */
  listed(): string[] {
    return [...this.categories];
  }

  /** The categories whose words the text names. */
  named(text: string): string[] {
    return [...new Set(this.phrases.find(new Doc(this.language.tokens(text))).map((m) => m.payload))];
  }

  /** Does the text name one of the flag's own words (always true for a category not listed)? */
  anchors(flag: string, text: string): boolean {
    if (!this.categories.has(flag)) return true;
    return this.phrases.find(new Doc(this.language.tokens(text))).some((m) => m.payload === flag);
  }
}
