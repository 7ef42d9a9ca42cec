/**
 * The learned second stage of the red-flag check: a softmax (multinomial
 * logistic) regression over red-flag categories, `none` and `worry`, trained on
 * knowledge/safety/training/*.yaml by `npm run train:redflags` with the intent
 * classifier's trainer (src/nlu/intentModel.ts). It generalises to wordings
 * the lexicon has not seen; src/safety/redFlagScreen.ts combines the two.
 *
 * Two softmax models over the same features: the gate (`flag` / `none` /
 * `worry`: is this segment about a red flag of the user's own?) and the
 * category model (which flag?), trained on the flag examples only. Splitting
 * them keeps 22 flag categories from outvoting one `none` class.
 *
 * knowledge/safety/red-flag-model.json:
 *
 * ```jsonc
 * {
 *   "format": "back-relief-red-flag-model/2",
 *   "dataHash": "…",          // sha256 of the training files, cues and intents/lexicon
 *   "thresholds": { "flag": 0.8, "check": 0.4 },  // on the gate's `flag` probability, chosen by cross-validation
 *   "vocabulary": [...],      // normalised training words (typo correction)
 *   "gate": { "labels": [...], "features": [...], "bias": [...], "weightScale": 0.0001, "weights": "…" },
 *   "categories": { ...the same fields... },      // weights as in intents/model.json
 *   "cv": { ... }              // the cross-validated figures, for the record
 * }
 * ```
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEFAULT_TRAINING_OPTIONS, SoftmaxIntentModel, TrainingOptions } from '../nlu/intentModel';
import type { Intent } from '../nlu/intents';
import type { TextNormalizer } from '../nlu/textNormalizer';
import { Cues, RedFlagFeaturizer, segments } from './redFlagFeatures';
import { OWN_CLAUSE_FILE, OwnClause } from './ownClause';

export const RED_FLAG_MODEL_FORMAT = 'back-relief-red-flag-model/2';
/** Labels that are not red flags. */
export const NONE = 'none';
export const WORRY = 'worry';
/** The gate's label for "a red flag of the user's own". */
export const FLAG = 'flag';

/** Chosen by cross-validation (scripts: `npm run train:redflags` prints the figures). */
export const RED_FLAG_TRAINING: TrainingOptions = {
  ...DEFAULT_TRAINING_OPTIONS,
  ...(process.env.RF_OPTS ? (JSON.parse(process.env.RF_OPTS) as Partial<TrainingOptions>) : {}),
};

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
  gate: WeightsFile;
  categories: WeightsFile;
  cv: CvFigures;
}

export interface WeightsFile {
  labels: string[];
  features: string[];
  bias: number[];
  weightScale: number;
  weights: string;
}

/** The two trained models. */
export interface TwoStage {
  gate: SoftmaxIntentModel;
  categories: SoftmaxIntentModel;
}

export interface ModelReading {
  /** The most likely red-flag category over all segments, or null when none scores above 0. */
  flag: string | null;
  /** Probability that the most likely segment names some red flag (any category). */
  probability: number;
  /** Probability that the message is a worry about a serious illness (whole message). */
  worry: number;
  /** False when the flag's category has anchor concepts (model-cues.yaml) and its segment names none of them. */
  anchored: boolean;
  /**
   * False when the flag's category has anchor concepts and its segment names them only
   * inside a negation, supposition or other-person scope ("neg:%bladder"): none told as the writer's own.
   */
  asserted?: boolean;
}

/** Whether features hold a concept, alone, in a pair or in a scope ("%bladder", "%bladder+toilet", "neg:%toilet"). */
function holdsConcept(features: readonly string[], concept: string, assertedOnly = false): boolean {
  const name = `%${concept}`;
  return features.some((f) => {
    if (assertedOnly && /^(neg|hyp|oth):/.test(f)) return false;
    const bare = f.replace(/^(neg|hyp|oth):/, '');
    return bare === name || bare.startsWith(`${name}+`) || bare.includes(`+${concept}+`) || bare.endsWith(`+${concept}`);
  });
}

/**
 * The intent trainer types its labels as intents; here they are red-flag
 * categories. The cast is confined to these two functions.
 */
