import { Featurizer, trainingVocabulary } from './featurizer';
import { IntentClassifier, decide } from './intentClassifier';
import {
  DEFAULT_TRAINING_OPTIONS,
  IntentModelFile,
  MODEL_FORMAT,
  ScoredIntent,
  SoftmaxIntentModel,
  TrainingOptions,
  nothingKnown,
  softmax,
} from './intentModel';
import { INTENTS, Intent } from './intents';
import { TextNormalizer } from './textNormalizer';
import { TrainingExample } from './trainingData';

// A global lookup per call is slow where the global object is a proxy (jest's VM context).
const { exp, log } = Math;

/** Bumped whenever feature extraction changes, so that the stale-model test notices. */
export const FEATURIZER_VERSION = 'language-layer+stems+concepts+elsewhere+symspell/softmax/3';

export interface Prediction {
  text: string;
  expected: Intent;
  predicted: Intent;
  score: number;
}

export interface IntentMetrics {
  intent: Intent;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvaluationReport {
  accuracy: number;
  macroF1: number;
  perIntent: IntentMetrics[];
  confusions: Array<{ expected: Intent; predicted: Intent; count: number }>;
  predictions: Prediction[];
}

interface OutOfFold {
  example: TrainingExample;
  /**
   * Uncalibrated log scores, so that any temperature can be applied exactly;
   * null when the model knows none of the example's features (it then
   * answers `none` whatever the temperature, as at run time).
   */
  logScores: Map<Intent, number> | null;
}

/** Deterministic shuffle (mulberry32), so that folds are the same on every run. */
function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Stratified folds: each intent's examples are spread evenly over the k folds. */
export function stratifiedFolds(examples: readonly TrainingExample[], k: number, seed = 42): TrainingExample[][] {
  const folds: TrainingExample[][] = Array.from({ length: k }, () => []);
  let next = 0;
  for (const intent of INTENTS) {
    for (const e of seededShuffle(examples.filter((x) => x.intent === intent), seed)) {
      folds[next % k].push(e);
      next++;
    }
  }
  return folds;
}

/**
 * Fits a featurizer and model on these examples only: the typo-correction
 * vocabulary comes from their words (plus the hand-written concept lexicon),
 * never from the examples being evaluated.
 */
function fitRaw(normalizer: TextNormalizer, examples: readonly TrainingExample[], options: TrainingOptions) {
  const vocabulary = trainingVocabulary(normalizer, examples.map((e) => e.text));
  const featurizer = new Featurizer(normalizer, vocabulary);
  const model = SoftmaxIntentModel.train(
    examples.map((e) => ({ features: featurizer.features(e.text), intent: e.intent })),
    options,
  );
  return { featurizer, model, vocabulary };
}

function outOfFold(normalizer: TextNormalizer, examples: readonly TrainingExample[], k: number, options: TrainingOptions): OutOfFold[] {
  const folds = stratifiedFolds(examples, k);
  const out: OutOfFold[] = [];
  folds.forEach((test, i) => {
    const train = folds.filter((_, j) => j !== i).flat();
    const { featurizer, model } = fitRaw(normalizer, train, options);
    for (const example of test) {
      const features = featurizer.features(example.text);
      out.push({ example, logScores: model.knowsAny(features) ? model.logScores(features) : null });
    }
  });
  return out;
}

/** Temperature that minimises the negative log-likelihood of out-of-fold predictions. */
function fitTemperature(oof: readonly OutOfFold[]): number {
  const rows: Array<{ scores: number[]; target: number }> = [];
  for (const { example, logScores } of oof) {
    if (!logScores) continue;
    const labels = [...logScores.keys()];
    rows.push({ scores: [...logScores.values()], target: labels.indexOf(example.intent) });
  }
  const nll = (t: number) => {
    let total = 0;
    for (const { scores, target } of rows) {
      let max = -Infinity;
      for (const v of scores) if (v / t > max) max = v / t;
      let sum = 0;
      for (const v of scores) sum += exp(v / t - max);
      total -= (target < 0 ? -Infinity : scores[target] / t) - max - log(sum);
    }
    return total / rows.length;
  };
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.25; t <= 60; t *= 1.05) {
    const loss = nll(t);
    if (loss < bestLoss) {
      bestLoss = loss;
      best = t;
    }
  }
  return best;
}

