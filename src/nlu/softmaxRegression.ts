import type { Intent } from './intents';

/** Weights of a multinomial logistic regression over sparse binary features. */
export interface SoftmaxWeights {
  labels: Intent[];
  features: string[];
  /** weights[featureIndex][labelIndex], rounded for a compact model file. */
  weights: number[][];
  bias: number[];
}

export interface SoftmaxTrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

export const DEFAULT_SOFTMAX_OPTIONS: SoftmaxTrainingOptions = { epochs: 40, learningRate: 0.5, l2: 1e-4, seed: 1 };

/**
 * Multinomial logistic regression trained with Adagrad. Its outputs are
 * probabilities from a proper likelihood, which makes calibration a matter of
 * one fitted temperature; and it trains in well under a second on this data,
 * so k-fold cross-validation can run in the test suite.
 */
export class SoftmaxRegression {
  private readonly index: Map<string, number>;

  constructor(readonly model: SoftmaxWeights) {
    this.index = new Map(model.features.map((f, i) => [f, i]));
  }

  static train(
    docs: ReadonlyArray<{ features: readonly string[]; intent: Intent }>,
    options: SoftmaxTrainingOptions = DEFAULT_SOFTMAX_OPTIONS,
  ): SoftmaxRegression {
    const labels = [...new Set(docs.map((d) => d.intent))].sort();
    const labelIndex = new Map(labels.map((l, i) => [l, i]));
    const featureIndex = new Map<string, number>();
    const rows = docs.map((d) => ({
      x: [...new Set(d.features)].map((f) => {
        if (!featureIndex.has(f)) featureIndex.set(f, featureIndex.size);
        return featureIndex.get(f) as number;
      }),
      y: labelIndex.get(d.intent) as number,
    }));
    const k = labels.length;
    const w = Array.from({ length: featureIndex.size }, () => new Float64Array(k));
    const g2 = Array.from({ length: featureIndex.size }, () => new Float64Array(k).fill(1e-8));
    const b = new Float64Array(k);
    const gb2 = new Float64Array(k).fill(1e-8);
    const order = rows.map((_, i) => i);
    let seed = options.seed >>> 0;
    const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
    const p = new Float64Array(k);
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      for (const r of order) {
        const { x, y } = rows[r];
        probabilities(x, w, b, p);
        for (let c = 0; c < k; c++) {
          const grad = p[c] - (c === y ? 1 : 0);
          gb2[c] += grad * grad;
          b[c] -= (options.learningRate * grad) / Math.sqrt(gb2[c]);
          for (const f of x) {
            const gf = grad + options.l2 * w[f][c];
            g2[f][c] += gf * gf;
            w[f][c] -= (options.learningRate * gf) / Math.sqrt(g2[f][c]);
          }
        }
      }
    }
    const round = (v: number) => Math.round(v * 1e4) / 1e4;
    return new SoftmaxRegression({
      labels,
      features: [...featureIndex.keys()],
      weights: w.map((row) => Array.from(row, round)),
      bias: Array.from(b, round),
    });
  }

  /** Log-probabilities (up to a constant) for each label. */
  logScores(features: readonly string[]): Map<Intent, number> {
    const { labels, weights, bias } = this.model;
    const z = [...bias];
    for (const f of new Set(features)) {
      const i = this.index.get(f);
      if (i === undefined) continue;
      const row = weights[i];
      for (let c = 0; c < z.length; c++) z[c] += row[c];
    }
    return new Map(labels.map((l, c) => [l, z[c]]));
  }
}

function probabilities(x: readonly number[], w: Float64Array[], b: Float64Array, out: Float64Array): void {
  let max = -Infinity;
  for (let c = 0; c < out.length; c++) {
    let z = b[c];
    for (const f of x) z += w[f][c];
    out[c] = z;
    if (z > max) max = z;
  }
  let sum = 0;
  for (let c = 0; c < out.length; c++) {
    out[c] = Math.exp(out[c] - max);
    sum += out[c];
  }
  for (let c = 0; c < out.length; c++) out[c] /= sum;
}