export function trainSoftmax(docs: ReadonlyArray<{ features: string[]; label: string }>, options: TrainingOptions = RED_FLAG_TRAINING): SoftmaxIntentModel {
  return SoftmaxIntentModel.train(docs.map((d) => ({ features: d.features, intent: d.label as Intent })), options);
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

/** Gate probabilities this close count as a tie between segments. */
const SEGMENT_TIE = 0.01;

/**
 * Reads a message segment by segment: the message takes the segment the gate
 * finds most likely to be a red flag, and that segment's most likely category.
 * When the whole message is the most likely, a clause about as likely (within
 * SEGMENT_TIE) and surer of its category wins: the whole of "the urine is
 * escaping ... I am 40 years man" is torn between fever and bladder, its first
 * clause is plainly bladder.
 */
export function readMessage(models: TwoStage, featurizer: RedFlagFeaturizer, text: string, anchors: Readonly<Record<string, readonly string[]>> = {}, wholeOnly = false): ModelReading {
  let worry = 0;
  const read: Array<{ p: number; flag: string | null; sure: number; features: string[] }> = [];
  const parts = segments(featurizer.language, text);
  (wholeOnly ? parts.slice(0, 1) : parts).forEach((segment, i) => {
    const features = featurizer.features(segment);
    const gate = probabilities(models.gate, features);
    if (i === 0) worry = gate.get(WORRY) ?? 0;
    const p = gate.get(FLAG) ?? 0;
    let flag: string | null = null;
    let sure = -1;
    if (p > 0) {
      for (const [label, v] of probabilities(models.categories, features)) {
        if (label !== NONE && v > sure) {
          sure = v;
          flag = label;
        }
      }
    }
    read.push({ p, flag, sure, features });
  });
  let best = read.reduce<(typeof read)[number] | null>((a, b) => (b.p > (a?.p ?? 0) ? b : a), null);
  if (!best) return { flag: null, probability: 0, worry, anchored: true };
  // Only the whole message gives way, to a clause: a clause is never traded for the mixture.
  if (best === read[0]) best = read.filter((r) => r.p >= best!.p - SEGMENT_TIE).reduce((a, b) => (b.sure > a.sure ? b : a));
  const needed = best.flag ? anchors[best.flag] : undefined;
  const anchored = !needed || needed.some((c) => holdsConcept(best!.features, c));
  const asserted = !needed || needed.some((c) => holdsConcept(best!.features, c, true));
  return { flag: best.flag, probability: best.p, worry, anchored, asserted };
}

function readWeights(file: WeightsFile, name: string): SoftmaxIntentModel {
  const k = file.labels.length;
  const bytes = Buffer.from(file.weights, 'base64');
  if (bytes.length !== file.features.length * k * 2 || file.bias.length !== k) {
    throw new Error(`red-flag model: ${name}: weights or bias do not match features x labels`);
  }
  const weights = new Float32Array(bytes.length / 2);
  for (let i = 0; i < weights.length; i++) weights[i] = bytes.readInt16LE(i * 2) * file.weightScale;
  return new SoftmaxIntentModel({ labels: file.labels as Intent[], features: file.features, bias: Float64Array.from(file.bias), weights });
}

export class RedFlagModel {
  private constructor(
    private readonly models: TwoStage,
    private readonly featurizer: RedFlagFeaturizer,
    readonly thresholds: Thresholds,
    readonly dataHash: string,
    /** The red-flag categories the model knows. */
    readonly categories: readonly string[],
    private readonly anchors: Readonly<Record<string, readonly string[]>>,
    private readonly ownClause: OwnClause | null = null,
  ) {}

  /** `ownClause`: the flags the model alone raises only on a clause that tells the sign of a body part (own-clause.yaml). */
  static fromFile(file: RedFlagModelFile, normalizer: TextNormalizer, cues: Cues, ownClause: OwnClause | null = null): RedFlagModel {
    if (file.format !== RED_FLAG_MODEL_FORMAT) throw new Error(`red-flag model: format must be ${RED_FLAG_MODEL_FORMAT}; run \`npm run train:redflags\``);
    const models = { gate: readWeights(file.gate, 'gate'), categories: readWeights(file.categories, 'categories') };
    return new RedFlagModel(models, new RedFlagFeaturizer(normalizer, cues, file.vocabulary), file.thresholds, file.dataHash, file.categories.labels, cues.anchors, ownClause);
  }

  /** Loads knowledge/safety/red-flag-model.json; a missing file says how to make it. */
  static load(path: string, normalizer: TextNormalizer, cues: Cues): RedFlagModel {
    let file: RedFlagModelFile;
    try {
      file = JSON.parse(readFileSync(path, 'utf8')) as RedFlagModelFile;
    } catch (err) {
      throw new Error(`${path}: cannot read the red-flag model (${(err as Error).message}); run \`npm run train:redflags\``);
    }
    // own-clause.yaml sits beside the model: it holds no weights, so changing it needs no retraining.
    return RedFlagModel.fromFile(file, normalizer, cues, OwnClause.fromFile(join(dirname(path), OWN_CLAUSE_FILE), normalizer.language));
  }

  read(text: string): ModelReading {
    return this.inOwnClause(readMessage(this.models, this.featurizer, text, this.anchors), text);
  }

  /** The message read whole, not clause by clause: a sign and the reason given for it in the next clause read together. */
  readWhole(text: string): ModelReading {
    return this.inOwnClause(readMessage(this.models, this.featurizer, text, this.anchors, true), text);
  }

  /** A flag of own-clause.yaml with no clause telling its sign of a body part is unanchored: asked about, not raised. */
  private inOwnClause(reading: ModelReading, text: string): ModelReading {
    if (!this.ownClause || reading.flag === null || !reading.anchored || this.ownClause.holds(reading.flag, text)) return reading;
    return { ...reading, anchored: false };
  }
}
