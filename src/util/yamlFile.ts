import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Reads and parses a YAML file; a syntax error names the file. */
export function readYamlFile(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return parse(text);
  } catch (err) {
    throw new Error(`${path}: invalid YAML: ${(err as Error).message}`);
  }
}

/** A flat map of strings from a YAML file, validated. */
export function readStringMap(path: string): Map<string, string> {
  const data = readYamlFile(path);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${path}: expected a mapping of words to replacements`);
  }
  const map = new Map<string, string>();
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string') {
      throw new Error(`${path}: field "${key}" must be a string`);
    }
    map.set(key.toLowerCase(), value.toLowerCase());
  }
  return map;
}
