/**
 * Emergency and urgent-advice numbers by locale, from
 * knowledge/safety/emergency-numbers.yaml (locale table in shared/clinical-notes.md).
 *
 * Lookup order for a locale such as "fr-CA", "en_GB", "GB" or "de":
 *   1. the exact locale ("en-GB");
 *   2. the same country under another language ("fr-CA" -> en-CA): numbers
 *      belong to the country, not the language;
 *   3. only when no country was given, the language's usual country ("de" -> de-DE);
 *   4. the default locale. A country we do not list ("es-MX") goes to the
 *      default too: guessing Spain's number for Mexico would be wrong.
 */
import * as fs from 'node:fs';
import { parseYaml } from '../util/yamlFile';
import { isObject } from '../util/isObject';

export interface LocaleNumbers {
  locale: string;
  emergency: string;
  urgentAdvice?: string;
  /**
   * The emergency number as said to the user: "999"; or, when the locale is
   * missing or not one we list (the default locale's number, a guess),
   * "your local emergency number (911)" (the file's `unknownLocale`). For such
   * a locale `emergency` says the same, so no reply offers the guess as fact.
   */
  emergencyText: string;
}

const DEFAULT_UNKNOWN_LOCALE = 'your local emergency number ({emergency})';

export class EmergencyNumbers {
  private readonly byRegion = new Map<string, LocaleNumbers>();

  private constructor(
    private readonly byLocale: Map<string, LocaleNumbers>,
    private readonly languages: Map<string, string>,
    private readonly fallback: LocaleNumbers,
    private readonly unknownLocale: string,
  ) {
    // First listed locale wins for its country (en-IE before ga-IE).
    for (const n of byLocale.values()) {
      const region = n.locale.split('-')[1]!;
      if (!this.byRegion.has(region)) this.byRegion.set(region, n);
    }
  }

  /** Loads the YAML file; throws an Error naming the file and the field on bad data. */
  static fromFile(file: string, defaultLocale: string): EmergencyNumbers {
    let raw: unknown;
    try {
      raw = parseYaml(fs.readFileSync(file, 'utf8'));
    } catch (e) {
      throw new Error(`${file}: ${(e as Error).message}`);
    }
    return EmergencyNumbers.fromData(raw, defaultLocale, file);
  }

  static fromData(raw: unknown, defaultLocale: string, file = 'emergency-numbers.yaml'): EmergencyNumbers {
    const fail = (field: string, msg: string): never => {
      throw new Error(`${file}: ${field}: ${msg}`);
    };
    if (!isObject(raw)) fail('(top level)', 'must be a mapping with `locales`');
    const root = raw as Record<string, unknown>;
    for (const k of Object.keys(root)) {
      if (k !== 'locales' && k !== 'languages' && k !== 'unknownLocale') fail(k, 'unknown field (allowed: locales, languages, unknownLocale)');
    }
    const unknownLocale = root.unknownLocale ?? DEFAULT_UNKNOWN_LOCALE;
    if (typeof unknownLocale !== 'string' || !unknownLocale.includes('{emergency}')) fail('unknownLocale', 'must be a string with {emergency} in it');
    if (!isObject(root.locales) || Object.keys(root.locales).length === 0) fail('locales', 'must be a non-empty mapping of locale -> numbers');

    const byLocale = new Map<string, LocaleNumbers>();
    for (const [key, value] of Object.entries(root.locales as Record<string, unknown>)) {
      const field = `locales.${key}`;
      if (!/^[a-z]{2,3}-[A-Z]{2}$/.test(key)) fail(field, 'locale must look like "en-GB"');
      if (!isObject(value)) fail(field, 'must be a mapping with `emergency`');
      const v = value as Record<string, unknown>;
      for (const k of Object.keys(v)) if (k !== 'emergency' && k !== 'urgentAdvice') fail(`${field}.${k}`, 'unknown field (allowed: emergency, urgentAdvice)');
      const text = (k: string, optional: boolean): string | undefined => {
        const s = v[k];
        if (s === undefined && optional) return undefined;
        // A number here means YAML read "000" as 0: the value must be quoted.
        if (typeof s !== 'string' || s.trim() === '') fail(`${field}.${k}`, 'must be a non-empty quoted string');
        return s as string;
      };
      const emergency = text('emergency', false)!;
      const entry: LocaleNumbers = { locale: key, emergency, emergencyText: emergency };
      const urgent = text('urgentAdvice', true);
      if (urgent !== undefined) entry.urgentAdvice = urgent;
      byLocale.set(key.toLowerCase(), entry);
    }

    const languages = new Map<string, string>();
    if (root.languages !== undefined) {
      if (!isObject(root.languages)) fail('languages', 'must be a mapping of language -> locale');
      for (const [lang, loc] of Object.entries(root.languages as Record<string, unknown>)) {
        if (typeof loc !== 'string' || !byLocale.has(loc.toLowerCase())) fail(`languages.${lang}`, `must name a locale listed under locales, got ${JSON.stringify(loc)}`);
        languages.set(lang.toLowerCase(), (loc as string).toLowerCase());
      }
    }

    const fallback = byLocale.get(defaultLocale.replace('_', '-').toLowerCase());
    if (!fallback) throw new Error(`${file}: default locale "${defaultLocale}" is not listed under locales`);
    return new EmergencyNumbers(byLocale, languages, fallback, unknownLocale as string);
  }

  forLocale(locale: string | undefined): LocaleNumbers {
    const parts = parseLocale(locale);
    if (!parts) return this.guess();
    const { lang, region, bareUpper } = parts;
    const found =
      (lang && region ? this.byLocale.get(`${lang}-${region.toLowerCase()}`) : undefined) ??
      (region ? this.byRegion.get(region) : undefined) ??
      (lang && !region ? this.byLocale.get(this.languages.get(lang) ?? '') : undefined) ??
      // A bare "in" or "gb" is more likely a country than a language we know.
      (lang && !region && !bareUpper ? this.byRegion.get(lang.toUpperCase()) : undefined);
    return found ? { ...found } : this.guess();
  }

  /**
   * The default locale's numbers, said as a best guess. `emergency` is the guess as said too:
   * every reply that fills "call {emergency}" must say it is a guess, not only those that read `emergencyText`.
   */
  private guess(): LocaleNumbers {
    const said = this.unknownLocale.replace('{emergency}', this.fallback.emergency);
    return { ...this.fallback, emergency: said, emergencyText: said };
  }
}

/** "en_GB.UTF-8", "en-Latn-GB", "GB", "de" -> language and/or region. */
function parseLocale(locale: string | undefined): { lang?: string; region?: string; bareUpper: boolean } | null {
  if (typeof locale !== 'string') return null;
  const clean = locale.trim().split(/[.@]/)[0]!.replace(/_/g, '-');
  if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{2,8})*$/.test(clean)) return null;
  const parts = clean.split('-');
  if (parts.length === 1) {
    const p = parts[0]!;
    if (p.length !== 2 && p.length !== 3) return null;
    // "GB" in capitals is a country; "de" in lower case is a language.
    if (p === p.toUpperCase() && p.length === 2) return { region: p, bareUpper: true };
    return { lang: p.toLowerCase(), bareUpper: false };
  }
  const region = parts.slice(1).find((p) => /^[A-Za-z]{2}$/.test(p));
  const out: { lang?: string; region?: string; bareUpper: boolean } = { lang: parts[0]!.toLowerCase(), bareUpper: false };
  if (region) out.region = region.toUpperCase();
  return out;
}
