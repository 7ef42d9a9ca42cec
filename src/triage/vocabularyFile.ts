/**
 * One file of the symptom parser's vocabulary (knowledge/triage/*.yaml) read and
 * checked field by field: a malformed file throws an error naming the file and
 * the field, so a bad edit stops start-up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../util/yamlFile';
import { PatternError } from '../language/patterns';

/** A YAML mapping as read. */
export type Obj = Record<string, unknown>;

export class Reader {
  constructor(readonly file: string) {}

  fail(field: string, message: string): never {
    throw new Error(`${this.file}: ${field}: ${message}`);
  }

  object(v: unknown, field: string, allowed: readonly string[]): Obj {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(field, 'must be a mapping');
    const o = v as Obj;
    for (const k of Object.keys(o)) if (!allowed.includes(k)) this.fail(field, `unknown key "${k}" (allowed: ${allowed.join(', ')})`);
    return o;
  }

  strings(v: unknown, field: string): string[] {
    if (!Array.isArray(v) || v.length === 0 || v.some((s) => typeof s !== 'string' || s.trim() === '')) {
      this.fail(field, 'must be a non-empty list of phrases');
    }
    return v as string[];
  }

  string(v: unknown, field: string): string {
    if (typeof v !== 'string' || v.trim() === '') this.fail(field, 'must be text');
    return v;
  }

  oneOf<T extends string>(v: unknown, field: string, values: readonly T[]): T {
    if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) this.fail(field, `must be one of ${values.join(', ')}`);
    return v as T;
  }

  /** Compiles with `make`, turning a pattern error into one that names the file and field. */
  compile(field: string, make: () => RegExp): RegExp {
    try {
      return make();
    } catch (e) {
      if (e instanceof PatternError) this.fail(field, e.message);
      throw e;
    }
  }

  terms(v: unknown, field: string): Map<string, string> {
    if (v === undefined) return new Map();
    const o = this.object(v, field, Object.keys((v ?? {}) as Obj));
    return new Map(Object.entries(o).map(([k, s]) => [k, this.string(s, `${field}.${k}`)]));
  }
}

export function load(dir: string, name: string): { raw: Obj; r: Reader } {
  const file = join(dir, name);
  const r = new Reader(file);
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (e) {
    r.fail('(file)', e instanceof Error ? e.message : String(e));
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) r.fail('(file)', 'must be a mapping');
  return { raw: raw as Obj, r };
}
