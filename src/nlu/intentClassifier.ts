import { readFileSync } from 'node:fs';
import { Featurizer } from './featurizer';
import { IntentModelFile, MODEL_FORMAT, ScoredIntent, SoftmaxIntentModel } from './intentModel';
import { TextNormalizer } from './textNormalizer';

/** Applies the `none` threshold to a ranking. */
export function decide(ranked: readonly ScoredIntent[], threshold: number): ScoredIntent {
  const top = ranked[0];
  if (!top || top.score < threshold) {
    return { intent: 'none', score: ranked.find((r) => r.intent === 'none')?.score ?? 0 };
  }
  return top;
}

/** Classifies a message into an intent with a calibrated confidence. */
export class IntentClassifier {
  private constructor(
    private readonly featurizer: Featurizer,
    private readonly model: SoftmaxIntentModel,
    readonly temperature: number,
    readonly threshold: number,
    readonly dataHash: string,
  ) {}

  static fromModel(file: IntentModelFile, normalizer: TextNormalizer): IntentClassifier {
    return new IntentClassifier(
      new Featurizer(normalizer, file.vocabulary),
      SoftmaxIntentModel.fromFile(file),
      file.temperature,
      file.threshold,
      file.dataHash,
    );
  }

  /** Loads intents/model.json; a missing or foreign file stops start-up with a message saying how to fix it. */
  static load(modelPath: string, normalizer: TextNormalizer): IntentClassifier {
    let file: IntentModelFile;
    try {
      file = JSON.parse(readFileSync(modelPath, 'utf8')) as IntentModelFile;
    } catch (err) {
      throw new Error(`${modelPath}: cannot read the intent model (${(err as Error).message}); run "npm run train"`);
    }
    if (file.format !== MODEL_FORMAT) {
      throw new Error(`${modelPath}: field "format" is not ${MODEL_FORMAT}; run "npm run train"`);
    }
    try {
      return IntentClassifier.fromModel(file, normalizer);
    } catch (err) {
      throw new Error(`${modelPath}: ${(err as Error).message}; run "npm run train"`);
    }
  }

  /** Every intent with its calibrated probability (summing to 1), best first. */
  rank(text: string): ScoredIntent[] {
    return this.model.rank(this.featurizer.features(text), this.temperature);
  }

  /** The best intent, or `none` when the best is below the model's threshold. */
  classify(text: string): ScoredIntent {
    return decide(this.rank(text), this.threshold);
  }
}
