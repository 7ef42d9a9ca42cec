import { createInterface } from 'node:readline';
import { ActClassifier } from '../nlu/actClassifier';
import { IntentClassifier } from '../nlu/intentClassifier';
import { MessageUnderstander } from '../nlu/messageUnderstander';
import { TextNormalizer } from '../nlu/textNormalizer';
import { loadTrainingData } from '../nlu/trainingData';
import { PATHS } from '../paths';
import { RedFlagDetector } from '../safety/redFlagDetector';

// `npm run --silent classify`: one utterance a line on stdin, one JSON object a
// line on stdout ({text, intent, score, redFlag, act, actScore}); nothing else on stdout.
// `-- --export` prints the training set as intent<TAB>utterance lines.

if (process.argv.includes('--export')) {
  for (const { intent, text } of loadTrainingData(PATHS.intents)) process.stdout.write(`${intent}\t${text}\n`);
} else {
  const classifier = IntentClassifier.load(PATHS.model, TextNormalizer.fromDirectory(PATHS.lexicon));
  const understander = new MessageUnderstander(classifier, RedFlagDetector.fromDirectory(PATHS.safety), {}, ActClassifier.load());
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => {
    const { intent, score, redFlag, acts } = understander.understand(line);
    const act = acts?.act ?? 'none';
    const actScore = Math.round((acts?.score ?? 0) * 1e4) / 1e4;
    process.stdout.write(`${JSON.stringify({ text: line, intent, score: Math.round(score * 1e4) / 1e4, redFlag, act, actScore })}\n`);
  });
}
