import { readFileSync } from 'node:fs';
import { Featurizer } from './featurizer';
import { IntentModelFile, MODEL_FORMAT, ScoredIntent, SoftmaxIntentModel } from './intentModel';
import { Intent, isIntent } from './intents';
import { TextNormalizer } from './textNormalizer';

/** Applies the `none` threshold to a ranking. */
export function decide<L extends string = Intent>(ranked: readonly ScoredIntent<L>[], threshold: number): ScoredIntent<L> {
  const top = ranked[0];
  if (!top || top.score < threshold) {
    return { intent: 'none' as L, score: ranked.find((r) => r.intent === 'none')?.score ?? 0 };
  }
  return top;
}

/**
 * Classifies a message into an intent with a calibrated confidence. Generic
 * over the label, so the dialogue-act model (actClassifier.ts) is read the same way.
 */
export class IntentClassifier<L extends string = Intent> {
  private constructor(
    private readonly featurizer: Featurizer,
    private readonly model: SoftmaxIntentModel<L>,
    readonly temperature: number,
    readonly threshold: number,
    readonly dataHash: string,
  ) {}

  static fromModel<L extends string = Intent>(
    file: IntentModelFile<L>,
    normalizer: TextNormalizer,
    isLabel: (value: string) => value is L = isIntent as (value: string) => value is L,
  ): IntentClassifier<L> {
    return new IntentClassifier<L>(
      new Featurizer(normalizer, file.vocabulary, file.featureProfile),
      SoftmaxIntentModel.fromFile(file, isLabel),
      file.temperature,
      file.threshold,
      file.dataHash,
    );
  }

  /** Loads intents/model.json; a missing or foreign file stops start-up with a message saying how to fix it. */
  static load<L extends string = Intent>(
    modelPath: string,
    normalizer: TextNormalizer,
    isLabel: (value: string) => value is L = isIntent as (value: string) => value is L,
  ): IntentClassifier<L> {
    let file: IntentModelFile<L>;
    try {
      file = JSON.parse(readFileSync(modelPath, 'utf8')) as IntentModelFile<L>;
    } catch (err) {
      throw new Error(`${modelPath}: cannot read the intent model (${(err as Error).message}); run "npm run train"`);
    }
    if (file.format !== MODEL_FORMAT) {
      throw new Error(`${modelPath}: field "format" is not ${MODEL_FORMAT}; run "npm run train"`);
    }
    try {
      return IntentClassifier.fromModel(file, normalizer, isLabel);
    } catch (err) {
      throw new Error(`${modelPath}: ${(err as Error).message}; run "npm run train"`);
    }
  }

  /** Every intent with its calibrated probability (summing to 1), best first. */
  rank(text: string): ScoredIntent<L>[] {
    return this.model.rank(this.featurizer.features(text), this.temperature);
  }

  /** The best intent, or `none` when the best is below the model's threshold. */
  classify(text: string): ScoredIntent<L> {
    return decide(this.rank(text), this.threshold);
  }
}
