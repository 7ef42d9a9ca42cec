import { randomUUID } from 'node:crypto';
import express from 'express';
import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response, Router } from 'express';
import type { Activity, TurnContext } from 'botbuilder';
import type { BackReliefAdapter } from '../botAdapter';
import type { Logger } from '../observability/logger';
import type { BotMetrics } from '../observability/metrics';
import type { InFlight } from '../observability/inFlight';
import { rateLimitMiddleware } from './rateLimitMiddleware';
import type { RateLimiter } from '../util/rateLimiter';
import { isObject } from '../util/isObject';

export interface ServerOptions {
  adapter: Pick<BackReliefAdapter, 'processIncoming'>;
  runTurn(context: TurnContext): Promise<void>;
  /** Public routers mounted before /api/messages (Direct Line, web page); per-IP limits apply to them. */
  routers?: Array<Router | RequestHandler>;
  /** Largest accepted request body on /api/messages; larger ones get 413. Default 256 KiB. */
  maxBodyBytes?: number;
  /** Extra readiness check for /readyz (e.g. storage reachable). */
  isReady?(): Promise<boolean>;
  /**
   * MicrosoftAppId is set: /api/messages requires a Bearer JWT. Requests
   * without one get 401 here, before the body is read; botbuilder validates
   * the token itself (signature, issuer, audience) and answers 401 too.
   */
  requireAuth?: boolean;
  logger?: Logger;
  /** Serves GET /metrics and counts 5xx answers. */
  metrics?: BotMetrics;
  /** When set, GET /metrics requires "Authorization: Bearer <metricsToken>". */
  metricsToken?: string;
  /** Per-IP limit on the public routes (web page, Direct Line client routes). Never on /api/messages. */
  ipLimiter?: RateLimiter;
  /** Stricter per-IP limit on starting Direct Line conversations and issuing tokens. */
  conversationStartLimiter?: RateLimiter;
  /** express "trust proxy", so that req.ip is the client's address behind a load balancer. */
  trustProxy?: boolean | number | string;
  /** Shutdown: while draining, new work gets 503 and /readyz says unavailable. */
  lifecycle?: { draining(): boolean; requests: InFlight };
}

interface JsonError {
  error: string;
  message: string;
}

function sendError(res: Response, status: number, error: string, message: string): void {
  const body: JsonError = { error, message };
  res.status(status).json(body);
}

/** Longest id (conversation, user, channel) accepted; Teams ids are well under it. */
const MAX_ID_LENGTH = 1024;

function isShortString(value: unknown, max = MAX_ID_LENGTH): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}

