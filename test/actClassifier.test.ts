import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ActClassifier, actNormalizer, currentActDataHash } from '../src/nlu/actClassifier';
import { ACT_LABELS, ACT_LABEL_SET, ActLabel, isActLabel, loadActTrainingData } from '../src/nlu/acts';
import type { IntentModelFile } from '../src/nlu/intentModel';
import { EvaluationReport, crossValidate } from '../src/nlu/training';
import { PATHS } from '../src/paths';

// Floors set just under what was measured, so that a change that makes the
// act classifier worse fails here (training is deterministic).
// Measured: 5-fold CV macro-F1 0.924, accuracy 0.954 (2,690 utterances:
// 1,165 written for the acts, 1,525 borrowed from the topic and symptom
// intents as `none`); weakest acts better 0.841, pushback 0.871. Held-out set
// (test/fixtures/act-holdout.yaml, written before tuning): 111/124 on its
// first run; 117/124 after general changes (negated "continue" is a stop,
// "almost finished", "waste of", "how do I stop this..." negatives, a
// wh-question feature). Of the 396 intent holdout and blind-set messages, none
// is taken over by an act.
const CV_MACRO_F1_FLOOR = 0.9;
const CV_ACCURACY_FLOOR = 0.94;
const PER_ACT_F1_FLOOR = 0.82;
const HOLDOUT_ACCURACY_FLOOR = 0.9;

describe('act classifier: 5-fold cross-validation on intents/acts/', () => {
  let report: EvaluationReport<ActLabel>;

  beforeAll(() => {
    report = crossValidate(actNormalizer(), loadActTrainingData(PATHS.acts, PATHS.intents), 5, undefined, ACT_LABEL_SET);
  }, 300_000);

  it(`has macro-F1 of at least ${CV_MACRO_F1_FLOOR} over all ${ACT_LABELS.length} labels, none included`, () => {
    expect(report.macroF1).toBeGreaterThanOrEqual(CV_MACRO_F1_FLOOR);
  });

  it(`has accuracy of at least ${CV_ACCURACY_FLOOR}`, () => {
    expect(report.accuracy).toBeGreaterThanOrEqual(CV_ACCURACY_FLOOR);
  });

  it(`has F1 of at least ${PER_ACT_F1_FLOOR} for every act`, () => {
    const weak = report.perIntent.filter((m) => m.f1 < PER_ACT_F1_FLOOR).map((m) => `${m.intent} ${m.f1.toFixed(3)}`);
    expect(weak).toEqual([]);
  });
});

describe('act classifier: the committed model (intents/acts-model.json)', () => {
  const classifier = ActClassifier.load();

  it('is up to date with intents/acts/, the intents it borrows, the lexicons and the featurizer', () => {
    const { dataHash } = JSON.parse(readFileSync(PATHS.actsModel, 'utf8')) as IntentModelFile<ActLabel>;
    if (dataHash !== currentActDataHash()) {
      throw new Error('intents/acts-model.json is stale (its dataHash does not match intents/ as it is now): run `npm run train`');
    }
  });

  it(`classifies the held-out phrasings with accuracy of at least ${HOLDOUT_ACCURACY_FLOOR}`, () => {
    const holdout = parse(readFileSync(join(__dirname, 'fixtures', 'act-holdout.yaml'), 'utf8')) as Array<{ act: string; text: string }>;
    expect(holdout.every((h) => isActLabel(h.act))).toBe(true);
    const right = holdout.filter((h) => classifier.classify(h.text).act === h.act).length;
    expect(right / holdout.length).toBeGreaterThanOrEqual(HOLDOUT_ACCURACY_FLOOR);
  });

  // The messages of issue 11 that were read as topics or as "cancel".
  it.each<[string, ActLabel]>([
    ['its way better now actually', 'better'],
    ['actually lets finish it', 'carry_on'],
    ['its probably nothing right?', 'pushback'],
    ['really?? 911??', 'pushback'],
    ['are you a real person', 'about_bot'],
    ['whats your name', 'about_bot'],
    ['this is useless', 'frustration'],
    ['exit', 'goodbye'],
    ['how many more of these questions', 'how_many_more'],
    ['wait no sorry i misread, i meant no', 'correction'],
    ['ok thanks', 'thanks_ok'],
    ['stop', 'cancel'],
    ['ice or heat?', 'none'],
    ['can i take ibuprofen though?', 'none'],
    ['it started yesterday morning, like a 6', 'none'],
  ])('reads "%s" as %s', (text, act) => {
    expect(classifier.classify(text).act).toBe(act);
  });

  it.each([
    ['an empty message', ''],
    ['emoji only', '😀🙏🔥'],
    ['10 kB of key mash', 'qzxj vbnk wrtp '.repeat(700)],
  ])('answers none, without throwing, for %s', (_, text) => {
    expect(classifier.classify(text).act).toBe('none');
  });
});
