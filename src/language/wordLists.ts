import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isObject } from '../util/isObject';
import { readYamlFile } from '../util/yamlFile';
import { Dictionary } from './dictionary';
import { type WrittenSense, readSenses } from './senses';

/** The word lists of knowledge/language/, validated. */
export interface WordLists {
  /** Whole word -> its written-out form ("cant" -> "can not"). */
  contractions: ReadonlyMap<string, string>;
  /** Misspelling or shorthand -> the word(s) meant ("bladdr" -> "bladder", "alot" -> "a lot"). */
  spelling: ReadonlyMap<string, string>;
  /** Another word for the same thing ("gp" -> "doctor"), and clinicians' words for the signs (clinical.yaml): read alike, but not written into quoted text. */
  synonyms: ReadonlyMap<string, string>;
  /** Words whose one-letter typos the red-flag detector corrects. */
  keyWords: readonly string[];
  /** Real words one letter from a key word: never corrected. */
  notTypos: readonly string[];
  /** Real English words, never "corrected" to another word (dictionary.txt). */
  dictionary: Dictionary;
  /** Exclamations and idioms (several words) -> what they mean here ("oh crap" -> "oh"): idioms.yaml. */
  idioms: ReadonlyMap<string, string>;
  /** Words read in the sense their neighbours give them (senses.yaml): "work [nights]" is a shift. Optional. */
  senses?: readonly WrittenSense[];
}

// senses.yaml is in the models' data hash: the intent and act models read text through its frames.
export const WORD_LIST_FILES = ['contractions.yaml', 'spelling.yaml', 'synonyms.yaml', 'clinical.yaml', 'typos.yaml', 'dictionary.txt', 'idioms.yaml', 'senses.yaml'] as const;

/** Keys are single words as the tokenizer produces them (letters, digits, inner apostrophes). */
const WORD_RE = /^[\p{L}\p{N}]+(?:'[\p{L}\p{N}]*)*$/u;

function fail(file: string, field: string, problem: string): never {
  throw new Error(`${file}: field "${field}" ${problem}`);
}

function readWordMap(file: string): Map<string, string> {
  const data = readYamlFile(file);
  if (!isObject(data)) fail(file, '(top level)', 'must be a mapping of words to replacements');
  const map = new Map<string, string>();
  for (const [key, value] of Object.entries(data)) {
    const word = key.toLowerCase();
    if (!WORD_RE.test(word)) fail(file, key, 'must be one word (letters, digits and apostrophes)');
    if (typeof value !== 'string' || !value.trim()) fail(file, key, 'must be a non-empty string; quote numbers');
    map.set(word, value.trim().toLowerCase());
  }
  return map;
}

/** Keys of idioms.yaml are phrases of two or more words, written as people type them (read through the same steps). Optional: none when absent. */
function readIdioms(file: string): Map<string, string> {
  if (!existsSync(file)) return new Map();
  const data = readYamlFile(file);
  if (!isObject(data)) fail(file, '(top level)', 'must be a mapping of phrases to what they mean');
  const map = new Map<string, string>();
  for (const [key, value] of Object.entries(data)) {
    const phrase = key.toLowerCase().trim();
    if (!/^[\p{L}\p{N}']+( [\p{L}\p{N}']+)+$/u.test(phrase)) fail(file, key, 'must be two or more words separated by single spaces');
    if (typeof value !== 'string' || !value.trim()) fail(file, key, 'must be a non-empty string');
    map.set(phrase, value.trim().toLowerCase());
  }
  return map;
}

function readWordList(file: string, data: Record<string, unknown>, field: string): string[] {
  const list = data[field];
  if (!Array.isArray(list)) fail(file, field, 'must be a list of words');
  return list.map((w: unknown, i) => {
    if (typeof w !== 'string' || !/^[a-z]+$/.test(w)) fail(file, `${field}[${i}]`, `(${JSON.stringify(w)}) must be one lower-case word`);
    return w;
  });
}

/** Reads the files of WORD_LIST_FILES from `dir`; errors name the file and the field. */
export function readWordLists(dir: string): WordLists {
  const typosFile = join(dir, 'typos.yaml');
  const typos = readYamlFile(typosFile);
  if (!isObject(typos)) fail(typosFile, '(top level)', 'must be a mapping with keyWords and notTypos');
  for (const key of Object.keys(typos)) {
    if (key !== 'keyWords' && key !== 'notTypos') fail(typosFile, key, 'is unknown (allowed: keyWords, notTypos)');
  }
  const spelling = readWordMap(join(dir, 'spelling.yaml'));
  const synonymsFile = join(dir, 'synonyms.yaml');
  const synonyms = readWordMap(synonymsFile);
  for (const word of synonyms.keys()) if (spelling.has(word)) fail(synonymsFile, word, 'is also in spelling.yaml: list it once');
  // Clinicians' words for the signs are read like synonyms, kept in their own file to be reviewed as one list.
  const clinicalFile = join(dir, 'clinical.yaml');
  for (const [word, plain] of readWordMap(clinicalFile)) {
    if (spelling.has(word) || synonyms.has(word)) fail(clinicalFile, word, 'is also in spelling.yaml or synonyms.yaml: list it once');
    synonyms.set(word, plain);
  }
  return {
    contractions: readWordMap(join(dir, 'contractions.yaml')),
    spelling,
    synonyms,
    keyWords: readWordList(typosFile, typos, 'keyWords'),
    notTypos: readWordList(typosFile, typos, 'notTypos'),
    dictionary: Dictionary.fromFile(join(dir, 'dictionary.txt')),
    idioms: readIdioms(join(dir, 'idioms.yaml')),
    senses: readSenses(join(dir, 'senses.yaml')),
  };
}
