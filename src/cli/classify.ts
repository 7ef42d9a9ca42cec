import { createInterface } from 'node:readline';
import { ActClassifier } from '../nlu/actClassifier';
import { IntentClassifier } from '../nlu/intentClassifier';
import { MessageUnderstander } from '../nlu/messageUnderstander';
import { TextNormalizer } from '../nlu/textNormalizer';
import { loadTrainingData } from '../nlu/trainingData';
import { PATHS } from '../paths';
import { AcrossTurns, askingHalfCombinations } from '../safety/acrossTurns';
import { RedFlagScreen } from '../safety/redFlagScreen';

// `npm run --silent classify`: one utterance a line on stdin, one JSON object a
// line on stdout ({text, intent, score, redFlag, act, actScore}); nothing else on stdout.
// redFlag is null or {level: emergency | urgent | check, flags: [...]}.
// `-- --export` prints the training set as intent<TAB>utterance lines.

if (process.argv.includes('--export')) {
  for (const { intent, text } of loadTrainingData(PATHS.intents)) process.stdout.write(`${intent}\t${text}\n`);
} else {
  const normalizer = TextNormalizer.fromDirectory(PATHS.lexicon);
  const classifier = IntentClassifier.load(PATHS.model, normalizer);
  const screen = RedFlagScreen.fromDirectory(PATHS.safety, normalizer);
  const understander = new MessageUnderstander(classifier, askingHalfCombinations(screen, AcrossTurns.fromFile(PATHS.acrossTurns, screen)), {}, ActClassifier.load());
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => {
    const { intent, score, redFlag: found, acts } = understander.understand(line);
    // {"level": "emergency" | "urgent" | "check", "flags": [...]}, plus "subject" when someone writes for the patient.
    const redFlag = found && { level: found.level, flags: found.flags, ...(found.subject === 'other_present' ? { subject: found.subject } : {}) };
    const act = acts?.act ?? 'none';
    const actScore = Math.round((acts?.score ?? 0) * 1e4) / 1e4;
    process.stdout.write(`${JSON.stringify({ text: line, intent, score: Math.round(score * 1e4) / 1e4, redFlag, act, actScore })}\n`);
  });
}
