/**
 * The learned stage alone raises some flags only when one clause of the writer's own
 * tells the sign of a body part (knowledge/safety/own-clause.yaml): a bag of words reads
 * "the mattress has changed shape, a dip on my side" as the back changing shape, and
 * a fear said as a figure ("my spine is crumbling") as a sudden tearing pain. Without
 * such a clause the model's guess is asked about, not raised (screenCombine `combine`:
 * an unanchored guess is a `check`). The lexicon's own findings are not held to this.
 * Words, not patterns: matched token for token after the language layer.
 */
import { existsSync } from 'node:fs';
import { PUNCTUATION } from '../language';
import { phraseAt } from '../language/phrases';
import type { Language } from '../language/language';
import { isObject } from '../util/isObject';
import { readYamlFile } from '../util/yamlFile';

type Phrases = readonly (readonly string[])[];
/** `figures`: when given, the flag is held to a clause only in a message that names one of them. */
interface Entry { body: Phrases; signs: Phrases; figures?: Phrases }

export const OWN_CLAUSE_FILE = 'own-clause.yaml';

export class OwnClause {
  private constructor(
    private readonly flags: ReadonlyMap<string, Entry>,
    private readonly language: Language,
  ) {}

  /** The file's flags; a missing file holds no flag to anything. Errors name the file and the field. */
  static fromFile(file: string, language: Language): OwnClause {
    const flags = new Map<string, Entry>();
    if (!existsSync(file)) return new OwnClause(flags, language);
    const data = readYamlFile(file);
    if (!isObject(data)) throw new Error(`${file}: must be a mapping of flag ids`);
    const list = (v: unknown, field: string): Phrases => {
      if (!Array.isArray(v) || v.length === 0 || !v.every((p) => typeof p === 'string' && p.trim())) throw new Error(`${file}: ${field} must be a non-empty list of phrases`);
      return (v as string[]).map((p) => language.tokens(p).filter((t) => !PUNCTUATION.has(t))).filter((p) => p.length > 0);
    };
    for (const [flag, entry] of Object.entries(data)) {
      if (!isObject(entry)) throw new Error(`${file}: ${flag} must have body and signs`);
      for (const key of Object.keys(entry)) if (key !== 'body' && key !== 'signs' && key !== 'figures') throw new Error(`${file}: ${flag}.${key} is unknown (allowed: body, signs, figures)`);
      const figures = entry.figures === undefined ? {} : { figures: list(entry.figures, `${flag}.figures`) };
      flags.set(flag, { body: list(entry.body, `${flag}.body`), signs: list(entry.signs, `${flag}.signs`), ...figures });
    }
    return new OwnClause(flags, language);
  }

  listed(): string[] {
    return [...this.flags.keys()];
  }

  /**
   * Does one clause of the text name both a body part and a sign of the flag? Always true
   * for a flag not listed, and for a flag with `figures` in a text that names none of them.
   */
  holds(flag: string, text: string): boolean {
    const entry = this.flags.get(flag);
    if (!entry) return true;
    const tokens = this.language.tokens(text);
    if (entry.figures && !names(tokens, 0, tokens.length, entry.figures)) return true;
    let start = 0;
    for (let i = 0; i <= tokens.length; i++) {
      if (i < tokens.length && !PUNCTUATION.has(tokens[i]!)) continue;
      if (i > start && names(tokens, start, i, entry.body) && names(tokens, start, i, entry.signs)) return true;
      start = i + 1;
    }
    return false;
  }
}

/** Whether one of the phrases stands in tokens [start, end). */
function names(tokens: readonly string[], start: number, end: number, phrases: Phrases): boolean {
  for (let i = start; i < end; i++) if (phrases.some((p) => i + p.length <= end && phraseAt(tokens, p, i))) return true;
  return false;
}
