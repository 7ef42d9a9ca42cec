import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';

/**
 * Parses YAML text the way every content file is read: YAML 1.2's core schema
 * (no dates or merge keys), duplicate keys rejected. js-yaml rather than the
 * `yaml` package because reading the ~80 content files is a third of
 * start-up with the latter (about 250 ms, against 15 ms).
 */
export function parseYaml(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA });
}

/** Reads and parses a YAML file; a syntax error names the file. */
export function readYamlFile(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return parseYaml(text);
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
