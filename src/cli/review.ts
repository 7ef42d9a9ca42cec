/**
 * `npm run review`: the review report from what the bot kept (REVIEW_FILE, or
 * Redis with STORAGE=redis), whether the bot is running or not.
 *   npm run review                      the report
 *   npm run review -- --top 50          longer lists
 *   npm run --silent review -- --export > to-label.tsv
 *                                       unplaced questions as `none<TAB>text`, to label into intents/
 */
import { loadConfig } from '../config';
import { createReviewStore } from '../review/createReviewStore';
import { buildReport, exportUnplaced, formatReport } from '../review/report';

async function main(): Promise<void> {
  try {
    process.loadEnvFile();
  } catch {
    // No .env file: the environment alone configures the command.
  }
  const args = process.argv.slice(2);
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 20;
  if (!Number.isInteger(top) || top <= 0) throw new Error('--top needs a positive whole number');
  const config = loadConfig();
  const store = createReviewStore(config);
  try {
    const report = buildReport(await store.list());
    if (args.includes('--export')) process.stdout.write(exportUnplaced(report));
    else {
      const where = config.storage === 'redis' ? `Redis (${config.redisKeyPrefix}review:)` : config.reviewFile;
      process.stdout.write(`Review store: ${where}${config.reviewEnabled ? '' : ' (REVIEW_ENABLED=false: the bot keeps nothing new)'}\n`);
      process.stdout.write(formatReport(report, top));
    }
  } finally {
    await store.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`review: ${(err as Error).message}\n`);
  process.exit(1);
});
