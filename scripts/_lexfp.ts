import * as path from 'node:path';
import { PATHS } from '../src/paths';
import { redFlagSetup } from '../src/cli/trainRedFlags';
import { loadRedFlagExamples } from '../src/safety/redFlagTraining';
const { setup, labels } = redFlagSetup();
const ex = loadRedFlagExamples(path.join(PATHS.safety, 'training'), labels);
for (const e of ex) {
  const r = setup.lexicon(e.text);
  if ((e.label === 'none' || e.label === 'worry') && r) console.log('FP', e.text, JSON.stringify(r));
}
