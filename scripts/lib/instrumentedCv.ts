/**
 * Runs `crossValidate` from src/nlu/training.ts unchanged and keeps what it
 * does not return: each fold's trained classifier (for warm timing after the
 * fact) and each fold's training time.
 *
 * crossValidate has no per-fold hook, so this wraps `IntentClassifier.fromModel`
 * (called once per fold, right after that fold's model is trained) for the
 * duration of the call. If crossValidate stops building its classifiers that
 * way, the fold count check below fails loudly instead of reporting nonsense.
 * (A small `onFold` option on crossValidate would make this unnecessary.)
 */
import { IntentClassifier } from '../../src/nlu/intentClassifier';
import { EvaluationReport, crossValidate, stratifiedFolds } from '../../src/nlu/training';
import type { TextNormalizer } from '../../src/nlu/textNormalizer';
import type { TrainingExample } from '../../src/nlu/trainingData';

/** The seed crossValidate passes to stratifiedFolds (checked against its predictions on every run). */
export const CV_SEED = 7;

export interface InstrumentedCv {
  report: EvaluationReport;
  folds: TrainingExample[][];
  classifiers: IntentClassifier[];
  /** Per fold: training (with its nested calibration), in ms. */
  trainMs: number[];
  totalMs: number;
}

export function instrumentedCrossValidate(normalizer: TextNormalizer, examples: readonly TrainingExample[], k: number): InstrumentedCv {
  const classifiers: IntentClassifier[] = [];
  const trainMs: number[] = [];
  const original = IntentClassifier.fromModel;
  let foldStarted = performance.now();
  // fromModel is generic over the label; here it is only ever called for intents.
  IntentClassifier.fromModel = ((...args: Parameters<typeof original>) => {
    const classifier = original.apply(IntentClassifier, args) as IntentClassifier;
    trainMs.push(performance.now() - foldStarted);
    classifiers.push(classifier);
    // The next fold starts training once this fold's test set is classified.
    const classify = classifier.classify.bind(classifier);
    Object.defineProperty(classifier, 'classify', {
      configurable: true,
      value: (text: string) => {
        const r = classify(text);
        foldStarted = performance.now();
        return r;
      },
    });
    return classifier;
  }) as typeof original;
  const started = performance.now();
  let report: EvaluationReport;
  try {
    report = crossValidate(normalizer, examples, k);
  } finally {
    IntentClassifier.fromModel = original;
    // Back to the prototype's classify for the timing runs.
    for (const c of classifiers) delete (c as unknown as Record<string, unknown>).classify;
  }
  const totalMs = performance.now() - started;

  const folds = stratifiedFolds(examples, k, CV_SEED);
  const order = folds.flat().map((e) => `${e.intent}\t${e.text}`);
  const seen = report.predictions.map((p) => `${p.expected}\t${p.text}`);
  if (classifiers.length !== k || order.length !== seen.length || order.some((key, i) => key !== seen[i])) {
    throw new Error(
      `crossValidate no longer matches stratifiedFolds(examples, ${k}, ${CV_SEED}) with one IntentClassifier.fromModel per fold ` +
        `(${classifiers.length} classifiers): update CV_SEED in scripts/lib/instrumentedCv.ts, so that nlp.js gets the same folds`,
    );
  }
  return { report, folds, classifiers, trainMs, totalMs };
}
