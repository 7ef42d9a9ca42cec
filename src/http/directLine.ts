/**
 * An embedded Direct Line 3.0 endpoint (polling only, no WebSocket stream), so
 * that Web Chat can talk to the bot without Azure Bot Service.
 *
 * Two faces, one router:
 * - client-facing, what botframework-directlinejs calls with
 *   `domain = <origin>/v3/directline`: tokens, start/reconnect a conversation,
 *   post an activity, poll activities with a watermark;
 * - connector-facing, where the bot replies: the activities handed to the bot
 *   carry `serviceUrl = http://<local address>:<port><mount>/directline/connector/`
 *   and botbuilder's ConnectorClient posts its replies (and proactive messages)
 *   to `<serviceUrl>v3/conversations/:id/activities[/:activityId]`.
 *
 * Everything is in memory and bounded: at most `maxConversations`
 * conversations (idle ones expire), at most `maxActivitiesPerConversation`
 * activities and `maxBytesPerConversation` bytes kept per conversation (the
 * list is a delivery buffer: older activities were fetched long ago), at most
 * `maxPendingTurns` user activities queued for the bot per conversation.
 * Turns of one conversation reach the bot one at a time, in order.
 *
 * Errors are short JSON bodies `{ "error": { "code", "message" } }` with a 4xx
 * status (501 for the few Direct Line features that are not implemented).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import express from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Activity } from 'botbuilder';
import { isObject } from '../util/isObject';

export interface DirectLineOptions {
  /** DIRECTLINE_SECRET: when set, requests must carry it or a token issued from it. */
  secret?: string;
  /** Hands an activity from the user to the bot (the app wires CloudAdapter.processActivityDirect). */
  deliverToBot(activity: Activity): Promise<void>;
  botId: string;
  botName: string;
  /** Lifetime of issued tokens; default 3600. */
  tokenTtlSeconds?: number;

  /** channelId stamped on activities; default 'directline'. */
  channelId?: string;
  /**
   * Fixed base URL of the connector-facing routes, ending in '/'. By default
   * it is derived from the local address and port the request arrived on (not
   * from the Host header, which a client controls), plus the router's mount
   * path: e.g. `http://127.0.0.1:3978/directline/connector/`.
   */
  serviceUrl?: string;
  /** Default 1000. */
  maxConversations?: number;
  /** Activities kept per conversation (older ones are dropped); default 200. */
  maxActivitiesPerConversation?: number;
  /** JSON bytes kept per conversation (older activities are dropped, the newest always kept); default 512 KiB. */
  maxBytesPerConversation?: number;
  /** A conversation nobody touched (client or bot) for this long is forgotten; default 1800. */
  conversationIdleSeconds?: number;
  /** User activities waiting for the bot per conversation before 429; default 20. */
  maxPendingTurns?: number;
  /** Activities returned by one poll; default 100. */
  maxActivitiesPerPoll?: number;
  /**
   * Accept connector-facing requests only from this machine (a loopback peer,
   * or a peer whose address is the server's own). Default: true unless
   * `serviceUrl` is set, since the default serviceUrl is the server's own
   * address and the bot runs in this process.
   */
  connectorLocalOnly?: boolean;
  /**
   * The bot's Microsoft App ID. When set, connector-facing requests must be
   * accepted by `authenticateConnector`, or they are refused (401). When not
   * set (auth off, as with the Emulator), botbuilder posts replies without a
   * token and they are accepted for known conversations only.
   *
   * Note: with MicrosoftAppId configured, `processActivityDirect('', ...)` is
   * refused by botbuilder itself (401: no token on the incoming activity). The
   * simplest wiring is a second CloudAdapter with authentication off, used
   * only for this endpoint (deliverToBot and proactive messages to its
   * conversations), and no `appId` here: `connectorLocalOnly` then keeps
   * other hosts off the connector routes.
   */
  appId?: string;
  authenticateConnector?(authorization: string | undefined, req: Request): boolean | Promise<boolean>;
  /**
   * Path of a same-origin token route for the page (POST, no secret needed:
   * the server holds it). Default '/api/webchat/token'; false disables it.
   */
  webChatTokenPath?: string | false;
  /** Called when handing an activity to the bot fails; default: console.error. */
  onError?(error: unknown, activity: { type?: string; id?: string; conversationId: string }): void;
  /** Clock, for tests; default Date.now. */
  now?(): number;
}