function isHttpUrl(value: unknown): boolean {
  if (!isShortString(value, 2048)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Optional string fields: dropped when they are not a (non-empty, bounded) string. */
const STRING_FIELDS = ['id', 'replyToId', 'locale', 'name', 'textFormat', 'inputHint', 'speak', 'summary', 'topicName', 'action', 'label', 'valueType', 'importance', 'deliveryMode', 'localTimezone'];
const DATE_FIELDS = ['timestamp', 'localTimestamp', 'expiration'];
const OBJECT_FIELDS = ['channelData', 'suggestedActions', 'relatesTo', 'semanticAction', 'conversationReference'];
const ACCOUNT_LISTS = ['membersAdded', 'membersRemoved'];
const OBJECT_LISTS = ['entities', 'attachments', 'reactionsAdded', 'reactionsRemoved', 'listenFor'];

/** A channel account with string `id` (and `name`, `role`, `aadObjectId` when they are strings); undefined when unusable. */
function cleanAccount(value: unknown): Record<string, unknown> | undefined {
  if (!isObject(value) || !isShortString(value.id)) return undefined;
  const account: Record<string, unknown> = { ...value };
  for (const field of ['name', 'role', 'aadObjectId', 'tenantId', 'conversationType']) {
    if (account[field] !== undefined && !isShortString(account[field])) delete account[field];
  }
  if (account.isGroup !== undefined && typeof account.isGroup !== 'boolean') delete account.isGroup;
  return account;
}

/**
 * Checks the minimum an activity needs before it reaches the adapter (a type,
 * a conversation id, somewhere to reply), and makes the rest safe to read:
 * botbuilder, the dialogs and the channel helpers read optional fields
 * (recipient.name, entities, locale, ids...) trusting their Bot Framework
 * types, so an optional field of the wrong type is dropped rather than left
 * to fail the turn, and missing `from`/`channelId`/`recipient` get neutral
 * values because state keys and replies need them. Returns a problem for a
 * 400, or undefined with the body fixed in place.
 */
export function validateActivity(body: unknown): string | undefined {
  if (!isObject(body)) return 'The body must be a JSON activity object.';
  const activity = body;
  if (typeof activity.type !== 'string' || !activity.type.trim() || activity.type.length > 64) return 'The activity has no type.';
  const conversation = activity.conversation;
  if (!isObject(conversation) || !isShortString(conversation.id)) return 'The activity has no conversation.id.';
  if (activity.deliveryMode !== 'expectReplies') {
    if (!isHttpUrl(activity.serviceUrl)) return 'The activity has no serviceUrl to reply to (or use deliveryMode "expectReplies").';
    // Replies go to the channel with the id in a URL and a header.
    if (!/^[\x21-\x7e]+$/.test(conversation.id)) return 'The activity conversation.id must be printable ASCII.';
  }
  if (activity.channelId === undefined || activity.channelId === null || activity.channelId === '') activity.channelId = 'api';
  if (!isShortString(activity.channelId, 64)) return 'The activity channelId must be a short string.';
  if (isObject(activity.from) && activity.from.id !== undefined && activity.from.id !== null && activity.from.id !== '' && !isShortString(activity.from.id)) {
    return 'The activity from.id must be a string.';
  }
  if (activity.text !== undefined && activity.text !== null && typeof activity.text !== 'string') return 'The activity text must be a string.';

  // From here on nothing is refused: ill-typed optional fields are dropped.
  if (activity.text === null) delete activity.text;
  activity.conversation = cleanAccount(conversation);
  activity.from =
    cleanAccount(activity.from) ??
    cleanAccount({ ...(isObject(activity.from) ? activity.from : {}), id: `user-${conversation.id}`.slice(0, MAX_ID_LENGTH) });
  activity.recipient = cleanAccount(activity.recipient) ?? { id: 'bot' };
  for (const field of STRING_FIELDS) {
    if (activity[field] !== undefined && !isShortString(activity[field], field === 'speak' ? 10_000 : 1024)) delete activity[field];
  }
  for (const field of DATE_FIELDS) {
    const v = activity[field];
    if (v !== undefined && (typeof v !== 'string' || Number.isNaN(Date.parse(v)))) delete activity[field];
  }
  for (const field of OBJECT_FIELDS) if (activity[field] !== undefined && !isObject(activity[field])) delete activity[field];
  for (const field of ACCOUNT_LISTS) {
    const list = activity[field];
    if (list === undefined) continue;
    if (!Array.isArray(list)) delete activity[field];
    else activity[field] = list.map(cleanAccount).filter((a) => a !== undefined);
  }
  for (const field of OBJECT_LISTS) {
    const list = activity[field];
    if (list === undefined) continue;
    if (!Array.isArray(list)) delete activity[field];
    else activity[field] = list.filter(isObject);
  }
  if (Array.isArray(activity.entities)) {
    activity.entities = (activity.entities as Array<Record<string, unknown>>).filter((e) => typeof e.type === 'string');
  }
  // Set by the adapter from the authenticated token, never by the caller.
  delete activity.callerId;
  return undefined;
}

/**
 * Headers for every response. The web page's Content-Security-Policy is set by
 * src/http/webChatPage.ts; API responses get a deny-all policy here.
 */
function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'SAMEORIGIN');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()');
  res.setHeader('X-Permitted-Cross-Domain-Policies', 'none');
  res.setHeader('X-DNS-Prefetch-Control', 'off');
  // Only over HTTPS (directly, or via a trusted proxy's X-Forwarded-Proto).
  if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  next();
}

