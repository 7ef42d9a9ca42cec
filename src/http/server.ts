import express from 'express';
import type { ErrorRequestHandler, Request, RequestHandler, Response, Router } from 'express';
import type { CloudAdapter, TurnContext } from 'botbuilder';

export interface ServerOptions {
  adapter: CloudAdapter;
  runTurn(context: TurnContext): Promise<void>;
  /** Routers mounted before /api/messages (Direct Line, web page, metrics...). */
  routers?: Array<Router | RequestHandler>;
  /** Largest accepted request body; larger ones get 413. */
  maxBodyBytes?: number;
  /** Extra readiness check for /readyz (e.g. storage reachable). */
  isReady?(): Promise<boolean>;
}

interface JsonError {
  error: string;
  message: string;
}

function sendError(res: Response, status: number, error: string, message: string): void {
  const body: JsonError = { error, message };
  res.status(status).json(body);
}

/**
 * Checks the minimum an activity needs before it reaches the adapter: a type,
 * and a conversation id. Missing `from`/`channelId` are filled with neutral
 * values, because botbuilder's state keys need them and a tolerant reader
 * beats a 500.
 */
function validateActivity(body: unknown): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'The body must be a JSON activity object.';
  const activity = body as Record<string, unknown>;
  if (typeof activity.type !== 'string' || !activity.type.trim()) return 'The activity has no type.';
  const conversation = activity.conversation as Record<string, unknown> | undefined;
  if (!conversation || typeof conversation !== 'object' || typeof conversation.id !== 'string' || !conversation.id) {
    return 'The activity has no conversation.id.';
  }
  if (activity.deliveryMode !== 'expectReplies' && typeof activity.serviceUrl !== 'string') {
    return 'The activity has no serviceUrl to reply to (or use deliveryMode "expectReplies").';
  }
  if (typeof activity.channelId !== 'string' || !activity.channelId) activity.channelId = 'api';
  const from = activity.from as Record<string, unknown> | undefined;
  if (!from || typeof from !== 'object' || typeof from.id !== 'string' || !from.id) activity.from = { id: `user-${conversation.id}` };
  if (activity.text !== undefined && typeof activity.text !== 'string') return 'The activity text must be a string.';
  return undefined;
}

/**
 * The adapter writes error details into 500 bodies; this response wrapper
 * replaces any 5xx body with a short generic JSON error.
 */
function guardedResponse(res: Response) {
  let status = 200;
  return {
    status(code: number) {
      status = code;
      res.status(code);
      return this;
    },
    header(name: string, value: unknown) {
      res.header(name, String(value));
      return this;
    },
    send(body?: unknown) {
      if (status >= 500) {
        res.json({ error: 'internal_error', message: 'The bot could not process this activity.' } satisfies JsonError);
      } else if (status === 401 || status === 403) {
        res.json({ error: 'unauthorized', message: 'A valid Bot Framework token is required.' } satisfies JsonError);
      } else if (body === undefined || typeof body === 'string' || Buffer.isBuffer(body)) {
        res.send(body);
      } else {
        res.json(body);
      }
      return this;
    },
    end() {
      if (!res.headersSent) res.end();
      else if (!res.writableEnded) res.end();
      return this;
    },
  };
}

export function createServer(options: ServerOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  const limit = options.maxBodyBytes ?? 256 * 1024;

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = options.isReady ? await options.isReady().catch(() => false) : true;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable' });
  });

  for (const router of options.routers ?? []) app.use(router);

  app.post('/api/messages', express.json({ limit, type: () => true }), async (req: Request, res: Response) => {
    const problem = validateActivity(req.body);
    if (problem) return sendError(res, 400, 'bad_request', problem);
    try {
      await options.adapter.process(req, guardedResponse(res) as unknown as Response, (context) => options.runTurn(context));
    } catch {
      // The adapter rejects activities whose fields have the wrong types (zod) before any turn runs.
      if (!res.headersSent) sendError(res, 400, 'bad_request', 'The activity is not valid.');
    }
  });

  app.use((_req, res) => sendError(res, 404, 'not_found', 'No such route.'));

  const errorHandler: ErrorRequestHandler = (err: { type?: string; status?: number }, _req, res, _next) => {
    if (res.headersSent) return;
    if (err?.type === 'entity.too.large') return sendError(res, 413, 'payload_too_large', `The body is larger than ${limit} bytes.`);
    if (err?.type === 'entity.parse.failed' || err instanceof SyntaxError) return sendError(res, 400, 'bad_request', 'The body is not valid JSON.');
    const status = err?.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) {
      console.error('unhandled request error', err);
      return sendError(res, 500, 'internal_error', 'Something went wrong.');
    }
    return sendError(res, status, 'bad_request', 'The request could not be processed.');
  };
  app.use(errorHandler);
  return app;
}
