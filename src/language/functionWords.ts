import { join } from 'node:path';
import { readYamlFile } from '../util/yamlFile';
import { isObject } from '../util/isObject';
import { LANGUAGE_DIR } from './language';

/** The lists of knowledge/language/function-words.yaml. */
interface FunctionWordLists {
  functionWords: ReadonlySet<string>;
  forbidding: ReadonlySet<string>;
  toWriter: ReadonlyMap<string, string>;
}

const loaded = new Map<string, FunctionWordLists>();

function lists(dir: string): FunctionWordLists {
  const kept = loaded.get(dir);
  if (kept) return kept;
  const file = join(dir, 'function-words.yaml');
  const data = readYamlFile(file);
  const list = (field: keyof FunctionWordLists): ReadonlySet<string> => {
    const value = isObject(data) ? data[field] : undefined;
    if (!Array.isArray(value) || !value.length || !value.every((w) => typeof w === 'string' && /^[a-z]+$/.test(w))) throw new Error(`${file}: field "${field}" must be a list of lower-case words`);
    return new Set(value as string[]);
  };
  // The lists first, in the file's order, so an error names the first field at fault.
  const functionWordList = list('functionWords');
  const forbidding = list('forbidding');
  const shifts = isObject(data) ? data.toWriter : undefined;
  if (!isObject(shifts) || !Object.entries(shifts).every(([k, v]) => /^[a-z]+$/.test(k) && typeof v === 'string')) throw new Error(`${file}: field "toWriter" must map lower-case words to words`);
  const read: FunctionWordLists = { functionWords: functionWordList, forbidding, toWriter: new Map(Object.entries(shifts as Record<string, string>)) };
  loaded.set(dir, read);
  return read;
}

/** The function words of knowledge/language/function-words.yaml, read once per folder; errors name the file and the field. */
export function functionWords(dir: string = LANGUAGE_DIR): ReadonlySet<string> {
  return lists(dir).functionWords;
}

/** The words that forbid ("not", "avoid") of knowledge/language/function-words.yaml, read with the function words. */
export function forbiddingWords(dir: string = LANGUAGE_DIR): ReadonlySet<string> {
  return lists(dir).forbidding;
}

/**
 * The writer's own words said back to them: "my left side" is "your left side" (function-words.yaml
 * `toWriter`). Words are matched with the apostrophe dropped ("I'm" is "im"); the rest is kept as typed.
 */
export function saidToWriter(text: string, dir: string = LANGUAGE_DIR): string {
  const shifts = lists(dir).toWriter;
  return text.replace(/[A-Za-z'\u2019]+/g, (word) => shifts.get(word.toLowerCase().replace(/['\u2019]/g, '')) ?? word);
}