const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

function apiHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Content-Security-Policy', API_CSP);
  res.setHeader('Cache-Control', 'no-store');
  next();
}

/** Routes the bot's own in-process Direct Line replies come back on (local only, see directLine.ts). */
const CONNECTOR_PREFIX = '/directline/connector';
const UNLIMITED = new Set(['/api/messages', '/healthz', '/readyz', '/metrics']);
const CONVERSATION_STARTS = new Set(['/v3/directline/tokens/generate', '/v3/directline/conversations', '/api/webchat/token']);

function isOperational(path: string): boolean {
  return UNLIMITED.has(path) || path === CONNECTOR_PREFIX || path.startsWith(`${CONNECTOR_PREFIX}/`);
}

/** The path for logs: ids replaced, bounded length, no query string. */
export function routeForLog(path: string): string {
  return path
    .replace(/\/conversations\/[^/]+/g, '/conversations/:id')
    .replace(/\/activities\/(?!history$)[^/]+/g, '/activities/:id')
    .slice(0, 200);
}

const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics', '/favicon.svg', '/favicon.ico', '/chat.css', '/chat.js', '/webchat/webchat.js']);

function requestLog(logger: Logger | undefined, requests: InFlight | undefined): RequestHandler {
  return (req, res, next) => {
    const leave = requests?.enter();
    const started = process.hrtime.bigint();
    const inbound = req.get('x-request-id');
    const requestId = inbound && /^[\w.:-]{1,64}$/.test(inbound) ? inbound : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    res.once('close', () => {
      leave?.();
      if (!logger) return;
      const line = {
        requestId,
        method: req.method,
        route: routeForLog(req.path),
        status: res.statusCode,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      const routine = QUIET_PATHS.has(req.path) || (req.method === 'GET' && /\/activities$/.test(req.path) && res.statusCode < 400);
      if (res.statusCode >= 500) logger.error(line, 'request');
      else if (routine) logger.debug(line, 'request');
      else logger.info(line, 'request');
    });
    next();
  };
}

/** A Bot Framework token is a JWT: three base64url parts after "Bearer ". */
const BEARER_JWT = /^Bearer\s+[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\s*$/i;

export function createServer(options: ServerOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  const limit = options.maxBodyBytes ?? 256 * 1024;
  const logger = options.logger;
  const lifecycle = options.lifecycle;
  const serverError = () => options.metrics?.recordError('http_5xx');

  app.use(requestLog(logger, lifecycle?.requests));
  app.use(securityHeaders);
  app.use(['/api', '/v3/directline', CONNECTOR_PREFIX, '/healthz', '/readyz'], apiHeaders);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (lifecycle?.draining()) {
      res.status(503).json({ status: 'shutting_down' });
      return;
    }
    const ready = options.isReady ? await options.isReady().catch(() => false) : true;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable' });
  });
  if (options.metrics) {
    const { handler } = options.metrics;
    const token = options.metricsToken;
    app.get('/metrics', (req, res, next) => {
      if (token && req.get('authorization') !== `Bearer ${token}`) {
        sendError(res, 401, 'unauthorized', 'A metrics token is required.');
        return;
      }
      res.setHeader('Cache-Control', 'no-store');
      handler(req, res, next);
    });
  }

  // Shutting down: finish what is in flight, take nothing new (except the bot's own in-process replies).
  if (lifecycle) {
    app.use((req, res, next) => {
      if (!lifecycle.draining() || (isOperational(req.path) && req.path !== '/api/messages')) {
        next();
        return;
      }
      res.setHeader('Connection', 'close');
      res.setHeader('Retry-After', '5');
      sendError(res, 503, 'shutting_down', 'This instance is shutting down. Please retry.');
    });
  }

  const ipLimit = options.ipLimiter ? rateLimitMiddleware({ limiter: options.ipLimiter, onLimited: () => options.metrics?.recordError('ip_rate_limited') }) : undefined;
  const startLimit = options.conversationStartLimiter
    ? rateLimitMiddleware({ limiter: options.conversationStartLimiter, onLimited: () => options.metrics?.recordError('ip_rate_limited') })
    : undefined;
  if (ipLimit || startLimit) {
    app.use((req, res, next) => {
      if (isOperational(req.path)) {
        next();
        return;
      }
      const general = (): void => {
        if (ipLimit) void ipLimit(req, res, next);
        else next();
      };
      if (startLimit && req.method === 'POST' && CONVERSATION_STARTS.has(req.path)) startLimit(req, res, general);
      else general();
    });
  }

  for (const router of options.routers ?? []) app.use(router);

  const requireAuth: RequestHandler = (req, res, next) => {
    if (options.requireAuth && !BEARER_JWT.test(req.get('authorization') ?? '')) {
      sendError(res, 401, 'unauthorized', 'A valid Bot Framework token is required.');
      return;
    }
    next();
  };

  app.post('/api/messages', requireAuth, express.json({ limit, type: () => true }), async (req: Request, res: Response) => {
    const problem = validateActivity(req.body);
    if (problem) return sendError(res, 400, 'bad_request', problem);
    try {
      const outcome = await options.adapter.processIncoming(req.body as Activity, req.get('authorization') ?? '', (context) => options.runTurn(context));
      switch (outcome.kind) {
        case 'unauthorized':
          return sendError(res, 401, 'unauthorized', 'A valid Bot Framework token is required.');
        case 'auth_unavailable':
          logger?.warn({ err: outcome.error }, 'could not verify a Bot Framework token');
          res.setHeader('Retry-After', '5');
          return sendError(res, 503, 'auth_unavailable', 'The token could not be verified right now. Please retry.');
        case 'invalid':
          logger?.info({ reason: outcome.error instanceof Error ? outcome.error.message : String(outcome.error) }, 'activity refused before its turn');
          return sendError(res, 400, 'bad_request', 'The activity is not valid.');
        case 'done':
          if (outcome.status >= 500) {
            serverError();
            return sendError(res, 500, 'internal_error', 'The bot could not process this activity.');
          }
          if (outcome.body === undefined || outcome.body === null) return void res.status(outcome.status).end();
          return void res.status(outcome.status).json(outcome.body);
      }
    } catch (err) {
      serverError();
      logger?.error({ err }, 'unexpected error processing an activity');
      if (!res.headersSent) sendError(res, 500, 'internal_error', 'The bot could not process this activity.');
      else if (!res.writableEnded) res.end();
    }
  });
  app.all('/api/messages', (_req, res) => {
    res.setHeader('Allow', 'POST');
    sendError(res, 405, 'method_not_allowed', 'Use POST.');
  });

  app.use((_req, res) => sendError(res, 404, 'not_found', 'No such route.'));

  const errorHandler: ErrorRequestHandler = (err: { type?: string; status?: number }, _req, res, _next) => {
    if (res.headersSent) {
      if (!res.writableEnded) res.end();
      return;
    }
    if (err?.type === 'entity.too.large') return sendError(res, 413, 'payload_too_large', `The body is larger than ${limit} bytes.`);
    if (err?.type === 'entity.parse.failed' || err instanceof SyntaxError) return sendError(res, 400, 'bad_request', 'The body is not valid JSON.');
    const status = err?.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) {
      serverError();
      logger?.error({ err }, 'unhandled request error');
      return sendError(res, 500, 'internal_error', 'Something went wrong.');
    }
    if (status === 415) return sendError(res, 415, 'unsupported_media_type', 'The body encoding or type is not supported.');
    return sendError(res, status, 'bad_request', 'The request could not be processed.');
  };
  app.use(errorHandler);
  return app;
}
