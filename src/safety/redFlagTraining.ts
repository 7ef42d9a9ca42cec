/**
 * Training and cross-validation of the learned red-flag stage
 * (src/safety/redFlagModel.ts) from knowledge/safety/training/*.yaml.
 *
 * Thresholds are chosen on out-of-fold predictions of the whole screen (lexicon
 * + model, src/safety/redFlagScreen.ts `combine`): the `flag` threshold is the
 * lowest at which the model raises at most FLAG_FALSE_ALARMS of the messages
 * that must not escalate (and that the lexicon leaves alone) to emergency or
 * urgent, the `check` threshold the lowest at which at most CHECK_FALSE_ALARMS
 * get the check question.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TextNormalizer } from '../nlu/textNormalizer';
import { trainingVocabulary } from '../nlu/featurizer';
import { readYamlFile } from '../util/yamlFile';
import { listAnswerWords } from '../language/listAnswers';
import { Cues, RedFlagFeaturizer } from './redFlagFeatures';
import { CvFigures, FLAG, ModelReading, NONE, RED_FLAG_MODEL_FORMAT, RedFlagModelFile, Thresholds, TwoStage, WORRY, readMessage, trainSoftmax } from './redFlagModel';
import { LexiconResult, ScreenLevel, combine } from './redFlagScreen';
import type { LexiconReading } from './redFlagDetector';

export interface RedFlagExample {
  label: string;
  text: string;
  /** A negative borrowed from another data set (the intents' utterances): trained on, never scored. */
  extra?: boolean;
}

/** Bumped when the features change, so that the stale-model test notices. */
export const RED_FLAG_FEATURES_VERSION = 'nlu-features+bigrams+cues+scopes+concept-pairs+dictionary/4';
export const FLAG_FALSE_ALARMS = 0.015;
// Below the issue's 5% ceiling for the check question, so that new wording has room.
export const CHECK_FALSE_ALARMS = 0.04;
const FOLDS = 5;

/** Reads every <label>.yaml (or <label>-<part>.yaml) in the folder: `category` and a block of one example a line. */
export function loadRedFlagExamples(dir: string, knownLabels?: ReadonlySet<string>): RedFlagExample[] {
  const out: RedFlagExample[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const path = join(dir, file);
    const data = readYamlFile(path) as { category?: unknown; examples?: unknown } | null;
    const label = data?.category;
    if (typeof label !== 'string' || !/^[a-z][a-z0-9_]*$/.test(label)) throw new Error(`${path}: field "category" must be a snake_case label`);
    if (knownLabels && !knownLabels.has(label)) throw new Error(`${path}: category "${label}" is not a red flag, "none" or "worry"`);
    if (typeof data?.examples !== 'string') throw new Error(`${path}: field "examples" must be a block of one example a line`);
    for (const line of data.examples.split('\n')) {
      const text = line.trim();
      if (text && !text.startsWith('#')) out.push({ label, text });
    }
  }
  return out;
}

/**
 * Ordinary messages from the intent classifier's training data, as extra
 * `none` examples: hundreds of everyday wordings the bot must not escalate.
 * Any the lexicon flags (a symptom report that names a red flag) are left out.
 */
export function borrowedNegatives(texts: readonly string[], lexicon: (text: string) => unknown): RedFlagExample[] {
  return texts.filter((t) => !lexicon(t)).map((text) => ({ label: NONE, text, extra: true }));
}

/** Identifies what a model was trained on: examples, cues (with the list answers they read), the intent lexicon and the feature version. */
export function redFlagDataHash(examples: readonly RedFlagExample[], cuesPath: string, lexiconDir: string): string {
  const hash = createHash('sha256');
  hash.update(RED_FLAG_FEATURES_VERSION);
  for (const e of [...examples].sort((a, b) => (a.label + a.text).localeCompare(b.label + b.text))) hash.update(`${e.label}\t${e.text}\n`);
  hash.update(readFileSync(cuesPath));
  hash.update(JSON.stringify(listAnswerWords().negative));
  for (const file of readdirSync(lexiconDir).sort()) hash.update(readFileSync(join(lexiconDir, file)));
  return hash.digest('hex');
}

const isNegative = (label: string) => label === NONE || label === WORRY;

/** The gate learns flag / none / worry from every example; the category model learns the flags from the flag examples. */
function fit(normalizer: TextNormalizer, cues: Cues, examples: readonly RedFlagExample[]) {
  const vocabulary = trainingVocabulary(normalizer, examples.map((e) => e.text));
  const featurizer = new RedFlagFeaturizer(normalizer, cues, vocabulary);
  const docs = examples.map((e) => ({ features: featurizer.features(e.text), label: e.label }));
  const models: TwoStage = {
    gate: trainSoftmax(docs.map((d) => ({ features: d.features, label: isNegative(d.label) ? d.label : FLAG }))),
    categories: trainSoftmax(docs.filter((d) => !isNegative(d.label))),
  };
  return { featurizer, models, vocabulary };
}

/** Stratified folds, deterministic: each label's examples dealt round the folds in file order. */
function folds(examples: readonly RedFlagExample[], k: number): RedFlagExample[][] {
  const out: RedFlagExample[][] = Array.from({ length: k }, () => []);
  const next = new Map<string, number>();
  for (const e of examples) {
    const i = next.get(e.label) ?? 0;
    out[i % k]!.push(e);
    next.set(e.label, i + 1);
  }
  return out;
}

export interface OutOfFold {
  example: RedFlagExample;
  reading: ModelReading;
  lexicon: LexiconResult | null;
  /** Flags whose words the lexicon set aside in this example (RedFlagDetector.read). */
  dismissed: readonly string[];
}

