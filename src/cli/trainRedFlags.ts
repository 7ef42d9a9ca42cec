import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextNormalizer } from '../nlu/textNormalizer';
import { PATHS } from '../paths';
import { FlagWording } from '../safety/flagWording';
import { RedFlagDetector } from '../safety/redFlagDetector';
import { readCues } from '../safety/redFlagFeatures';
import { FILES } from '../safety/redFlagScreen';
import { loadTrainingData } from '../nlu/trainingData';
import { ScreenSetup, borrowedNegatives, buildRedFlagModel, loadRedFlagExamples, redFlagDataHash } from '../safety/redFlagTraining';

// `npm run train:redflags`: cross-validates the learned red-flag stage on
// knowledge/safety/training/*.yaml, chooses its thresholds, and writes
// knowledge/safety/red-flag-model.json. Prints the cross-validated figures.
export function redFlagSetup(dir = PATHS.safety): { setup: ScreenSetup; labels: Set<string> } {
  const detector = RedFlagDetector.fromDirectory(dir);
  const wording = FlagWording.fromFile(path.join(dir, FILES.wording));
  const levelOf = (f: string) => (detector.flagIds().includes(f) ? detector.level(f) : wording.get(f).level ?? 'urgent');
  const setup: ScreenSetup = {
    normalizer: TextNormalizer.fromDirectory(PATHS.lexicon),
    cues: readCues(path.join(dir, FILES.cues)),
    lexicon: (t) => detector.read(t),
    levelOf,
  };
  return { setup, labels: new Set([...detector.flagIds(), ...wording.ids(), 'none', 'worry']) };
}

if (require.main === module) {
  const started = Date.now();
  const { setup, labels } = redFlagSetup();
  const examples = [
    ...loadRedFlagExamples(path.join(PATHS.safety, FILES.training), labels),
    ...borrowedNegatives(loadTrainingData(PATHS.intents).map((e) => e.text), (t) => setup.lexicon(t).result),
  ];
  const hash = redFlagDataHash(examples, path.join(PATHS.safety, FILES.cues), PATHS.lexicon);
  const file = buildRedFlagModel(setup, examples, hash);
  const out = path.join(PATHS.safety, FILES.model);
  writeFileSync(out, `${JSON.stringify(file)}\n`);
  console.log(`Trained on ${examples.length} examples (${examples.filter((e) => e.extra).length} borrowed from intents/), ${file.categories.labels.length} categories, ${file.gate.features.length} features in ${Date.now() - started} ms -> ${out}`);
  console.log(`thresholds: ${JSON.stringify(file.thresholds)}`);
  console.log(`5-fold cross-validation: ${JSON.stringify(file.cv, null, 2)}`);
}
