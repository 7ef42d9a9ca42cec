import { writeFileSync } from 'node:fs';
import { PATHS } from '../paths';
import { buildModel } from '../nlu/modelBuilder';

// `npm run train`: writes intents/model.json, which the bot loads at start-up.
const started = Date.now();
const model = buildModel();
writeFileSync(PATHS.model, `${JSON.stringify(model)}\n`);
const classes = model.labels.length;
console.log(
  `Trained ${classes} intents, ${model.features.length} features in ${Date.now() - started} ms ` +
    `(temperature ${model.temperature}, none below ${model.threshold}) -> ${PATHS.model}`,
);
