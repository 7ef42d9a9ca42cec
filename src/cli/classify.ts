import { createInterface } from 'node:readline';
import { loadContent } from '../app';
import { loadConfig } from '../config';
import { loadTrainingData } from '../nlu/trainingData';
import { PATHS } from '../paths';

// `npm run --silent classify`: one utterance a line on stdin, one JSON object a
// line on stdout ({text, intent, score, redFlag, act, actScore}); nothing else on stdout.
// redFlag is null or {level: emergency | urgent | check, flags: [...]}.
// `-- --export` prints the training set as intent<TAB>utterance lines.
//
// The understander is the bot's own (loadContent), so what classify reports is
// what a message gets in the chat: one wiring, not a second one that drifts.

if (process.argv.includes('--export')) {
  for (const { intent, text } of loadTrainingData(PATHS.intents)) process.stdout.write(`${intent}\t${text}\n`);
} else {
  const { understander } = loadContent(loadConfig());
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
