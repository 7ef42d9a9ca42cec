import { join } from 'node:path';
import { redactPersonalData } from '../observability/logger';
import { PROJECT_ROOT } from '../paths';
import { isObject } from '../util/isObject';
import { readYamlFile } from '../util/yamlFile';
import { escapeRegExp } from '../util/escapeRegExp';

export const REVIEW_CONTENT_PATH = join(PROJECT_ROOT, 'knowledge', 'review.yaml');

export interface MaskingRules {
  strongNameCues: string[];
  weakNameCues: string[];
  notNames: string[];
  maxNameWords: number;
  longDigitRun: number;
}

/** Cue phrases as a regex alternative; an apostrophe in a cue matches any apostrophe. */
const alternation = (cues: readonly string[]) =>
  [...cues].sort((a, b) => b.length - a.length).map((c) => escapeRegExp(c).replace(/'/g, "['\u2019]?").replace(/ /g, '\\s+')).join('|');

/**
 * Masks personal details in text kept for review: e-mail addresses and phone
 * numbers (the logger's redactPersonalData), long digit runs, and names the
 * user gives ("my name is Ann Lee", "I'm Sam"). Fails closed like the logger:
 * anything it cannot process becomes `[redacted]`.
 */
export class PersonalDataMasker {
  private readonly strong: RegExp;
  private readonly weak: RegExp;
  private readonly digits: RegExp;
  private readonly notNames: ReadonlySet<string>;

  constructor(private readonly rules: MaskingRules) {
    const word = "\\p{L}[\\p{L}'\u2019-]*";
    const name = `${word}(?:\\s+${word}){0,${Math.max(0, rules.maxNameWords - 1)}}`;
    this.strong = new RegExp(`(?<![\\p{L}])(${alternation(rules.strongNameCues)})(\\s*[:,-]?\\s+)(${name})`, 'giu');
    this.weak = new RegExp(`(?<![\\p{L}])(${alternation(rules.weakNameCues)})(\\s*[:,-]?\\s+)(${name})`, 'giu');
    this.digits = new RegExp(`\\d(?:[\\s.-]?\\d){${Math.max(1, rules.longDigitRun - 1)},}`, 'g');
    this.notNames = new Set(rules.notNames.map((w) => w.toLowerCase()));
  }

  static fromFile(path = REVIEW_CONTENT_PATH): PersonalDataMasker {
    const data = readYamlFile(path);
    const masking = isObject(data) && isObject(data.masking) ? data.masking : undefined;
    if (!masking) throw new Error(`${path}: field "masking" must be a mapping`);
    const list = (field: string): string[] => {
      const v = masking[field];
      if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || !s.trim())) throw new Error(`${path}: field "masking.${field}" must be a list of strings`);
      return v.map((s: string) => s.trim().toLowerCase());
    };
    const count = (field: string): number => {
      const v = masking[field];
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw new Error(`${path}: field "masking.${field}" must be a positive whole number`);
      return v;
    };
    return new PersonalDataMasker({
      strongNameCues: list('strongNameCues'),
      weakNameCues: list('weakNameCues'),
      notNames: list('notNames'),
      maxNameWords: count('maxNameWords'),
      longDigitRun: count('longDigitRun'),
    });
  }

  mask(text: string): string {
    try {
      let out = redactPersonalData(text);
      if (out === '[redacted]') return out;
      out = out.replace(this.digits, '[number]');
      out = out.replace(this.strong, (_all, cue: string, gap: string, words: string) => cue + gap + this.nameMask(words, false));
      out = out.replace(this.weak, (_all, cue: string, gap: string, words: string) => cue + gap + this.nameMask(words, true));
      return out;
    } catch {
      return '[redacted]';
    }
  }

  /** The leading words that look like a name become one `[name]`; the rest is kept. */
  private nameMask(words: string, capitalisedOnly: boolean): string {
    const parts = words.split(/(\s+)/);
    let taken = 0;
    for (let i = 0; i < parts.length; i += 2) {
      const w = parts[i];
      if (this.notNames.has(w.toLowerCase())) break;
      if (capitalisedOnly && !/^\p{Lu}/u.test(w)) break;
      taken = i + 1;
    }
    if (taken === 0) return words;
    return `[name]${parts.slice(taken).join('')}`;
  }
}
