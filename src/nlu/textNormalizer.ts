import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Language } from '../language';
import { readYamlFile } from '../util/yamlFile';
import { ConceptLexicon } from './conceptLexicon';

/**
 * The classifier's view of text: the language layer's words (lower case,
 * apostrophes folded, contractions written out, common misspellings fixed,
 * from knowledge/language/), without punctuation. Both training and
 * classification go through it, so what the model learned and what it sees
 * stay consistent. It also carries the concept lexicon
 * (intents/lexicon/concepts.yaml), whose phrases it normalises itself.
 */
export class TextNormalizer {
  readonly concepts: ConceptLexicon;

  constructor(
    readonly language: Language,
    private readonly conceptLists: ReadonlyMap<string, readonly string[]> = new Map(),
  ) {
    this.concepts = new ConceptLexicon(conceptLists, (text) => this.words(text));
  }

  /** The same view without the language layer's word senses (see Language.withoutSenses). */
  withoutSenses(): TextNormalizer {
    const plain = this.language.withoutSenses();
    return plain === this.language ? this : new TextNormalizer(plain, this.conceptLists);
  }

  /** @param extraConcepts more concept files (the act model's), merged with the directory's concepts.yaml */
  static fromDirectory(lexiconDir: string, extraConcepts: readonly string[] = [], language: Language = Language.fromDirectory()): TextNormalizer {
    const conceptsPath = join(lexiconDir, 'concepts.yaml');
    const concepts = existsSync(conceptsPath) ? readConcepts(conceptsPath) : new Map<string, string[]>();
    for (const [name, path] of conceptSources(lexiconDir)) {
      const names = [...readConcepts(path).values()].flat();
      concepts.set(name, [...new Set([...(concepts.get(name) ?? []), ...names])]);
    }
    for (const path of extraConcepts) {
      for (const [name, list] of readConcepts(path)) {
        if (concepts.has(name)) throw new Error(`${path}: concept "${name}" is already defined in ${conceptsPath}`);
        concepts.set(name, list);
      }
    }
    return new TextNormalizer(language, concepts);
  }

  /** Words of the text after normalisation; punctuation and emoji are dropped. */
  words(text: string): string[] {
    return this.language.words(text);
  }

  normalize(text: string): string {
    return this.words(text).join(' ');
  }
}

/**
 * intents/lexicon/concept-sources.yaml: a concept whose words are kept in another
 * file of concept lists (`medicine: ../../knowledge/medicine-classes.yaml`), so that
 * every name the answers know ("dolo", "mobic") is also the classifier's concept and
 * a medicine is listed once. Returns concept name and absolute path, or nothing
 * when the directory has no such file.
 */
export function conceptSources(lexiconDir: string): Array<[string, string]> {
  const path = join(lexiconDir, 'concept-sources.yaml');
  if (!existsSync(path)) return [];
  const data = readYamlFile(path);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${path}: expected a mapping of concept names to files`);
  return Object.entries(data).map(([name, file]) => {
    if (typeof file !== 'string' || !/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`${path}: "${name}" must be a concept name mapped to a file path`);
    const target = resolve(dirname(path), file);
    if (!existsSync(target)) throw new Error(`${path}: "${name}" names ${file}, which does not exist`);
    return [name, target];
  });
}

/** intents/lexicon/concepts.yaml (and knowledge/medicine-classes.yaml): a mapping of concept name to a list of words and phrases. */
export function readConcepts(path: string): Map<string, string[]> {
  const data = readYamlFile(path);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${path}: expected a mapping of concept names to lists of words and phrases`);
  }
  const concepts = new Map<string, string[]>();
  for (const [name, list] of Object.entries(data)) {
    if (!/^[a-z][a-z0-9_]*$/.test(name)) {
      throw new Error(`${path}: concept "${name}" must be lower-case letters, digits and underscores`);
    }
    if (!Array.isArray(list) || list.length === 0) {
      throw new Error(`${path}: field "${name}" must be a non-empty list of words or phrases`);
    }
    list.forEach((p: unknown, i) => {
      if (typeof p !== 'string' || !p.trim()) {
        throw new Error(`${path}: entry ${i + 1} of "${name}" (${JSON.stringify(p)}) must be a non-empty string; quote numbers`);
      }
    });
    concepts.set(name, list.map((p: string) => p.toLowerCase()));
  }
  return concepts;
}
