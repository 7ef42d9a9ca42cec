import { PATHS } from '../paths';
import { TextNormalizer } from './textNormalizer';
import { FEATURIZER_VERSION, trainModel } from './training';
import { loadTrainingData, trainingDataHash } from './trainingData';
import type { IntentModelFile } from './intentModel';

/** The hash the committed model must carry to be up to date with intents/. */
export function currentDataHash(intentsDir = PATHS.intents, lexiconDir = PATHS.lexicon): string {
  return trainingDataHash(loadTrainingData(intentsDir), lexiconDir, FEATURIZER_VERSION);
}

/** Trains on intents/*.yaml as they are now. */
export function buildModel(intentsDir = PATHS.intents, lexiconDir = PATHS.lexicon): IntentModelFile {
  const examples = loadTrainingData(intentsDir);
  return trainModel(TextNormalizer.fromDirectory(lexiconDir), examples, trainingDataHash(examples, lexiconDir, FEATURIZER_VERSION));
}
