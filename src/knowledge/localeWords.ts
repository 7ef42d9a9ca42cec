import { readYamlFile } from '../util/yamlFile';
import { isObject } from '../util/isObject';
import { KnowledgeValidationError } from './knowledgeBase';

export type Words = Readonly<Record<string, string>>;

/**
 * The user's words by locale (knowledge/words-by-locale.yaml): "acetaminophen
 * (Tylenol)" in en-US, "paracetamol" in en-GB. The one source of truth that
 * passages' {placeholders} are filled from.
 */
export class LocaleWords {
  private constructor(
    private readonly defaults: Words,
    private readonly byLocale: ReadonlyMap<string, Words>,
  ) {}

  static fromFile(file: string): LocaleWords {
    const data = readYamlFile(file);
    if (!isObject(data) || !isObject(data.default)) throw new KnowledgeValidationError(file, 'default', 'must be a mapping of word -> text');
    const read = (key: string, v: unknown): Record<string, string> => {
      if (!isObject(v)) throw new KnowledgeValidationError(file, key, 'must be a mapping of word -> text');
      for (const [w, t] of Object.entries(v)) if (typeof t !== 'string' || !t.trim()) throw new KnowledgeValidationError(file, `${key}.${w}`, 'must be a non-empty string');
      return v as Record<string, string>;
    };
    const defaults = read('default', data.default);
    const byLocale = new Map<string, Words>();
    for (const [key, v] of Object.entries(data)) {
      if (key === 'default') continue;
      if (!/^[a-z]{2}-[A-Z]{2}$/.test(key)) throw new KnowledgeValidationError(file, key, 'must be a locale such as en-GB');
      const words = read(key, v);
      for (const w of Object.keys(words)) if (!(w in defaults)) throw new KnowledgeValidationError(file, `${key}.${w}`, 'is not defined under default');
      byLocale.set(key.toLowerCase(), { ...defaults, ...words });
    }
    return new LocaleWords(defaults, byLocale);
  }

  /** The placeholders every locale fills. */
  get names(): string[] {
    return Object.keys(this.defaults);
  }

  /** Exact locale, else the same country under another language, else the defaults. */
  forLocale(locale: string | undefined): Words {
    const clean = (locale ?? '').replace(/_/g, '-').split(/[.@]/)[0]!.toLowerCase();
    const exact = this.byLocale.get(clean);
    if (exact) return exact;
    const region = countryOf(clean)?.toLowerCase();
    if (region) for (const [key, words] of this.byLocale) if (key.endsWith(`-${region}`)) return words;
    return this.defaults;
  }
}

/**
 * Fills {placeholders}; "{Paracetamol}" gives the word with a capital first
 * letter, for the start of a sentence. Unknown names are left visible so that
 * review catches them (load-time validation already refuses them).
 */
export function fillWords(text: string, words: Readonly<Record<string, string | undefined>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const key = name.charAt(0).toLowerCase() + name.slice(1);
    const value = words[key];
    if (value === undefined) return whole;
    return name === key ? value : value.charAt(0).toUpperCase() + value.slice(1);
  });
}

/** A locale's country in capitals ("en-au" -> "AU"), or undefined when it names none. */
export function countryOf(locale: string | undefined): string | undefined {
  const clean = (locale ?? '').replace(/_/g, '-').split(/[.@]/)[0]!;
  const region = clean.split('-').find((p, i) => i > 0 && p.length === 2);
  return region?.toUpperCase();
}
