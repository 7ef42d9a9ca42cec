import type { FeatureProfile } from './featurizer';
import { Intent, isIntent } from './intents';

/**
 * The trained model as written to intents/model.json by `npm run train`
 * (src/cli/train.ts) and read by IntentClassifier.load.
 *
 * ```jsonc
 * {
 *   "format": "back-relief-intent-model/2",
 *   "dataHash": "9f2c…",             // sha256 of intents/*.yaml, intents/lexicon/* and the featurizer version
 *   "temperature": 1.42,             // softmax temperature fitted on out-of-fold scores (calibration)
 *   "threshold": 0.31,               // below this calibrated probability the answer is `none`
 *   "vocabulary": ["back", "my", …], // normalised training words, most frequent first (typo correction)
 *   "labels": ["about_back_spasms", …],   // the intents, in weight-column order
 *   "features": ["spasm", "#heat", "<num>", …],  // feature strings, in weight-row order
 *   "bias": [0.12, -0.4, …],         // one per label
 *   "weightScale": 0.0001,           // weight = stored integer * weightScale
 *   "weights": "AAEC…"               // base64 of little-endian int16, features x labels, row-major
 * }
 * ```
 *
 * Feature strings (src/nlu/featurizer.ts): a word stem (`spasm`), a concept
 * from intents/lexicon/concepts.yaml (`#heat`), `<num>` for a number and
 * `<elsewhere>` for a message about another body part or illness.
 *
 * The same format holds the dialogue-act model (intents/acts-model.json), whose
 * labels are acts and which adds `featureProfile` (see featurizer.ts).
 */
export interface IntentModelFile<L extends string = Intent> {
  format: typeof MODEL_FORMAT;
  /** Hash of the training data and lexicons; a test fails when it is stale. */
  dataHash: string;
  /** Softmax temperature fitted on out-of-fold predictions (calibration). */
  temperature: number;
  /** Below this calibrated probability the answer is `none`. */
  threshold: number;
  /** Normalised words seen in training, most frequent first, for typo correction. */
  vocabulary: string[];
  /** How text becomes features, when not the intent classifier's default. */
  featureProfile?: FeatureProfile;
  labels: L[];
  features: string[];
  bias: number[];
  weightScale: number;
  /** base64 of little-endian int16 weights, features x labels, row-major. */
  weights: string;
}

export const MODEL_FORMAT = 'back-relief-intent-model/2';

// Local bindings for the training loop: a global lookup per call is slow where
// the global object is a proxy (jest's VM context: about 10x).
const { exp, sqrt } = Math;

/** A label (an intent, or a dialogue act for the act model) with its probability. */
export interface ScoredIntent<L extends string = Intent> {
  intent: L;
  score: number;
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty, applied to the weights of the features an example has. */
  l2: number;
  /** Seed of the example order (training is deterministic). */
  seed: number;
}

/** Chosen by 5-fold cross-validation (macro-F1); fewer epochs and a small rate act as regularisation. */
export const DEFAULT_TRAINING_OPTIONS: TrainingOptions = { epochs: 15, learningRate: 0.1, l2: 1e-4, seed: 1 };

/** The trained weights in memory. */
export interface SoftmaxWeights<L extends string = Intent> {
  labels: L[];
  features: string[];
  bias: Float64Array;
  /** features x labels, row-major. */
  weights: Float32Array;
}

type WeightFields<L extends string> = Pick<IntentModelFile<L>, 'labels' | 'features' | 'bias' | 'weightScale' | 'weights'>;

/**
 * Multinomial logistic (softmax) regression over sparse binary features,
 * trained with Adagrad. Its scores are log-probabilities from a proper
 * likelihood, so calibration is a matter of one fitted temperature; it trains
 * in a fraction of a second, so the test suite can cross-validate it; and it
 * beat natural's naive Bayes and an average of the two in cross-validation.
 */
export class SoftmaxIntentModel<L extends string = Intent> {
  private readonly index: Map<string, number>;
  readonly labels: L[];
  private readonly bias: Float64Array;
  private readonly weights: Float32Array;

  constructor(model: SoftmaxWeights<L>) {
    this.labels = model.labels;
    this.bias = model.bias;
    this.weights = model.weights;
    this.index = new Map(model.features.map((f, i) => [f, i]));
  }

  get features(): string[] {
    return [...this.index.keys()];
  }

  /** Whether any of the features is one the model has weights for. */
  knowsAny(features: readonly string[]): boolean {
    return features.some((f) => this.index.has(f));
  }

