import type { AddressInfo } from 'node:net';
import { createBackRelief, type Content } from './app';
import { loadConfig, type Config } from './config';
import { createLogger, loggerOptionsFromEnv } from './observability/logger';

/**
 * The server `npm start` runs: reads the environment (and a `.env` file),
 * builds the bot, listens, and shuts down gracefully on SIGTERM/SIGINT.
 * `content`: content already loaded (the start-up snapshot, src/snapshot.ts);
 * by default it is read from knowledge/ and intents/ here.
 */
export function main(content?: (config: Config) => Content): void {
  try {
    process.loadEnvFile();
  } catch {
    // No .env file: the environment alone configures the bot.
  }

  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    // A bad setting stops start-up with a message naming it.
    createLogger(loggerOptionsFromEnv()).fatal({ reason: (err as Error).message }, 'invalid configuration');
    process.exit(1);
  }

  const backRelief = createBackRelief(config, content ? { content: content(config) } : {});
  const { logger } = backRelief;
  // Express 5 also calls this back with a listening error (a port in use): the 'error' handler below reports that.
  const server = backRelief.app.listen(config.port, (err?: Error) => {
    if (err) return;
    const { port } = server.address() as AddressInfo;
    logger.info(
      { port, auth: config.microsoftAppId ? 'on' : 'off', storage: backRelief.store.kind, directLineSecret: config.directLineSecret !== '' },
      `Back Relief listening on http://localhost:${port} (POST /api/messages; web chat at /)`,
    );
  });
  backRelief.attach(server);
  server.on('error', (err) => {
    logger.fatal({ err }, 'the HTTP server failed');
    process.exit(1);
  });

  let stopping = false;
  function shutdown(signal: string): void {
    if (stopping) {
      if (signal === 'SIGINT') process.exit(130); // a second Ctrl-C: stop now
      return;
    }
    stopping = true;
    const started = Date.now();
    logger.info({ signal }, 'shutdown requested');
    // Backstop: whatever happens, the process ends shortly after the drain deadline.
    setTimeout(() => {
      logger.error({}, 'shutdown did not complete; exiting');
      process.exit(1);
    }, config.shutdownTimeoutMs + 5000).unref();
    backRelief.shutdown(server).then(
      (drained) => {
        logger.info({ drained, shutdownMs: Date.now() - started }, 'exiting');
        process.exit(drained ? 0 : 1);
      },
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  // A rejected promise nobody awaited is a bug to log, not a reason to drop every conversation in flight.
  process.on('unhandledRejection', (reason) => {
    backRelief.metrics.recordError('unhandled_rejection');
    logger.error({ err: reason }, 'unhandled promise rejection');
  });
  process.on('uncaughtException', (err) => {
    logger.fatal({ err }, 'uncaught exception; shutting down');
    process.exitCode = 1;
    shutdown('uncaughtException');
  });
}
