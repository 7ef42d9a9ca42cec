import * as path from 'node:path';
import { PATHS } from '../src/paths';
import { redFlagSetup } from '../src/cli/trainRedFlags';
import { loadTrainingData } from "../src/nlu/trainingData";
import { borrowedNegatives, loadRedFlagExamples, outOfFold, chooseThresholds, cvFigures } from '../src/safety/redFlagTraining';
import { combine } from '../src/safety/redFlagScreen';
const { setup, labels } = redFlagSetup();
const ex = [...loadRedFlagExamples(path.join(PATHS.safety, "training"), labels), ...borrowedNegatives(loadTrainingData(PATHS.intents).map((e) => e.text), setup.lexicon)];
const oof = outOfFold(setup, ex);
const t = chooseThresholds(setup, oof);
console.log(t, cvFigures(setup, oof, t));
const neg = (l: string) => l === 'none' || l === 'worry';
for (const o of oof) {
  const r = combine(o.lexicon, o.reading, t, setup.levelOf);
  if (neg(o.example.label) && r) console.log('FA', r.level, o.reading.flag, o.reading.probability.toFixed(2), '|', o.example.text);
}
for (const o of oof) {
  const r = combine(o.lexicon, o.reading, t, setup.levelOf);
  if (!neg(o.example.label) && !r) console.log('MISS', o.example.label, o.reading.flag, o.reading.probability.toFixed(2), '|', o.example.text);
}