  static train<L extends string = Intent>(
    docs: ReadonlyArray<{ features: readonly string[]; intent: L }>,
    options: TrainingOptions = DEFAULT_TRAINING_OPTIONS,
  ): SoftmaxIntentModel<L> {
    const labels = [...new Set(docs.map((d) => d.intent))].sort();
    const labelIndex = new Map(labels.map((l, i) => [l, i]));
    const featureIndex = new Map<string, number>();
    const rows = docs.map((d) => ({
      x: Int32Array.from(new Set(d.features), (f) => {
        let i = featureIndex.get(f);
        if (i === undefined) featureIndex.set(f, (i = featureIndex.size));
        return i;
      }),
      y: labelIndex.get(d.intent) as number,
    }));
    const k = labels.length;
    const w = new Float64Array(featureIndex.size * k);
    const g2 = new Float64Array(featureIndex.size * k).fill(1e-8);
    const b = new Float64Array(k);
    const gb2 = new Float64Array(k).fill(1e-8);
    const p = new Float64Array(k);
    const order = rows.map((_, i) => i);
    let seed = options.seed >>> 0;
    const rand = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296;
    const { learningRate: lr, l2 } = options;
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      for (let o = 0; o < order.length; o++) {
        const { x, y } = rows[order[o]];
        const n = x.length;
        let max = -Infinity;
        for (let c = 0; c < k; c++) {
          let z = b[c];
          for (let m = 0; m < n; m++) z += w[x[m] * k + c];
          p[c] = z;
          if (z > max) max = z;
        }
        let sum = 0;
        for (let c = 0; c < k; c++) sum += p[c] = exp(p[c] - max);
        for (let c = 0; c < k; c++) {
          const grad = p[c] / sum - (c === y ? 1 : 0);
          gb2[c] += grad * grad;
          b[c] -= (lr * grad) / sqrt(gb2[c]);
          for (let m = 0; m < n; m++) {
            const at = x[m] * k + c;
            const g = grad + l2 * w[at];
            g2[at] += g * g;
            w[at] -= (lr * g) / sqrt(g2[at]);
          }
        }
      }
    }
    return new SoftmaxIntentModel({ labels, features: [...featureIndex.keys()], bias: b, weights: Float32Array.from(w) });
  }

  /** Log-probabilities, up to a constant, for every intent. */
  logScores(features: readonly string[]): Map<L, number> {
    const k = this.labels.length;
    const z = Array.from(this.bias);
    for (const f of new Set(features)) {
      const i = this.index.get(f);
      if (i === undefined) continue;
      for (let c = 0; c < k; c++) z[c] += this.weights[i * k + c];
    }
    return new Map(this.labels.map((l, c) => [l, z[c]]));
  }

  /**
   * Calibrated probabilities, best first. A message with no feature the model
   * knows (empty, emoji, gibberish, words never seen) has no evidence for any
   * intent: it gets `none` with probability 1.
   */
  rank(features: readonly string[], temperature: number): ScoredIntent<L>[] {
    if (!this.knowsAny(features)) return nothingKnown(this.labels);
    return softmax(this.logScores(features), temperature);
  }

  /** The model file's weight fields (weights quantised to int16). */
  toFile(): WeightFields<L> {
    let max = 1e-9;
    for (const v of this.weights) max = Math.max(max, Math.abs(v));
    const weightScale = max / 32767;
    const bytes = Buffer.alloc(this.weights.length * 2);
    this.weights.forEach((v, i) => bytes.writeInt16LE(Math.round(v / weightScale), i * 2));
    return {
      labels: this.labels,
      features: this.features,
      bias: Array.from(this.bias, (v) => Math.round(v * 1e4) / 1e4),
      weightScale,
      weights: bytes.toString('base64'),
    };
  }

  /** Reads the model file's weight fields; a malformed file throws naming the field. */
  static fromFile<L extends string = Intent>(
    file: WeightFields<L>,
    isLabel: (value: string) => value is L = isIntent as (value: string) => value is L,
  ): SoftmaxIntentModel<L> {
    if (!Array.isArray(file.labels) || !file.labels.every(isLabel)) {
      throw new Error('field "labels" must list known labels');
    }
    const k = file.labels.length;
    if (!Array.isArray(file.features) || !Array.isArray(file.bias) || file.bias.length !== k) {
      throw new Error('fields "features" and "bias" must be lists, with one bias per label');
    }
    if (typeof file.weightScale !== 'number' || typeof file.weights !== 'string') {
      throw new Error('fields "weightScale" and "weights" must be a number and a base64 string');
    }
    const bytes = Buffer.from(file.weights, 'base64');
    if (bytes.length !== file.features.length * k * 2) {
      throw new Error(`field "weights" holds ${bytes.length / 2} values; expected features x labels = ${file.features.length * k}`);
    }
    const weights = new Float32Array(bytes.length / 2);
    for (let i = 0; i < weights.length; i++) weights[i] = bytes.readInt16LE(i * 2) * file.weightScale;
    return new SoftmaxIntentModel({ labels: file.labels, features: file.features, bias: Float64Array.from(file.bias), weights });
  }
}

/** The ranking for a message with nothing the model knows: `none` certain, every other intent 0. */
export function nothingKnown<L extends string = Intent>(labels: readonly L[]): ScoredIntent<L>[] {
  return [{ intent: 'none' as L, score: 1 }, ...labels.filter((l) => l !== 'none').map((intent) => ({ intent, score: 0 }))];
}

/** Softmax of log scores at a temperature, best first. */
export function softmax<L extends string = Intent>(logScores: ReadonlyMap<L, number>, temperature: number): ScoredIntent<L>[] {
  const max = Math.max(...logScores.values());
  let sum = 0;
  const exps: Array<[L, number]> = [];
  for (const [intent, s] of logScores) {
    const e = Math.exp((s - max) / temperature);
    exps.push([intent, e]);
    sum += e;
  }
  return exps.map(([intent, e]) => ({ intent, score: e / sum })).sort((a, b) => b.score - a.score);
}


