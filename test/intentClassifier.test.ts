import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { IntentClassifier } from '../src/nlu/intentClassifier';
import { IntentModelFile } from '../src/nlu/intentModel';
import { INTENTS, Intent, isIntent } from '../src/nlu/intents';
import { currentDataHash } from '../src/nlu/modelBuilder';
import { TextNormalizer } from '../src/nlu/textNormalizer';
import { EvaluationReport, crossValidate } from '../src/nlu/training';
import { loadTrainingData } from '../src/nlu/trainingData';
import { PATHS } from '../src/paths';

// Floors set just under what was measured when they were last raised, so that
// a change that makes the classifier worse fails here. Training is
// deterministic: the same data and code give exactly the same numbers.
// Measured: CV macro-F1 0.9343, accuracy 0.9277; holdout 0.8182 (180/220).
// An independent blind set (test/fixtures/intent-blind.yaml, written by a
// reviewer who never saw the training data) scored 171/176 before any change
// prompted by it; it is reported by `npm run eval`, not used for tuning.
const CV_MACRO_F1_FLOOR = 0.93; // the product's acceptance bar is 0.90
const CV_ACCURACY_FLOOR = 0.92;
const PER_INTENT_F1_FLOOR = 0.82;
const HOLDOUT_ACCURACY_FLOOR = 0.8;
/** The product's budget for one classification. */
const MAX_MODEL_BYTES = 3 * 1024 * 1024;

const normalizer = TextNormalizer.fromDirectory(PATHS.lexicon);

function committedModel(): IntentModelFile {
  return JSON.parse(readFileSync(PATHS.model, 'utf8')) as IntentModelFile;
}

describe('intent classifier: 5-fold cross-validation on intents/*.yaml', () => {
  let report: EvaluationReport;

  beforeAll(() => {
    // The per-intent report is written by `npm run eval` (docs/eval.md); passing tests print nothing.
    report = crossValidate(normalizer, loadTrainingData(PATHS.intents), 5);
  }, 180_000);

  it(`has macro-F1 of at least ${CV_MACRO_F1_FLOOR} over all ${INTENTS.length} intents, none included`, () => {
    expect(report.macroF1).toBeGreaterThanOrEqual(CV_MACRO_F1_FLOOR);
  });

  it(`has accuracy of at least ${CV_ACCURACY_FLOOR}`, () => {
    expect(report.accuracy).toBeGreaterThanOrEqual(CV_ACCURACY_FLOOR);
  });

  it(`has F1 of at least ${PER_INTENT_F1_FLOOR} for every intent`, () => {
    const weak = report.perIntent.filter((m) => m.f1 < PER_INTENT_F1_FLOOR).map((m) => `${m.intent} ${m.f1.toFixed(3)}`);
    expect(weak).toEqual([]);
  });
});

describe('intent classifier: the committed model (intents/model.json)', () => {
  let classifier: IntentClassifier;

  beforeAll(() => {
    classifier = IntentClassifier.load(PATHS.model, normalizer);
  });

  it('is up to date with intents/*.yaml, intents/lexicon/ and the featurizer', () => {
    const { dataHash } = committedModel();
    if (dataHash !== currentDataHash()) {
      throw new Error('intents/model.json is stale (its dataHash does not match intents/ as it is now): run `npm run train`');
    }
  });

  it(`is under ${MAX_MODEL_BYTES / 1024 / 1024} MB`, () => {
    expect(statSync(PATHS.model).size).toBeLessThan(MAX_MODEL_BYTES);
  });

  it('gives calibrated probabilities: every intent once, summing to 1, best first, with the threshold applied', () => {
    const texts = [
      ...loadTrainingData(PATHS.intents)
        .filter((_, i) => i % 25 === 0)
        .map((e) => e.text),
      'my back spsms are realy bad',
      'is it ok to play golf',
      'purple monkey dishwasher',
    ];
    for (const text of texts) {
      const ranked = classifier.rank(text);
      expect(ranked.map((r) => r.intent).sort()).toEqual([...INTENTS].sort());
      const sum = ranked.reduce((s, r) => s + r.score, 0);
      expect(sum).toBeCloseTo(1, 9);
      for (const r of ranked) {
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
      }
      for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].score).toBeGreaterThanOrEqual(ranked[i].score);
      const decided = classifier.classify(text);
      if (ranked[0].score < classifier.threshold) expect(decided.intent).toBe('none');
      else expect(decided).toEqual(ranked[0]);
    }
    expect(classifier.threshold).toBeGreaterThan(0);
    expect(classifier.threshold).toBeLessThan(1);
  });

  it(`classifies the held-out phrasings (test/fixtures/intent-holdout.yaml) with accuracy of at least ${HOLDOUT_ACCURACY_FLOOR}`, () => {
    const holdout = parse(readFileSync(join(__dirname, 'fixtures', 'intent-holdout.yaml'), 'utf8')) as Array<{
      text: string;
      intent: string;
    }>;
    expect(holdout.every((h) => isIntent(h.intent))).toBe(true);
    const wrong = holdout
      .map((h) => ({ ...h, got: classifier.classify(h.text) }))
      .filter((h) => h.got.intent !== (h.intent as Intent));
    const accuracy = 1 - wrong.length / holdout.length;
    // On failure the misses are the message; `npm run eval` reports them on success.
    const misses = wrong.map((w) => `${w.intent} -> ${w.got.intent} ${w.got.score.toFixed(2)}: ${w.text}`);
    expect({ accuracy: accuracy >= HOLDOUT_ACCURACY_FLOOR, misses: accuracy >= HOLDOUT_ACCURACY_FLOOR ? [] : misses }).toEqual({ accuracy: true, misses: [] });
  });

  it.each([
    ['an empty message', ''],
    ['whitespace', ' \n\t  '],
    ['emoji only', '😀🙏👍🔥'],
    ['punctuation only', '?!... ---'],
    ['10 kB of key mash', 'qzxj vbnk wrtp '.repeat(700)],
    ['one 10 kB word', 'x'.repeat(10_000)],
  ])('answers none, without throwing, for %s', (_, text) => {
    expect(classifier.classify(text).intent).toBe('none');
  });

  it('reads a 10 kB message without throwing (its speed is measured by npm run bench)', () => {
    const text = 'my lower back went into spasm when i lifted a box and it really hurts. '.repeat(150);
    expect(text.length).toBeGreaterThan(10_000);
    const { intent, score } = classifier.classify(text);
    expect(isIntent(intent)).toBe(true);
    expect(score).toBeGreaterThan(0);
  });

  it.each([
    ['hiya', 'greeting'],
    ['cheers, that was useful', 'thanks'],
    ['should i grab the heating pad or an ice pack', 'ice_or_heat'],
    ['can i take naproxen for this', 'medication'],
    ['my lower back has gone into spasm, about a 7 out of 10', 'report_symptoms'],
    ['what is the capital of peru', 'none'],
  ] as Array<[string, Intent]>)('understands "%s" as %s', (text, intent) => {
    expect(classifier.classify(text).intent).toBe(intent);
  });

  it('refuses a missing model file with a message saying how to fix it', () => {
    expect(() => IntentClassifier.load(join(__dirname, 'no-such-model.json'), normalizer)).toThrow(/npm run train/);
  });
});
