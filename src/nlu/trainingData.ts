import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGE_DIR, WORD_LIST_FILES } from '../language';
import { readYamlFile } from '../util/yamlFile';
import { conceptSources } from './textNormalizer';
import { INTENTS, Intent, isIntent } from './intents';

/** One labelled utterance; `intent` is the label (a dialogue act for the act model). */
export interface TrainingExample<L extends string = Intent> {
  text: string;
  intent: L;
}

/** Fewest examples an intent may have: below that cross-validation is noise. */
export const MIN_EXAMPLES_PER_INTENT = 25;

/**
 * Reads intents/<intent>.yaml, one file per intent, and checks that every
 * intent is there with enough examples and that no file names an unknown one.
 */
export function loadTrainingData(intentsDir: string): TrainingExample[] {
  const examples: TrainingExample[] = [];
  const seen = new Set<Intent>();
  for (const file of readdirSync(intentsDir).filter((f) => f.endsWith('.yaml')).sort()) {
    const path = join(intentsDir, file);
    const data = readYamlFile(path) as { intent?: unknown; examples?: unknown } | null;
    if (!data || typeof data.intent !== 'string' || !isIntent(data.intent)) {
      throw new Error(`${path}: field "intent" must be one of ${INTENTS.join(', ')}`);
    }
    if (!Array.isArray(data.examples) || data.examples.some((e) => typeof e !== 'string' || !e.trim())) {
      throw new Error(`${path}: field "examples" must be a list of non-empty strings`);
    }
    if (data.examples.length < MIN_EXAMPLES_PER_INTENT) {
      throw new Error(`${path}: field "examples" has ${data.examples.length}; at least ${MIN_EXAMPLES_PER_INTENT} needed`);
    }
    const intent = data.intent;
    seen.add(intent);
    for (const text of data.examples as string[]) examples.push({ text: text.trim(), intent });
  }
  const missing = INTENTS.filter((i) => !seen.has(i));
  if (missing.length) throw new Error(`${intentsDir}: no training file for ${missing.join(', ')}`);
  return examples;
}

/** Identifies the data a model was trained on, including the lexicons and word lists that shape features. */
export function trainingDataHash(
  examples: readonly TrainingExample<string>[],
  lexiconDir: string,
  featurizerVersion: string,
  languageDir: string = LANGUAGE_DIR,
): string {
  const hash = createHash('sha256');
  hash.update(featurizerVersion);
  for (const e of [...examples].sort((a, b) => (a.intent + a.text).localeCompare(b.intent + b.text))) {
    hash.update(`${e.intent}\t${e.text}\n`);
  }
  for (const file of readdirSync(lexiconDir).sort()) hash.update(readFileSync(join(lexiconDir, file)));
  for (const [, path] of conceptSources(lexiconDir)) hash.update(readFileSync(path));
  for (const file of WORD_LIST_FILES) hash.update(readFileSync(join(languageDir, file)));
  return hash.digest('hex');
}
