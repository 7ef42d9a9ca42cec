import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadContent } from '../src/app';
import { readRound, renderRoundReport, scoreRound, summarise } from './lib/redFlagRound';

// `npm run eval:redflags -- <round.yaml|json> [report.md] [--locale en-GB]`
//
// Round file:
//   cases:     [{text, expect: emergency | urgent | none, row: <short label>}]
//   multiTurn: [{id, turns: [<user text>, ...], flagTurn: <1-based>, expect: emergency | urgent}]
// Prints the summary as JSON and writes the markdown report (figures, per-row
// counts, every miss, the multi-turn table) to the given path.
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const localeAt = args.indexOf('--locale');
  const locale = localeAt >= 0 ? args.splice(localeAt, 2)[1]! : 'en-GB';
  const [file, reportPath] = args;
  if (!file) {
    console.error('usage: npm run eval:redflags -- <round.yaml> [report.md] [--locale en-GB]');
    process.exit(2);
  }
  const round = readRound(parseYaml(readFileSync(file, 'utf8')), file);
  const result = await scoreRound(round, loadContent({ defaultLocale: 'en-GB' }), locale);
  const report = renderRoundReport(result, `Red-flag round: ${basename(file)}`);
  if (reportPath) writeFileSync(reportPath, report);
  console.log(JSON.stringify(summarise(result), null, 2));
  if (reportPath) console.log(`report -> ${reportPath}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