export interface ScreenSetup {
  normalizer: TextNormalizer;
  cues: Cues;
  /** The lexicon stage: its findings, and the flags it set aside (RedFlagDetector.read). */
  lexicon(text: string): LexiconReading;
  /** A category's level: emergency or urgent. */
  levelOf(flag: string): 'emergency' | 'urgent';
}

export function outOfFold(setup: ScreenSetup, examples: readonly RedFlagExample[], k = FOLDS): OutOfFold[] {
  const parts = folds(examples, k);
  const out: OutOfFold[] = [];
  parts.forEach((test, i) => {
    const { featurizer, models } = fit(setup.normalizer, setup.cues, parts.filter((_, j) => j !== i).flat());
    for (const example of test) {
      if (example.extra) continue; // borrowed negatives train, but are not scored
      const { result, dismissed, ownText } = setup.lexicon(example.text);
      // As the screen reads it (RedFlagScreen.combined): a general question's own sentences only.
      // The unmasked text (not `modelText`), as the screen read it before the set-aside words
      // were hidden: measured on the spent rounds, thresholds chosen on masked text came out
      // lower (flag 0.92) and raised four more false alarms for no emergency gained.
      out.push({ example, reading: readMessage(models, featurizer, ownText ?? example.text), lexicon: result, dismissed });
    }
  });
  return out;
}

type Outcome = ScreenLevel | 'none';
const outcome = (setup: ScreenSetup, o: OutOfFold, t: Thresholds): Outcome => combine(o.lexicon, o.reading, t, setup.levelOf, o.dismissed)?.level ?? 'none';
export function chooseThresholds(setup: ScreenSetup, oof: readonly OutOfFold[]): Thresholds {
  // The model's own false alarms: negatives the lexicon already raises are the lexicon's to fix.
  const negatives = oof.filter((o) => isNegative(o.example.label) && !o.lexicon);
  const rate = (t: Thresholds, bad: (x: Outcome) => boolean) => negatives.filter((o) => bad(outcome(setup, o, t))).length / negatives.length;
  const grid = Array.from({ length: 80 }, (_, i) => Math.round((0.2 + i * 0.01) * 100) / 100);
  const raised = (x: Outcome) => x === 'emergency' || x === 'urgent';
  const flag = grid.find((f) => rate({ flag: f, check: f }, raised) <= FLAG_FALSE_ALARMS) ?? 0.99;
  const check = grid.find((c) => c <= flag && rate({ flag, check: c }, (x) => x === 'check') <= CHECK_FALSE_ALARMS) ?? flag;
  return { flag, check };
}

/** The cross-validated figures of the whole screen at the chosen thresholds. */
export function cvFigures(setup: ScreenSetup, oof: readonly OutOfFold[], t: Thresholds): CvFigures {
  const pct = (a: number, b: number) => Math.round((1000 * a) / Math.max(1, b)) / 10;
  const by = (pred: (o: OutOfFold) => boolean) => oof.filter(pred);
  const emergency = by((o) => !isNegative(o.example.label) && setup.levelOf(o.example.label) === 'emergency');
  const urgent = by((o) => !isNegative(o.example.label) && setup.levelOf(o.example.label) === 'urgent');
  const negatives = by((o) => isNegative(o.example.label));
  const out = (o: OutOfFold) => outcome(setup, o, t);
  const lexOnly = (o: OutOfFold): Outcome => o.lexicon?.level ?? 'none';
  return {
    folds: FOLDS,
    examples: oof.length,
    emergencyCases: emergency.length,
    urgentCases: urgent.length,
    negativeCases: negatives.length,
    lexiconEmergencyAsEmergencyPct: pct(emergency.filter((o) => lexOnly(o) === 'emergency').length, emergency.length),
    screenEmergencyAsEmergencyPct: pct(emergency.filter((o) => out(o) === 'emergency').length, emergency.length),
    screenEmergencyAsEmergencyOrCheckPct: pct(emergency.filter((o) => out(o) === 'emergency' || out(o) === 'check').length, emergency.length),
    lexiconUrgentRaisedPct: pct(urgent.filter((o) => lexOnly(o) !== 'none').length, urgent.length),
    screenUrgentRaisedOrCheckPct: pct(urgent.filter((o) => out(o) !== 'none').length, urgent.length),
    lexiconNegativeRaisedPct: pct(negatives.filter((o) => lexOnly(o) !== 'none').length, negatives.length),
    screenNegativeRaisedPct: pct(negatives.filter((o) => out(o) === 'emergency' || out(o) === 'urgent').length, negatives.length),
    screenNegativeCheckPct: pct(negatives.filter((o) => out(o) === 'check').length, negatives.length),
    modelTop1CategoryPct: pct(
      by((o) => !isNegative(o.example.label) && o.reading.flag === o.example.label).length,
      emergency.length + urgent.length,
    ),
  };
}

/** Cross-validates, chooses the thresholds, then trains the shipped model on every example. */
export function buildRedFlagModel(setup: ScreenSetup, examples: readonly RedFlagExample[], dataHash: string): RedFlagModelFile {
  const oof = outOfFold(setup, examples);
  const thresholds = chooseThresholds(setup, oof);
  const cv = cvFigures(setup, oof, thresholds);
  const { models, vocabulary } = fit(setup.normalizer, setup.cues, examples);
  return { format: RED_FLAG_MODEL_FORMAT, dataHash, thresholds, vocabulary, gate: models.gate.toFile(), categories: models.categories.toFile(), cv };
}