export interface IssuedToken {
  conversationId: string;
  token: string;
  expires_in: number;
}

export interface DirectLineEndpoint {
  router: express.Router;
  /** Stops the expiry timer and forgets every conversation and token. */
  close(): void;
  /** Issues a token for a new conversation, as tokens/generate does with the secret. */
  issueToken(user?: { id?: string; name?: string }): IssuedToken;
  /** Forgets a conversation now; its client then gets 404 and Web Chat ends it. False if unknown. */
  endConversation(conversationId: string): boolean;
  /** Counts, for metrics and tests. */
  stats(): { conversations: number; tokens: number };
}

type JsonObject = Record<string, unknown>;

interface ChannelAccount {
  id: string;
  name?: string;
  role?: string;
}

interface StoredActivity {
  seq: number;
  activity: JsonObject;
  bytes: number;
}

interface Conversation {
  id: string;
  user: ChannelAccount;
  started: boolean;
  lastSeen: number;
  /** Last watermark handed out. */
  seq: number;
  lastTimestamp: number;
  activities: StoredActivity[];
  /** JSON size of `activities`. */
  bytes: number;
  /** Hashes of the tokens issued for it, oldest first. */
  tokens: string[];
  serviceUrl?: string;
  locale?: string;
  queue: Promise<void>;
  pending: number;
}

interface TokenRecord {
  conversationId: string;
  expiresAt: number;
}

type Auth =
  | { kind: 'none' }
  | { kind: 'secret' }
  | { kind: 'token'; conversationId: string; token: string; expiresAt: number };

/** An error that becomes a JSON response. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const CONNECTOR = '/directline/connector';
const CLIENT = '/v3/directline';
const CLIENT_ACTIVITY_TYPES = new Set(['message', 'typing', 'event', 'endOfConversation']);
/** Bot activities that botbuilder handles itself or that Direct Line drops. */
const DROPPED_BOT_ACTIVITY_TYPES = new Set(['trace', 'delay', 'invokeResponse']);
const MAX_TOKENS_PER_CONVERSATION = 8;
const SAFE_ID = /^[A-Za-z0-9_.:@-]{1,64}$/;

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

function tokenKey(token: string): string {
  return sha256(token).toString('base64url');
}

