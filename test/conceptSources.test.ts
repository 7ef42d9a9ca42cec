import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { IntentClassifier } from '../src/nlu/intentClassifier';
import { conceptSources, TextNormalizer } from '../src/nlu/textNormalizer';
import { trainingDataHash } from '../src/nlu/trainingData';
import { PATHS } from '../src/paths';

// A medicine is listed once (knowledge/medicine-classes.yaml); the classifier's
// "medicine" concept reads every name there, so a brand the answers know is a
// medicine to the router too.
describe('concept sources: a concept whose words live in another file', () => {
  const classes = parse(readFileSync(join(PATHS.knowledge, 'medicine-classes.yaml'), 'utf8')) as Record<string, string[]>;
  const everyName = Object.values(classes).flat();

  it('the medicine concept holds every medicine name of every class', () => {
    const normalizer = TextNormalizer.fromDirectory(PATHS.lexicon);
    const words = new Set(normalizer.concepts.words());
    const missing = everyName.filter((name) => normalizer.words(name).some((w) => !words.has(w)));
    expect(missing).toEqual([]);
  });

  it.each([
    ['is crocin ok for back pain', 'medication'],
    ['zerodol or crocin which is better', 'medication'],
    ['can i have arcoxia', 'medication'],
  ])('%s -> %s (brand names only the medicine list knows)', (text, intent) => {
    const classifier = IntentClassifier.load(PATHS.model, TextNormalizer.fromDirectory(PATHS.lexicon));
    expect(classifier.classify(text).intent).toBe(intent);
  });

  it('a change to the source file changes the training data hash (so a stale model is caught)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'concept-sources-'));
    const list = join(dir, 'names.yaml');
    writeFileSync(join(dir, 'concepts.yaml'), 'pain: [pain]\n');
    writeFileSync(join(dir, 'concept-sources.yaml'), 'medicine: names.yaml\n');
    writeFileSync(list, 'nsaid: [ibuprofen]\n');
    const before = trainingDataHash([], dir, 'v');
    writeFileSync(list, 'nsaid: [ibuprofen, dolo]\n');
    expect(trainingDataHash([], dir, 'v')).not.toBe(before);
    expect(conceptSources(dir)).toEqual([['medicine', list]]);
    expect([...TextNormalizer.fromDirectory(dir).concepts.words()]).toEqual(expect.arrayContaining(['ibuprofen', 'dolo', 'pain']));
  });

  it('a source naming a missing file fails with the file and the concept', () => {
    const dir = mkdtempSync(join(tmpdir(), 'concept-sources-'));
    writeFileSync(join(dir, 'concept-sources.yaml'), 'medicine: nowhere.yaml\n');
    expect(() => conceptSources(dir)).toThrow(/"medicine" names nowhere.yaml/);
  });
});
