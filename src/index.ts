import { createBackRelief } from './app';
import { loadConfig } from './config';

// `npm start`: the bot on its embedded defaults (in-memory state, no cloud account).
try {
  process.loadEnvFile();
} catch {
  // No .env file: the environment alone configures the bot.
}

const config = loadConfig();
const backRelief = createBackRelief(config);
const server = backRelief.app.listen(config.port, () => {
  const auth = config.microsoftAppId ? 'on' : 'off (no MicrosoftAppId)';
  console.log(`Back Relief listening on http://localhost:${config.port} (POST /api/messages; web chat at /; auth ${auth})`);
});

function shutdown(signal: string): void {
  console.log(`${signal}: shutting down`);
  server.close(() => {
    void backRelief.close().then(() => process.exit(0));
  });
  // Turns still running after 10 s are abandoned rather than blocking a deployment.
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
