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
 *   "features": ["spasm", "how_long", "#heat", "~spa", …],  // feature strings, in weight-row order
 *   "bias": [0.12, -0.4, …],         // one per label
 *   "weightScale": 0.0001,           // weight = stored integer * weightScale
 *   "weights": "AAEC…"               // base64 of little-endian int16, features x labels, row-major
 * }
 * ```
 *
 * Feature strings: a word stem (`spasm`), a stem bigram (`how_long`), a
 * concept from intents/lexicon/concepts.yaml (`#heat`), a character n-gram
 * of a word with ^ and $ marking its ends (`~^spa`), `<num>` for a number and
 * `<oov>` for a word unknown even after typo correction.
 */
export interface IntentModelFile {
  format: typeof MODEL_FORMAT;
  /** Hash of the training data and lexicons; a test fails when it is stale. */
  dataHash: string;
  /** Softmax temperature fitted on out-of-fold predictions (calibration). */
  temperature: number;
  /** Below this calibrated probability the answer is `none`. */
  threshold: number;
  /** Normalised words seen in training, most frequent first, for typo correction. */
  vocabulary: string[];
  labels: Intent[];
  features: string[];
  bias: number[];
  weightScale: number;
  /** base64 of little-endian int16 weights, features x labels, row-major. */
  weights: string;
}

export const MODEL_FORMAT = 'back-relief-intent-model/2';

export interface ScoredIntent {
  intent: Intent;
  score: number;
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Chance of hiding each feature of an example on each pass, so that no single word carries an intent. */
  dropout: number;
  seed: number;
}

export const DEFAULT_TRAINING_OPTIONS: TrainingOptions = { epochs: 30, learningRate: 0.5, l2: 1e-4, dropout: 0, seed: 1 };

/** The trained weights in memory. */
export interface SoftmaxWeights {
  labels: Intent[];
  features: string[];
  bias: Float64Array;
  /** features x labels, row-major. */
  weights: Float32Array;
}

/**
 * Multinomial logistic (softmax) regression over sparse binary features,
 * trained with Adagrad. Its scores are log-probabilities from a proper
 * likelihood, so calibration is a matter of one fitted temperature; and it
 * trains in a fraction of a second, so the test suite can cross-validate it.
 */
export class SoftmaxIntentModel {
  private readonly index: Map<string, number>;
  readonly labels: Intent[];
  private readonly bias: Float64Array;
  private readonly weights: Float32Array;

  constructor(model: SoftmaxWeights) {
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

  static train(
    docs: ReadonlyArray<{ features: readonly string[]; intent: Intent }>,
    options: TrainingOptions = DEFAULT_TRAINING_OPTIONS,
  ): SoftmaxIntentModel {
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
    const order = rows.map((_, i) => i);
    let seed = options.seed >>> 0;
    const rand = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296;
    const z = new Float64Array(k);
    const kept = new Int32Array(Math.max(1, ...rows.map((r) => r.x.length)));
    const { learningRate: lr, l2, dropout } = options;
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      for (const r of order) {
        const { x, y } = rows[r];
        let n = 0;
        for (const f of x) if (dropout === 0 || rand() >= dropout) kept[n++] = f;
        const scale = dropout > 0 ? 1 / (1 - dropout) : 1;
        let max = -Infinity;
        for (let c = 0; c < k; c++) {
          let s = b[c];
          for (let m = 0; m < n; m++) s += w[kept[m] * k + c] * scale;
          z[c] = s;
          if (s > max) max = s;
        }
        let sum = 0;
        for (let c = 0; c < k; c++) sum += (z[c] = Math.exp(z[c] - max));
        for (let c = 0; c < k; c++) {
          const grad = z[c] / sum - (c === y ? 1 : 0);
          gb2[c] += grad * grad;
          b[c] -= (lr * grad) / Math.sqrt(gb2[c]);
          for (let m = 0; m < n; m++) {
            const at = kept[m] * k + c;
            const gf = grad * scale + l2 * w[at];
            g2[at] += gf * gf;
            w[at] -= (lr * gf) / Math.sqrt(g2[at]);
          }
        }
      }
    }
    return new SoftmaxIntentModel({ labels, features: [...featureIndex.keys()], bias: b, weights: Float32Array.from(w) });
  }

  /** Log-probabilities, up to a constant, for every intent. */
  logScores(features: readonly string[]): Map<Intent, number> {
    const k = this.labels.length;
    const z = Array.from(this.bias);
    for (const f of new Set(features)) {
      const i = this.index.get(f);
      if (i === undefined) continue;
      for (let c = 0; c < k; c++) z[c] += this.weights[i * k + c];
    }
    return new Map(this.labels.map((l, c) => [l, z[c]]));
  }

  /** Calibrated probabilities, best first. */
  rank(features: readonly string[], temperature: number): ScoredIntent[] {
    return softmax(this.logScores(features), temperature);
  }

  /** The parts of the model file that hold the weights (int16-quantised). */
  toFile(): Pick<IntentModelFile, 'labels' | 'features' | 'bias' | 'weightScale' | 'weights'> {
    let max = 0;
    for (const v of this.weights) max = Math.max(max, Math.abs(v));
    const weightScale = Math.max(max, 1e-9) / 32767;
    const ints = new Int16Array(this.weights.length);
    for (let i = 0; i < ints.length; i++) ints[i] = Math.round(this.weights[i] / weightScale);
    return {
      labels: this.labels,
      features: this.features,
      bias: Array.from(this.bias, (v) => Math.round(v * 1e4) / 1e4),
      weightScale,
      weights: Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength).toString('base64'),
    };
  }

  static fromFile(file: Pick<IntentModelFile, 'labels' | 'features' | 'bias' | 'weightScale' | 'weights'>): SoftmaxIntentModel {
    const labels = file.labels.filter(isIntent);
    if (labels.length !== file.labels.length) throw new Error(`field "labels" names an unknown intent`);
    const bytes = Buffer.from(file.weights, 'base64');
    if (bytes.length !== file.features.length * labels.length * 2) {
      throw new Error(`field "weights" has ${bytes.length / 2} values; expected features x labels`);
    }
    const ints = new Int16Array(bytes.length / 2);
    for (let i = 0; i < ints.length; i++) ints[i] = bytes.readInt16LE(i * 2);
    return new SoftmaxIntentModel({
      labels,
      features: file.features,
      bias: Float64Array.from(file.bias),
      weights: Float32Array.from(ints, (v) => v * file.weightScale),
    });
  }
}

/** Softmax of log scores at a temperature, best first. */
export function softmax(logScores: ReadonlyMap<Intent, number>, temperature: number): ScoredIntent[] {
  const max = Math.max(...logScores.values());
  let sum = 0;
  const exps: Array<[Intent, number]> = [];
  for (const [intent, s] of logScores) {
    const e = Math.exp((s - max) / temperature);
    exps.push([intent, e]);
    sum += e;
  }
  return exps.map(([intent, e]) => ({ intent, score: e / sum })).sort((a, b) => b.score - a.score);
}
