/**
 * Dialogue acts: what a message does, beside what it is about. "its way
 * better now actually" is about the user's back (intent) and reports progress
 * (act `better`); "really?? 911??" pushes back on an instruction. Training
 * utterances are data in intents/acts/<act>.yaml; `npm run train` writes
 * intents/acts-model.json with the same trainer and model format as the
 * intent classifier (training.ts, intentModel.ts), with its own feature profile.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readYamlFile } from '../util/yamlFile';
import type { FeatureProfile } from './featurizer';
import { isIntent } from './intents';
import type { LabelSet } from './training';
import { MIN_EXAMPLES_PER_INTENT, TrainingExample, loadTrainingData } from './trainingData';

export const ACT_NAMES = [
  'yes',
  'no',
  'unsure',
  'correction',
  'better',
  'worse',
  'thanks_ok',
  'pushback',
  'about_bot',
  'frustration',
  'carry_on',
  'goodbye',
  'cancel',
  'how_many_more',
  'plan',
] as const;

export type ActName = (typeof ACT_NAMES)[number];
/** An act, or `none` when the message does none of them (a question, a symptom, an answer with a detail). */
export type ActLabel = ActName | 'none';

export const ACT_LABELS: readonly ActLabel[] = [...ACT_NAMES, 'none'];

/** What the act classifier says of one message (agreed interface between branches). */
export interface ActResult {
  act: ActLabel;
  /** Calibrated probability of `act`. */
  score: number;
  /** An about_bot that asks who sees or keeps what the user types (answered with the privacy wording alone). */
  aboutPrivacy?: boolean;
}

export function isActLabel(value: string): value is ActLabel {
  return (ACT_LABELS as readonly string[]).includes(value);
}

/**
 * Acts live in small words the intent classifier drops as noise ("is it
 * really", "not sure", "so annoying") and in a question mark ("really??"), so
 * the act model keeps every word except articles and marks questions.
 * Chosen by 5-fold cross-validation (see test/actClassifier.test.ts): macro-F1
 * 0.743 with the intent profile, 0.761 keeping small words and `<?>` (first
 * version of the data), 0.922
 * with the act concept lexicon, 0.924 adding `<wh>` for a wh-question opening.
 */
export const ACT_FEATURE_PROFILE: FeatureProfile = { stopWords: ['a', 'an', 'the', 'um', 'uh'], questionMark: true, whQuestion: true };

export const ACT_LABEL_SET: LabelSet<ActLabel> = { labels: ACT_LABELS, isLabel: isActLabel, featureProfile: ACT_FEATURE_PROFILE };

/**
 * Reads intents/acts/<act>.yaml (`act`, `examples`; none.yaml may add
 * `alsoFrom`: intents whose examples in intents/<intent>.yaml are `none` acts
 * too, so that topic questions and symptom reports need not be written twice).
 */
export function loadActTrainingData(actsDir: string, intentsDir: string): TrainingExample<ActLabel>[] {
  const examples: TrainingExample<ActLabel>[] = [];
  const seen = new Set<ActLabel>();
  let borrowed: string[] = [];
  for (const file of readdirSync(actsDir).filter((f) => f.endsWith('.yaml')).sort()) {
    const path = join(actsDir, file);
    const data = readYamlFile(path) as { act?: unknown; examples?: unknown; alsoFrom?: unknown } | null;
    if (!data || typeof data.act !== 'string' || !isActLabel(data.act)) {
      throw new Error(`${path}: field "act" must be one of ${ACT_LABELS.join(', ')}`);
    }
    if (!Array.isArray(data.examples) || data.examples.some((e) => typeof e !== 'string' || !e.trim())) {
      throw new Error(`${path}: field "examples" must be a list of non-empty strings (quote numbers and yes/no)`);
    }
    if (data.examples.length < MIN_EXAMPLES_PER_INTENT) {
      throw new Error(`${path}: field "examples" has ${data.examples.length}; at least ${MIN_EXAMPLES_PER_INTENT} needed`);
    }
    if (data.alsoFrom !== undefined) {
      if (data.act !== 'none') throw new Error(`${path}: field "alsoFrom" is only allowed in none.yaml`);
      if (!Array.isArray(data.alsoFrom) || data.alsoFrom.some((i) => typeof i !== 'string' || !isIntent(i))) {
        throw new Error(`${path}: field "alsoFrom" must list intents`);
      }
      borrowed = data.alsoFrom as string[];
    }
    const act = data.act;
    seen.add(act);
    for (const text of data.examples as string[]) examples.push({ text: text.trim(), intent: act });
  }
  const missing = ACT_LABELS.filter((a) => !seen.has(a));
  if (missing.length) throw new Error(`${actsDir}: no training file for ${missing.join(', ')}`);
  if (borrowed.length) {
    const from = new Set(borrowed);
    for (const e of loadTrainingData(intentsDir)) if (from.has(e.intent)) examples.push({ text: e.text, intent: 'none' });
  }
  return examples;
}
