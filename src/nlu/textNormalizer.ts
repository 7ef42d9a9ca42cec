import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readStringMap, readYamlFile } from '../util/yamlFile';
import { ConceptLexicon } from './conceptLexicon';

/**
 * Lower-cases text, folds typographic apostrophes, expands contractions and
 * fixes common misspellings, using the word lists in intents/lexicon/.
 * Both training and classification go through the same normaliser, so what the
 * model learned and what it sees stay consistent. It also carries the concept
 * lexicon (intents/lexicon/concepts.yaml), whose phrases it normalises itself.
 */
export class TextNormalizer {
  readonly concepts: ConceptLexicon;

  constructor(
    private readonly contractions: ReadonlyMap<string, string>,
    private readonly spelling: ReadonlyMap<string, string>,
    concepts: ReadonlyMap<string, readonly string[]> = new Map(),
  ) {
    this.concepts = new ConceptLexicon(concepts, (text) => this.words(text));
  }

  /** @param extraConcepts more concept files (the act model's), merged with the directory's concepts.yaml */
  static fromDirectory(lexiconDir: string, extraConcepts: readonly string[] = []): TextNormalizer {
    const conceptsPath = join(lexiconDir, 'concepts.yaml');
    const concepts = existsSync(conceptsPath) ? readConcepts(conceptsPath) : new Map<string, string[]>();
    for (const path of extraConcepts) {
      for (const [name, list] of readConcepts(path)) {
        if (concepts.has(name)) throw new Error(`${path}: concept "${name}" is already defined in ${conceptsPath}`);
        concepts.set(name, list);
      }
    }
    return new TextNormalizer(
      readStringMap(join(lexiconDir, 'contractions.yaml')),
      readStringMap(join(lexiconDir, 'spelling.yaml')),
      concepts,
    );
  }

  /** Words of the text after normalisation; punctuation and emoji are dropped. */
  words(text: string): string[] {
    const folded = text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'");
    const raw = folded.match(/[a-z0-9]+(?:['-][a-z0-9]+)*/g) ?? [];
    const out: string[] = [];
    for (const word of raw) {
      const expanded = this.contractions.get(word) ?? this.spelling.get(word) ?? this.stripPossessive(word);
      // Hyphenated words count as their parts: "anti-inflammatory" and "anti inflammatory" are one thing.
      for (const part of expanded.split(/[\s-]+/)) {
        if (part) out.push(part);
      }
    }
    return out;
  }

  normalize(text: string): string {
    return this.words(text).join(' ');
  }

  private stripPossessive(word: string): string {
    // "back's" and "doctor's" carry the same meaning as "back" and "doctor" here.
    const base = word.endsWith("'s") ? word.slice(0, -2) : word.replace(/'/g, '');
    return this.spelling.get(base) ?? base;
  }
}

/** intents/lexicon/concepts.yaml: a mapping of concept name to a list of words and phrases. */
function readConcepts(path: string): Map<string, string[]> {
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
