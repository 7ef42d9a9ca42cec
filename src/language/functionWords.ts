import { join } from 'node:path';
import { readYamlFile } from '../util/yamlFile';
import { isObject } from '../util/isObject';
import { LANGUAGE_DIR } from './language';

const loaded = new Map<string, ReadonlySet<string>>();

/** The function words of knowledge/language/function-words.yaml, read once per folder; errors name the file and the field. */
export function functionWords(dir: string = LANGUAGE_DIR): ReadonlySet<string> {
  const kept = loaded.get(dir);
  if (kept) return kept;
  const file = join(dir, 'function-words.yaml');
  const data = readYamlFile(file);
  const value = isObject(data) ? data.functionWords : undefined;
  if (!Array.isArray(value) || !value.length || !value.every((w) => typeof w === 'string' && /^[a-z]+$/.test(w))) throw new Error(`${file}: field "functionWords" must be a list of lower-case words`);
  const words: ReadonlySet<string> = new Set(value as string[]);
  loaded.set(dir, words);
  return words;
}