/** Threshold on the calibrated top score that maximises out-of-fold macro-F1. */
function fitThreshold(oof: ReadonlyArray<{ example: TrainingExample; ranked: ScoredIntent[] }>): number {
  let best = 0;
  let bestF1 = -1;
  for (let t = 0; t <= 0.9; t += 0.01) {
    const preds = oof.map(({ example, ranked }) => ({ expected: example.intent, predicted: decide(ranked, t).intent }));
    const f1 = macroF1(preds);
    if (f1 > bestF1 + 1e-9) {
      bestF1 = f1;
      best = t;
    }
  }
  return Math.round(best * 100) / 100;
}

/** Trains the final model on all examples, with calibration fitted by 5-fold cross-validation. */
export function trainModel(
  normalizer: TextNormalizer,
  examples: readonly TrainingExample[],
  dataHash: string,
  options: TrainingOptions = DEFAULT_TRAINING_OPTIONS,
): IntentModelFile {
  const raw = outOfFold(normalizer, examples, 5, options);
  const temperature = fitTemperature(raw);
  const { model, vocabulary } = fitRaw(normalizer, examples, options);
  const threshold = fitThreshold(
    raw.map((o) => ({ example: o.example, ranked: o.logScores ? softmax(o.logScores, temperature) : nothingKnown(model.labels) })),
  );
  return {
    format: MODEL_FORMAT,
    dataHash,
    temperature: Math.round(temperature * 1000) / 1000,
    threshold,
    vocabulary,
    ...model.toFile(),
  };
}

export function macroF1(preds: ReadonlyArray<{ expected: Intent; predicted: Intent }>): number {
  return perIntentMetrics(preds).reduce((s, m) => s + m.f1, 0) / INTENTS.length;
}

export function perIntentMetrics(preds: ReadonlyArray<{ expected: Intent; predicted: Intent }>): IntentMetrics[] {
  const tp = new Map<Intent, number>();
  const fp = new Map<Intent, number>();
  const fn = new Map<Intent, number>();
  const add = (m: Map<Intent, number>, i: Intent) => m.set(i, (m.get(i) ?? 0) + 1);
  for (const p of preds) {
    if (p.expected === p.predicted) add(tp, p.expected);
    else {
      add(fp, p.predicted);
      add(fn, p.expected);
    }
  }
  return INTENTS.map((intent) => {
    const t = tp.get(intent) ?? 0;
    const falsePos = fp.get(intent) ?? 0;
    const falseNeg = fn.get(intent) ?? 0;
    const precision = t + falsePos ? t / (t + falsePos) : 0;
    const recall = t + falseNeg ? t / (t + falseNeg) : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { intent, precision, recall, f1, support: t + falseNeg };
  });
}

export function evaluationReport(predictions: Prediction[]): EvaluationReport {
  const counts = new Map<string, number>();
  for (const p of predictions) {
    if (p.expected !== p.predicted) {
      const key = `${p.expected}\t${p.predicted}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const confusions = [...counts.entries()]
    .map(([key, count]) => {
      const [expected, predicted] = key.split('\t') as [Intent, Intent];
      return { expected, predicted, count };
    })
    .sort((a, b) => b.count - a.count);
  return {
    accuracy: predictions.filter((p) => p.expected === p.predicted).length / predictions.length,
    macroF1: macroF1(predictions),
    perIntent: perIntentMetrics(predictions),
    confusions,
    predictions,
  };
}

/**
 * k-fold cross-validation of the whole training procedure: each fold's model
 * is trained (and calibrated) on the other folds only, then scored on its fold.
 */
export function crossValidate(
  normalizer: TextNormalizer,
  examples: readonly TrainingExample[],
  k = 5,
  options: TrainingOptions = DEFAULT_TRAINING_OPTIONS,
): EvaluationReport {
  const folds = stratifiedFolds(examples, k, 7);
  const predictions: Prediction[] = [];
  folds.forEach((test, i) => {
    const train = folds.filter((_, j) => j !== i).flat();
    const classifier = IntentClassifier.fromModel(trainModel(normalizer, train, 'cv', options), normalizer);
    for (const e of test) {
      const r = classifier.classify(e.text);
      predictions.push({ text: e.text, expected: e.intent, predicted: r.intent, score: r.score });
    }
  });
  return evaluationReport(predictions);
}