function randomId(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

function shortString(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= max ? value : undefined;
}

function sendError(res: Response, error: HttpError): void {
  for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
  res.status(error.status).json({ error: { code: error.code, message: error.message } });
}

const notImplemented = (what: string): RequestHandler => () => {
  throw new HttpError(501, 'NotImplemented', `${what} is not supported by this endpoint`);
};

const methodNotAllowed: RequestHandler = (req) => {
  throw new HttpError(405, 'MethodNotAllowed', `${req.method} is not allowed here`);
};

/** Host part of a URL for an address the server's socket has. */
function urlHost(address: string): string {
  const v4mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (v4mapped) return v4mapped[1]!;
  return address.includes(':') ? `[${address}]` : address;
}

function localServiceUrl(req: Request): string {
  const socket = req.socket as IncomingMessage['socket'] & Partial<Pick<TLSSocket, 'encrypted'>>;
  const protocol = socket.encrypted ? 'https' : 'http';
  const address = urlHost(socket.localAddress ?? '127.0.0.1');
  return `${protocol}://${address}:${socket.localPort}${req.baseUrl}${CONNECTOR}/`;
}

/** True when the request's peer is this machine: loopback, or the same address it connected to. */
export function isSameHostPeer(socket: { remoteAddress?: string; localAddress?: string }): boolean {
  const strip = (address: string | undefined) => (address ?? '').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  const remote = strip(socket.remoteAddress);
  if (remote === '') return false;
  if (remote === '::1' || /^127\.\d+\.\d+\.\d+$/.test(remote)) return true;
  return remote === strip(socket.localAddress);
}

function parseWatermark(raw: unknown): number {
  if (raw === undefined || raw === '') return 0;
  if (typeof raw === 'string' && /^\d{1,15}$/.test(raw)) return Number(raw);
  throw new HttpError(400, 'BadArgument', 'watermark must be a non-negative integer');
}

export function createDirectLineRouter(options: DirectLineOptions): DirectLineEndpoint {
  if (!options.botId) throw new Error('createDirectLineRouter: botId is required');
  const now = options.now ?? Date.now;
  const channelId = options.channelId ?? 'directline';
  const tokenTtlMs = Math.max(1, options.tokenTtlSeconds ?? 3600) * 1000;
  const maxConversations = Math.max(1, options.maxConversations ?? 1000);
  const maxActivities = Math.max(10, options.maxActivitiesPerConversation ?? 200);
  const maxBytes = Math.max(4096, options.maxBytesPerConversation ?? 512 * 1024);
  const idleMs = Math.max(1, options.conversationIdleSeconds ?? 1800) * 1000;
  const maxPending = Math.max(1, options.maxPendingTurns ?? 20);
  const maxPerPoll = Math.max(1, options.maxActivitiesPerPoll ?? 100);
  const secretHash = options.secret ? sha256(options.secret) : undefined;
  const bot: ChannelAccount = { id: options.botId, name: options.botName, role: 'bot' };
  const connectorLocalOnly = options.connectorLocalOnly ?? !options.serviceUrl;
  const onError =
    options.onError ??
    ((error: unknown, activity: { type?: string; conversationId: string }) => {
      console.error(`directLine: the bot failed on a ${activity.type ?? '?'} activity`, error);
    });

  /** Insertion order is kept least recently seen first (see touch()). */
  const conversations = new Map<string, Conversation>();
  const tokens = new Map<string, TokenRecord>();
  /**
   * Unexpired tokens of forgotten conversations, oldest first, bounded: they
   * get 404 (directlinejs then ends the conversation) instead of 401 (which it
   * would keep quiet about).
   */
  const retired = new Map<string, number>();
  const maxRetired = maxConversations * 4;
  let closed = false;

  // ---- conversations and tokens -------------------------------------------------

  function forget(conversation: Conversation): void {
    conversations.delete(conversation.id);
    for (const key of conversation.tokens) {
      const record = tokens.get(key);
      tokens.delete(key);
      if (record && record.expiresAt > now()) retired.set(key, record.expiresAt);
    }
    while (retired.size > maxRetired) retired.delete(retired.keys().next().value!);
    conversation.activities = [];
    conversation.bytes = 0;
  }

  function sweep(): void {
    const t = now();
    for (const conversation of conversations.values()) {
      // Map order is least recently seen first: stop at the first live one.
      if (t - conversation.lastSeen < idleMs) break;
      forget(conversation);
    }
    for (const [key, record] of tokens) {
      if (record.expiresAt <= t) {
        tokens.delete(key);
        const conversation = conversations.get(record.conversationId);
        if (conversation) conversation.tokens = conversation.tokens.filter((k) => k !== key);
      }
    }
    for (const [key, expiresAt] of retired) if (expiresAt <= t) retired.delete(key);
  }

  function touch(conversation: Conversation): void {
    conversation.lastSeen = now();
    conversations.delete(conversation.id);
    conversations.set(conversation.id, conversation);
  }

  function createConversation(user: { id?: string; name?: string } | undefined): Conversation {
    sweep();
    if (conversations.size >= maxConversations) {
      // Evict the least recently seen conversation if it has been quiet for a minute;
      // otherwise the endpoint is busy.
      const oldest = conversations.values().next().value;
      if (oldest && now() - oldest.lastSeen >= Math.min(60_000, idleMs)) forget(oldest);
      else throw new HttpError(429, 'TooManyRequests', 'Too many conversations; try again later', { 'Retry-After': '60' });
    }
    const id = randomId(18);
    const userId = user?.id && SAFE_ID.test(user.id) ? user.id : `dl_${randomBytes(8).toString('hex')}`;
    const conversation: Conversation = {
      id,
      user: { id: userId, name: shortString(user?.name, 64), role: 'user' },
      started: false,
      lastSeen: now(),
      seq: 0,
      lastTimestamp: 0,
      activities: [],
      bytes: 0,
      tokens: [],
      queue: Promise.resolve(),
      pending: 0,
    };
    conversations.set(id, conversation);
    return conversation;
  }

  function issueFor(conversation: Conversation): IssuedToken {
    const token = randomId(32);
    const key = tokenKey(token);
    tokens.set(key, { conversationId: conversation.id, expiresAt: now() + tokenTtlMs });
    conversation.tokens.push(key);
    while (conversation.tokens.length > MAX_TOKENS_PER_CONVERSATION) {
      tokens.delete(conversation.tokens.shift()!);
    }
    return { conversationId: conversation.id, token, expires_in: Math.round(tokenTtlMs / 1000) };
  }

  function authenticate(req: Request): Auth {
    const header = req.get('authorization');
    if (header === undefined || header.trim() === '') return { kind: 'none' };
    const match = /^Bearer\s+(\S{1,512})\s*$/i.exec(header);
    if (!match) throw new HttpError(401, 'BadArgument', 'Authorization must be "Bearer <secret or token>"');
    const presented = match[1]!;
    if (secretHash && timingSafeEqual(sha256(presented), secretHash)) return { kind: 'secret' };
    const key = tokenKey(presented);
    const record = tokens.get(key);
    if (!record) {
      if (retired.has(key)) throw new HttpError(404, 'NotFound', 'The conversation has ended');
      throw new HttpError(401, 'Unauthorized', 'Unknown or revoked token');
    }
    if (record.expiresAt <= now()) throw new HttpError(403, 'TokenExpired', 'Token expired');
    return { kind: 'token', conversationId: record.conversationId, token: presented, expiresAt: record.expiresAt };
  }

  /** The conversation in the URL, if the caller may use it. */
  function authorizedConversation(req: Request): { conversation: Conversation; auth: Auth } {
    const auth = authenticate(req);
    const id = String(req.params.conversationId ?? '');
    if (auth.kind === 'none') throw new HttpError(401, 'Unauthorized', 'A token or the secret is required');
    if (auth.kind === 'token' && auth.conversationId !== id) {
      throw new HttpError(403, 'Forbidden', 'The token is for another conversation');
    }
    const conversation = conversations.get(id);
    if (!conversation) throw new HttpError(404, 'NotFound', 'Unknown conversation');
    touch(conversation);
    return { conversation, auth };
  }

  // ---- the activity list ----------------------------------------------------------

  function nextTimestamp(conversation: Conversation): string {
    // Strictly increasing per conversation: Web Chat orders by timestamp.
    conversation.lastTimestamp = Math.max(now(), conversation.lastTimestamp + 1);
    return new Date(conversation.lastTimestamp).toISOString();
  }

  function append(conversation: Conversation, activity: JsonObject): void {
    conversation.seq += 1;
    const bytes = Buffer.byteLength(JSON.stringify(activity));
    conversation.activities.push({ seq: conversation.seq, activity, bytes });
    conversation.bytes += bytes;
    while (
      conversation.activities.length > maxActivities ||
      (conversation.bytes > maxBytes && conversation.activities.length > 1)
    ) {
      conversation.bytes -= conversation.activities.shift()!.bytes;
    }
  }

  function remove(conversation: Conversation, index: number): void {
    const [removed] = conversation.activities.splice(index, 1);
    if (removed) conversation.bytes -= removed.bytes;
  }

  function newActivityId(conversation: Conversation): string {
    return `${conversation.id}|${String(conversation.seq + 1).padStart(7, '0')}`;
  }

  /** Hands an activity to the bot, after the ones already queued for this conversation. */
  function enqueueTurn(conversation: Conversation, activity: JsonObject): void {
    if (conversation.pending >= maxPending) {
      throw new HttpError(429, 'TooManyRequests', 'The bot is still busy with earlier messages', { 'Retry-After': '1' });
    }
    conversation.pending += 1;
    const forBot = structuredClone(activity);
    // As botbuilder's validateAndFixActivity does for activities that arrive over HTTP.
    if (typeof forBot.timestamp === 'string') {
      forBot.rawTimestamp = forBot.timestamp;
      forBot.timestamp = new Date(forBot.timestamp);
    }
    if (typeof forBot.localTimestamp === 'string') {
      forBot.rawLocalTimestamp = forBot.localTimestamp;
      const local = new Date(forBot.localTimestamp);
      if (Number.isNaN(local.getTime())) delete forBot.localTimestamp;
      else forBot.localTimestamp = local;
    }
    conversation.queue = conversation.queue
      .then(() => (closed ? undefined : options.deliverToBot(forBot as unknown as Activity)))
      .catch((error: unknown) => {
        try {
          onError(error, { type: activity.type as string, id: activity.id as string, conversationId: conversation.id });
        } catch {
          // a failing logger must not break the queue
        }
      })
      .finally(() => {
        conversation.pending -= 1;
      });
  }

  function ensureStarted(conversation: Conversation, req: Request, locale?: string): void {
    if (conversation.started) return;
    conversation.started = true;
    conversation.serviceUrl = options.serviceUrl ?? localServiceUrl(req);
    conversation.locale = locale;
    enqueueTurn(conversation, {
      type: 'conversationUpdate',
      id: `${conversation.id}|start`,
      channelId,
      serviceUrl: conversation.serviceUrl,
      timestamp: new Date(now()).toISOString(),
      conversation: { id: conversation.id },
      from: { ...conversation.user },
      recipient: { ...bot },
      membersAdded: [{ ...conversation.user }, { id: bot.id, name: bot.name }],
      ...(locale ? { locale } : {}),
    });
  }

  function conversationResponse(conversation: Conversation, auth: Auth): IssuedToken {
    if (auth.kind === 'token') {
      return {
        conversationId: conversation.id,
        token: auth.token,
        expires_in: Math.max(0, Math.round((auth.expiresAt - now()) / 1000)),
      };
    }
    return issueFor(conversation);
  }

  /** A user's activity as stored and as handed to the bot. */
  function userActivity(conversation: Conversation, body: unknown): JsonObject {
    if (!isObject(body)) throw new HttpError(400, 'BadArgument', 'The body must be a JSON activity');
    const type = body.type;
    if (typeof type !== 'string' || type === '') throw new HttpError(400, 'BadArgument', 'The activity has no type');
    if (!CLIENT_ACTIVITY_TYPES.has(type)) {
      throw new HttpError(400, 'BadArgument', `Activities of type "${type.slice(0, 40)}" are not accepted`);
    }
    if (body.text !== undefined && typeof body.text !== 'string') throw new HttpError(400, 'BadArgument', 'text must be a string');
    if (body.channelData !== undefined && !isObject(body.channelData)) {
      throw new HttpError(400, 'BadArgument', 'channelData must be an object');
    }
    for (const field of ['attachments', 'entities'] as const) {
      if (body[field] !== undefined && !Array.isArray(body[field])) {
        throw new HttpError(400, 'BadArgument', `${field} must be an array`);
      }
    }
    const from = isObject(body.from) ? body.from : {};
    const activity: JsonObject = {
      type,
      id: newActivityId(conversation),
      timestamp: nextTimestamp(conversation),
      serviceUrl: conversation.serviceUrl,
      channelId,
      // The user is who the conversation was issued to, whatever the client claims.
      from: { id: conversation.user.id, name: shortString(from.name, 64) ?? conversation.user.name, role: 'user' },
      conversation: { id: conversation.id },
      recipient: { ...bot },
    };
    for (const field of [
      'text', 'textFormat', 'locale', 'localTimestamp', 'localTimezone', 'attachments', 'attachmentLayout',
      'entities', 'channelData', 'value', 'valueType', 'name', 'speak', 'inputHint', 'replyToId', 'summary', 'label',
    ]) {
      if (body[field] !== undefined) activity[field] = body[field];
    }
    if (activity.locale === undefined && conversation.locale) activity.locale = conversation.locale;
    return activity;
  }

  /** A bot's activity as stored for the client. */
  function botActivity(
    conversation: Conversation,
    body: unknown,
    replyToId?: string,
    keep?: { id: unknown; timestamp: unknown },
  ): JsonObject {
    if (!isObject(body)) throw new HttpError(400, 'BadArgument', 'The body must be a JSON activity');
    if (typeof body.type !== 'string' || body.type === '') throw new HttpError(400, 'BadArgument', 'The activity has no type');
    const activity: JsonObject = { ...body };
    delete activity.serviceUrl;
    delete activity.rawTimestamp;
    delete activity.rawLocalTimestamp;
    Object.assign(activity, {
      // An update keeps its id and timestamp, so Web Chat replaces it in place.
      id: keep ? keep.id : newActivityId(conversation),
      timestamp: keep ? keep.timestamp : nextTimestamp(conversation),
      channelId,
      conversation: { id: conversation.id },
      from: { ...bot },
      recipient: { ...conversation.user },
    });
    if (replyToId && activity.replyToId === undefined) activity.replyToId = replyToId;
    return activity;
  }

  // ---- the router -------------------------------------------------------------------

  const router = express.Router();
  const clientJson = express.json({ limit: '64kb', type: ['application/json', 'application/*+json'] });
  const connectorJson = express.json({ limit: '256kb', type: ['application/json', 'application/*+json'] });

  router.use([CLIENT, CONNECTOR], (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    if (closed) {
      sendError(res, new HttpError(404, 'NotFound', 'The Direct Line endpoint is closed'));
      return;
    }
    next();
  });

  // tokens/generate: a new conversation and a token for it.
  router
    .route(`${CLIENT}/tokens/generate`)
    .post(clientJson, (req, res) => {
      const auth = authenticate(req);
      if (secretHash && auth.kind !== 'secret') throw new HttpError(auth.kind === 'none' ? 401 : 403, 'Unauthorized', 'The secret is required');
      const user = isObject(req.body) && isObject(req.body.user) ? req.body.user : undefined;
      // Only a caller holding the secret may choose the user id.
      const conversation = createConversation({
        id: auth.kind === 'secret' ? shortString(user?.id, 64) : undefined,
        name: shortString(user?.name, 64),
      });
      res.status(200).json(issueFor(conversation));
    })
    .all(methodNotAllowed);

  router
    .route(`${CLIENT}/tokens/refresh`)
    .post((req, res) => {
      const auth = authenticate(req);
      if (auth.kind === 'none') throw new HttpError(401, 'Unauthorized', 'A token is required');
      if (auth.kind === 'secret') throw new HttpError(400, 'BadArgument', 'Refresh a token, not the secret');
      const conversation = conversations.get(auth.conversationId);
      if (!conversation) throw new HttpError(404, 'NotFound', 'Unknown conversation');
      touch(conversation);
      res.status(200).json(issueFor(conversation));
    })
    .all(methodNotAllowed);

  // Start a conversation (or, with a token, the conversation the token was issued for).
  router
    .route(`${CLIENT}/conversations`)
    .post(clientJson, (req, res) => {
      const auth = authenticate(req);
      const body = isObject(req.body) ? req.body : {};
      const user = isObject(body.user) ? body.user : undefined;
      const locale = shortString(body.locale, 20);
      let conversation: Conversation;
      let status = 201;
      if (auth.kind === 'token') {
        const existing = conversations.get(auth.conversationId);
        if (!existing) throw new HttpError(404, 'NotFound', 'Unknown conversation');
        conversation = existing;
        if (conversation.started) status = 200;
        touch(conversation);
      } else {
        if (secretHash && auth.kind !== 'secret') throw new HttpError(401, 'Unauthorized', 'The secret or a token is required');
        conversation = createConversation({
          id: auth.kind === 'secret' ? shortString(user?.id, 64) : undefined,
          name: shortString(user?.name, 64),
        });
      }
      ensureStarted(conversation, req, locale);
      res.status(status).json(conversationResponse(conversation, auth));
    })
    .all(methodNotAllowed);

  // Reconnect: the conversation again, with a token.
  router
    .route(`${CLIENT}/conversations/:conversationId`)
    .get((req, res) => {
      const { conversation, auth } = authorizedConversation(req);
      parseWatermark(req.query.watermark);
      ensureStarted(conversation, req);
      res.status(200).json(conversationResponse(conversation, auth));
    })
    .all(methodNotAllowed);

  router
    .route(`${CLIENT}/conversations/:conversationId/activities`)
    .get((req, res) => {
      const { conversation } = authorizedConversation(req);
      const watermark = parseWatermark(req.query.watermark);
      ensureStarted(conversation, req);
      const fresh = conversation.activities.filter((stored) => stored.seq > watermark).slice(0, maxPerPoll);
      const last = fresh.length > 0 ? fresh[fresh.length - 1]!.seq : Math.min(watermark, conversation.seq);
      res.status(200).json({ activities: fresh.map((stored) => stored.activity), watermark: String(last) });
    })
    .post(clientJson, (req, res) => {
      const { conversation } = authorizedConversation(req);
      ensureStarted(conversation, req);
      const activity = userActivity(conversation, req.body);
      if (conversation.pending >= maxPending) {
        throw new HttpError(429, 'TooManyRequests', 'The bot is still busy with earlier messages', { 'Retry-After': '1' });
      }
      // Echo first (Web Chat marks the message as sent when it sees its clientActivityID come back), then the bot.
      append(conversation, activity);
      enqueueTurn(conversation, activity);
      res.status(200).json({ id: activity.id });
    })
    .all(methodNotAllowed);

  router
    .route(`${CLIENT}/conversations/:conversationId/upload`)
    .post((req, _res, next) => {
      authorizedConversation(req);
      next();
    }, notImplemented('Uploading attachments'))
    .all(methodNotAllowed);

  // Same-origin token route for the page.
  if (options.webChatTokenPath !== false) {
    router
      .route(options.webChatTokenPath ?? '/api/webchat/token')
      .post((req, res) => {
        res.setHeader('Cache-Control', 'no-store');
        if (closed) throw new HttpError(404, 'NotFound', 'The Direct Line endpoint is closed');
        const site = req.get('sec-fetch-site');
        const origin = req.get('origin');
        let crossOrigin = site !== undefined && site !== 'same-origin' && site !== 'none';
        if (origin !== undefined && origin !== 'null') {
          try {
            crossOrigin ||= new URL(origin).host !== req.get('host');
          } catch {
            crossOrigin = true;
          }
        }
        if (crossOrigin) throw new HttpError(403, 'Forbidden', 'Tokens are only issued to this site\'s own page');
        res.status(200).json(issueFor(createConversation(undefined)));
      })
      .all(methodNotAllowed);
  }

  // ---- connector-facing ----------------------------------------------------------

  const connectorAuth: RequestHandler = async (req, _res, next) => {
    if (connectorLocalOnly && !isSameHostPeer(req.socket)) {
      throw new HttpError(403, 'Forbidden', 'Connector requests are accepted from this machine only');
    }
    if (options.appId) {
      const ok = options.authenticateConnector ? await options.authenticateConnector(req.get('authorization'), req) : false;
      if (!ok) throw new HttpError(401, 'Unauthorized', 'The connector request is not authorized');
    }
    next();
  };

  function connectorConversation(req: Request): Conversation {
    const conversation = conversations.get(String(req.params.conversationId ?? ''));
    if (!conversation) throw new HttpError(404, 'NotFound', 'Unknown conversation');
    touch(conversation);
    return conversation;
  }

  function postFromBot(req: Request, res: Response): void {
    const conversation = connectorConversation(req);
    const replyToId = typeof req.params.activityId === 'string' ? req.params.activityId : undefined;
    const activity = botActivity(conversation, req.body, replyToId);
    if (DROPPED_BOT_ACTIVITY_TYPES.has(activity.type as string)) {
      res.status(200).json({ id: '' });
      return;
    }
    append(conversation, activity);
    res.status(200).json({ id: activity.id });
  }

  const V3 = `${CONNECTOR}/v3/conversations`;
  router.use(CONNECTOR, connectorAuth);
  router
    .route(V3)
    .post(notImplemented('Creating conversations'))
    .get(notImplemented('Listing conversations'))
    .all(methodNotAllowed);
  router
    .route(`${V3}/:conversationId/activities`)
    .post(connectorJson, postFromBot)
    .all(methodNotAllowed);
  router
    .route(`${V3}/:conversationId/activities/history`)
    .post(notImplemented('Sending conversation history'))
    .all(methodNotAllowed);
  router
    .route(`${V3}/:conversationId/activities/:activityId`)
    .post(connectorJson, postFromBot)
    .put(connectorJson, (req, res) => {
      const conversation = connectorConversation(req);
      const activityId = String(req.params.activityId);
      const index = conversation.activities.findIndex((stored) => stored.activity.id === activityId);
      if (index < 0) throw new HttpError(404, 'NotFound', 'Unknown activity');
      const old = conversation.activities[index]!.activity;
      const activity = botActivity(conversation, req.body, undefined, { id: old.id, timestamp: old.timestamp });
      // The update goes out again with a new watermark; Web Chat replaces the activity with the same id.
      remove(conversation, index);
      append(conversation, activity);
      res.status(200).json({ id: activityId });
    })
    .delete((req, res) => {
      const conversation = connectorConversation(req);
      const index = conversation.activities.findIndex((stored) => stored.activity.id === req.params.activityId);
      if (index < 0) throw new HttpError(404, 'NotFound', 'Unknown activity');
      remove(conversation, index);
      res.status(200).json({});
    })
    .all(methodNotAllowed);

  const members = (conversation: Conversation): ChannelAccount[] => [{ ...conversation.user }, { ...bot }];
  router
    .route(`${V3}/:conversationId/activities/:activityId/members`)
    .get((req, res) => {
      res.status(200).json(members(connectorConversation(req)));
    })
    .all(methodNotAllowed);
  router
    .route(`${V3}/:conversationId/members`)
    .get((req, res) => {
      res.status(200).json(members(connectorConversation(req)));
    })
    .all(methodNotAllowed);
  router
    .route(`${V3}/:conversationId/pagedmembers`)
    .get((req, res) => {
      res.status(200).json({ members: members(connectorConversation(req)) });
    })
    .all(methodNotAllowed);
  router
    .route(`${V3}/:conversationId/members/:memberId`)
    .get((req, res) => {
      const member = members(connectorConversation(req)).find((m) => m.id === req.params.memberId);
      if (!member) throw new HttpError(404, 'NotFound', 'Unknown member');
      res.status(200).json(member);
    })
    .delete(notImplemented('Removing members'))
    .all(methodNotAllowed);
  router
    .route(`${V3}/:conversationId/attachments`)
    .post(notImplemented('Uploading attachments'))
    .all(methodNotAllowed);

  // Anything else under either prefix: JSON 404, not express's HTML page.
  router.use([CLIENT, CONNECTOR], () => {
    throw new HttpError(404, 'NotFound', 'No such Direct Line route');
  });

  // Errors from the handlers above (and from the JSON parsers): short JSON, no stack.
  router.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    if (error instanceof HttpError) {
      sendError(res, error);
      return;
    }
    const parserError = error as { type?: string; status?: number };
    if (parserError.type === 'entity.parse.failed') {
      sendError(res, new HttpError(400, 'BadArgument', 'Malformed JSON'));
    } else if (parserError.type === 'entity.too.large') {
      sendError(res, new HttpError(413, 'TooLarge', 'The body is too large'));
    } else if (typeof parserError.status === 'number' && parserError.status >= 400 && parserError.status < 500) {
      sendError(res, new HttpError(parserError.status, 'BadArgument', 'The request could not be read'));
    } else {
      // A bug here, not the client's fault: still no stack trace in the response.
      onError(error, { type: 'http request', conversationId: '' });
      sendError(res, new HttpError(500, 'ServiceError', 'Internal error'));
    }
  });

  const sweeper = setInterval(sweep, Math.min(60_000, Math.max(1000, Math.floor(idleMs / 2))));
  sweeper.unref();

  return {
    router,
    close(): void {
      closed = true;
      clearInterval(sweeper);
      for (const conversation of [...conversations.values()]) forget(conversation);
      tokens.clear();
      retired.clear();
    },
    issueToken(user?: { id?: string; name?: string }): IssuedToken {
      return issueFor(createConversation(user));
    },
    endConversation(conversationId: string): boolean {
      const conversation = conversations.get(conversationId);
      if (!conversation) return false;
      forget(conversation);
      return true;
    },
    stats() {
      return { conversations: conversations.size, tokens: tokens.size };
    },
  };
}
