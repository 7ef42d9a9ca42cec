/**
 * The checks every safety data file's reader shares (knowledge/safety/*.yaml): a value's type, a mapping's allowed
 * fields, the file parsed; each error names the file and the field, so a clinician editing the YAML is told what to fix.
 */

import { readFileSync } from 'node:fs';
import { parseYaml } from '../util/yamlFile';

export class DataError extends Error {}

type Obj = Record<string, unknown>;

export function fail(file: string, field: string, message: string): never {
  throw new DataError(`${file}: ${field}: ${message}`);
}

export function asObject(v: unknown, file: string, field: string, allowed?: string[]): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(file, field, 'must be a mapping');
  if (allowed) {
    for (const k of Object.keys(v)) if (!allowed.includes(k)) fail(file, `${field}.${k}`, `unknown field (allowed: ${allowed.join(', ')})`);
  }
  return v as Obj;
}

export function asString(v: unknown, file: string, field: string): string {
  if (typeof v !== 'string' || v.trim() === '') fail(file, field, 'must be a non-empty string');
  return v;
}

export function asStrings(v: unknown, file: string, field: string, optional = false): string[] {
  if (v === undefined && optional) return [];
  if (!Array.isArray(v)) fail(file, field, 'must be a list of strings');
  return v.map((s, i) => asString(s, file, `${field}[${i}]`));
}

export function asBool(v: unknown, file: string, field: string): boolean {
  if (v === undefined) return false;
  if (typeof v !== 'boolean') fail(file, field, 'must be true or false');
  return v;
}

/** Parsed YAML of one data file; an unreadable file or bad YAML names the file. */
export function readDataFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`${file}: cannot read: ${(e as Error).message}`);
  }
  try {
    return parseYaml(text);
  } catch (e) {
    throw new Error(`${file}: invalid YAML: ${(e as Error).message}`);
  }
}
