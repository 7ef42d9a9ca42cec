/**
 * The two reference servers of `npm run bench`, each run in its own child
 * process (never imported by the bench itself):
 *
 *   node dist/scripts/lib/benchServers.js bare    a bare express JSON endpoint
 *   node dist/scripts/lib/benchServers.js floor   a minimal echo bot on botbuilder's CloudAdapter
 *
 * Both listen on PORT (loopback) and serve POST /api/messages with the same
 * request body as the real bot, plus GET /healthz. The floor is what the
 * framework costs before any bot logic: express.json, CloudAdapter.process
 * with authentication off (no MicrosoftAppId), deliveryMode expectReplies, a
 * TurnContext and one sendActivity. No state, no middleware.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import express from 'express';
import type { Request, Response } from 'express';

export type ReferenceServer = 'bare' | 'floor';

export function createReferenceApp(kind: ReferenceServer): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  if (kind === 'bare') {
    app.post('/api/messages', express.json(), (req: Request, res: Response) => {
      const text = typeof req.body?.text === 'string' ? req.body.text : '';
      res.json({ activities: [{ type: 'message', text: `echo: ${text}` }] });
    });
  } else {
    const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '' }));
    app.post('/api/messages', express.json(), async (req: Request, res: Response) => {
      await adapter.process(req, res, async (context) => {
        await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
      });
    });
  }
  return app;
}

if (require.main === module) {
  const kind = process.argv[2];
  if (kind !== 'bare' && kind !== 'floor') {
    console.error('usage: benchServers (bare|floor), with PORT set');
    process.exit(2);
  }
  const server = createReferenceApp(kind).listen(Number(process.env.PORT ?? 0), '127.0.0.1');
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
