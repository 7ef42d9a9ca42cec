/**
 * The learned second stage of the red-flag check: a softmax (multinomial
 * logistic) regression over red-flag categories, `none` and `worry`, trained on
 * knowledge/safety/training/*.yaml by `npm run train:redflags` with the intent
 * classifier's trainer (src/nlu/intentModel.ts). It generalises to wordings
 * the lexicon has not seen; src/safety/redFlagScreen.ts combines the two.
 *
 * knowledge/safety/red-flag-model.json:
 *
 * ```jsonc
 * {
 *   "format": "back-relief-red-flag-model/1",
 *   "dataHash": "…",          // sha256 of the training files, cues and intents/lexicon
 *   "thresholds": { "flag": 0.8, "check": 0.4 },  // chosen by cross-validation
 *   "vocabulary": [...], "labels": [...], "features": [...], "bias": [...],
 *   "weightScale": 0.0001, "weights": "…",       // as in intents/model.json
 *   "cv": { ... }              // the cross-validated figures, for the record
 * }
 * ```
 */
import { readFileSync } from 'node:fs';
import { SoftmaxIntentModel } from '../nlu/intentModel';
import type { Intent } from '../nlu/intents';
import type { TextNormalizer } from '../nlu/textNormalizer';
import { Cues, RedFlagFeaturizer, segments } from './redFlagFeatures';

export const RED_FLAG_MODEL_FORMAT = 'back-relief-red-flag-model/1';
/** Labels that are not red flags. */
export const NONE = 'none';
export const WORRY = 'worry';

export interface Thresholds {
  /** At or above this probability the model alone raises the category's own level. */
  flag: number;
  /** At or above this (and below `flag`) the bot asks the category's check question. */
  check: number;
}

export interface CvFigures {
  folds: number;
  examples: number;
  [figure: string]: number | string;
}

export interface RedFlagModelFile {
  format: typeof RED_FLAG_MODEL_FORMAT;
  dataHash: string;
  thresholds: Thresholds;
  vocabulary: string[];
  labels: string[];
  features: string[];
  bias: number[];
  weightScale: number;
  weights: string;
  cv: CvFigures;
}

export interface ModelReading {
  /** The most likely red-flag category over all segments, or null when none scores above 0. */
  flag: string | null;
  /** Its probability in the segment where it scored highest. */
  probability: number;
  /** Probability that the message is a worry about a serious illness (whole message). */
  worry: number;
}

/**
 * The intent trainer types its labels as intents; here they are red-flag
 * categories. The cast is confined to these two functions.
 */
export function trainSoftmax(docs: ReadonlyArray<{ features: string[]; label: string }>): SoftmaxIntentModel {
  return SoftmaxIntentModel.train(docs.map((d) => ({ features: d.features, intent: d.label as Intent })));
}

function logScores(model: SoftmaxIntentModel, features: readonly string[]): Map<string, number> {
  return model.logScores(features) as Map<string, number>;
}

/** Probabilities of every label for one set of features (uniform `none` when nothing is known). */
export function probabilities(model: SoftmaxIntentModel, features: readonly string[]): Map<string, number> {
  if (!model.knowsAny(features)) return new Map([[NONE, 1]]);
  const scores = logScores(model, features);
  const max = Math.max(...scores.values());
  let sum = 0;
  const out = new Map<string, number>();
  for (const [label, s] of scores) {
    const e = Math.exp(s - max);
    out.set(label, e);
    sum += e;
  }
  for (const [label, e] of out) out.set(label, e / sum);
  return out;
}

/** Reads a message segment by segment and keeps, per category, its highest probability. */
export function readMessage(model: SoftmaxIntentModel, featurizer: RedFlagFeaturizer, text: string): ModelReading {
  let flag: string | null = null;
  let probability = 0;
  let worry = 0;
  segments(text).forEach((segment, i) => {
    const p = probabilities(model, featurizer.features(segment));
    if (i === 0) worry = p.get(WORRY) ?? 0;
    for (const [label, v] of p) {
      if (label === NONE || label === WORRY) continue;
      if (v > probability) {
        probability = v;
        flag = label;
      }
    }
  });
  return { flag, probability, worry };
}

export class RedFlagModel {
  private constructor(
    private readonly model: SoftmaxIntentModel,
    private readonly featurizer: RedFlagFeaturizer,
    readonly thresholds: Thresholds,
    readonly dataHash: string,
    readonly labels: readonly string[],
  ) {}

  static fromFile(file: RedFlagModelFile, normalizer: TextNormalizer, cues: Cues): RedFlagModel {
    if (file.format !== RED_FLAG_MODEL_FORMAT) throw new Error(`red-flag model: format must be ${RED_FLAG_MODEL_FORMAT}`);
    const k = file.labels.length;
    const bytes = Buffer.from(file.weights, 'base64');
    if (bytes.length !== file.features.length * k * 2 || file.bias.length !== k) {
      throw new Error('red-flag model: weights or bias do not match features x labels');
    }
    const weights = new Float32Array(bytes.length / 2);
    for (let i = 0; i < weights.length; i++) weights[i] = bytes.readInt16LE(i * 2) * file.weightScale;
    const model = new SoftmaxIntentModel({
      labels: file.labels as Intent[],
      features: file.features,
      bias: Float64Array.from(file.bias),
      weights,
    });
    return new RedFlagModel(model, new RedFlagFeaturizer(normalizer, cues, file.vocabulary), file.thresholds, file.dataHash, file.labels);
  }

  /** Loads knowledge/safety/red-flag-model.json; a missing file says how to make it. */
  static load(path: string, normalizer: TextNormalizer, cues: Cues): RedFlagModel {
    let file: RedFlagModelFile;
    try {
      file = JSON.parse(readFileSync(path, 'utf8')) as RedFlagModelFile;
    } catch (err) {
      throw new Error(`${path}: cannot read the red-flag model (${(err as Error).message}); run \`npm run train:redflags\``);
    }
    return RedFlagModel.fromFile(file, normalizer, cues);
  }

  read(text: string): ModelReading {
    return readMessage(this.model, this.featurizer, text);
  }
}
