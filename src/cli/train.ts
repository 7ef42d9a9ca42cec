import { writeFileSync } from 'node:fs';
import { PATHS } from '../paths';
import { buildActModel } from '../nlu/actClassifier';
import { buildModel } from '../nlu/modelBuilder';

// `npm run train`: writes intents/model.json (intents) and intents/acts-model.json
// (dialogue acts), which the bot loads at start-up.
for (const [what, path, build] of [
  ['intents', PATHS.model, buildModel],
  ['dialogue acts', PATHS.actsModel, buildActModel],
] as const) {
  const started = Date.now();
  const model = build();
  writeFileSync(path, `${JSON.stringify(model)}\n`);
  console.log(
    `Trained ${model.labels.length} ${what}, ${model.features.length} features in ${Date.now() - started} ms ` +
      `(temperature ${model.temperature}, none below ${model.threshold}) -> ${path}`,
  );
}
