import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ACT_LABEL_SET, ActLabel, ActResult, isActLabel, loadActTrainingData } from './acts';
import { IntentClassifier } from './intentClassifier';
import type { IntentModelFile } from './intentModel';
import { TextNormalizer } from './textNormalizer';
import { FEATURIZER_VERSION, trainModel } from './training';
import { trainingDataHash } from './trainingData';
import { PATHS } from '../paths';

/** Where the act model's data lives; tests point it elsewhere. */
export interface ActPaths {
  acts: string;
  actConcepts: string;
  intents: string;
  lexicon: string;
}

const DEFAULT_PATHS: ActPaths = { acts: PATHS.acts, actConcepts: PATHS.actConcepts, intents: PATHS.intents, lexicon: PATHS.lexicon };

/** The intent lexicons plus the act concepts (intents/acts/lexicon/concepts.yaml). */
export function actNormalizer(paths: ActPaths = DEFAULT_PATHS): TextNormalizer {
  return TextNormalizer.fromDirectory(paths.lexicon, [paths.actConcepts]);
}

/**
 * The dialogue-act classifier: intents/acts-model.json, read with the intent
 * classifier's code (IntentClassifier is generic over its labels). Below the
 * model's fitted threshold the act is `none`.
 */
export class ActClassifier {
  private constructor(private readonly classifier: IntentClassifier<ActLabel>) {}

  static load(modelPath = PATHS.actsModel, normalizer: TextNormalizer = actNormalizer()): ActClassifier {
    return new ActClassifier(IntentClassifier.load(modelPath, normalizer, isActLabel));
  }

  static fromModel(file: IntentModelFile<ActLabel>, normalizer: TextNormalizer = actNormalizer()): ActClassifier {
    return new ActClassifier(IntentClassifier.fromModel(file, normalizer, isActLabel));
  }

  get threshold(): number {
    return this.classifier.threshold;
  }

  classify(text: string): ActResult {
    const { intent, score } = this.classifier.classify(text);
    return { act: intent, score };
  }
}

/** The hash the committed act model must carry: act data and concepts, borrowed intents, lexicons, featurizer. */
export function currentActDataHash(paths: ActPaths = DEFAULT_PATHS): string {
  const concepts = createHash('sha256').update(readFileSync(paths.actConcepts)).digest('hex');
  const version = `${FEATURIZER_VERSION}/acts:${JSON.stringify(ACT_LABEL_SET.featureProfile)}:${concepts}`;
  return trainingDataHash(loadActTrainingData(paths.acts, paths.intents), paths.lexicon, version);
}

/** Trains the act model on intents/acts/ as it is now. */
export function buildActModel(paths: ActPaths = DEFAULT_PATHS): IntentModelFile<ActLabel> {
  const examples = loadActTrainingData(paths.acts, paths.intents);
  return trainModel(actNormalizer(paths), examples, currentActDataHash(paths), undefined, ACT_LABEL_SET);
}
