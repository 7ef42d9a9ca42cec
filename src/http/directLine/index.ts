/**
 * An embedded Direct Line 3.0 endpoint, so that Web Chat can talk to the bot
 * without Azure Bot Service. Three faces:
 * - client-facing, what botframework-directlinejs calls with
 *   `domain = <origin>/v3/directline`: tokens, start/reconnect a conversation,
 *   post an activity, poll activities with a watermark (clientRoutes.ts);
 * - a WebSocket stream per conversation (`streamUrl`, stream.ts), offered
 *   once `attach(server)` has hooked it to the HTTP server; polling stays as
 *   the fallback for clients that cannot use it;
 * - bot-facing: `bot.send/update/delete`, which the in-process adapter
 *   (botAdapter.ts) calls directly, and the same over Bot Framework's
 *   connector REST API (connectorRoutes.ts) for a bot on CloudAdapter: the
 *   activities handed to the bot carry
 *   `serviceUrl = http://<local address>:<port><mount>/directline/connector/`.
 *
 * Conversations, activity buffers, watermarks, tokens and stream tickets live
 * in a DirectLineStore: in memory, or in Redis so that any instance serves any
 * conversation (store.ts, redisStore.ts). Turns of one conversation reach the
 * bot one at a time, in order, from the instance that received them (the
 * bot's turn lock orders them across instances).
 *
 * Errors are short JSON bodies `{ "error": { "code", "message" } }` with a 4xx
 * status (501 for the few Direct Line features that are not implemented, 503
 * when the store is unreachable).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { TLSSocket } from 'node:tls';
import express from 'express';
import type { Request } from 'express';
import type { Activity } from 'botbuilder';
import { botActivity, DROPPED_BOT_ACTIVITY_TYPES, forBot, shortString } from './activities';
import { clientRoutes } from './clientRoutes';
import { connectorRoutes } from './connectorRoutes';
import { errorHandler, HttpError, sendError } from './httpError';
import { ActivityStreams, ticketKey } from './stream';
import { MemoryDirectLineStore, type ChannelAccount, type ConversationRecord, type JsonObject } from './store';

import type { Auth, DirectLineBotSide, DirectLineEndpoint, DirectLineOptions, IssuedToken } from './types';

export { isSameHostPeer } from './connectorRoutes';
export type { Auth, DirectLineBotSide, DirectLineEndpoint, DirectLineOptions, IssuedToken } from './types';
export { MemoryDirectLineStore, type DirectLineStore } from './store';
export { DirectLineBotAdapter } from './botAdapter';

const MAX_TOKENS_PER_CONVERSATION = 8;
const STREAM_TICKET_TTL_MS = 60_000;
const SAFE_ID = /^[A-Za-z0-9_.:@-]{1,64}$/;

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

const tokenKey = (token: string): string => sha256(token).toString('base64url');
const randomId = (bytes: number): string => randomBytes(bytes).toString('base64url');

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
  return `${protocol}://${address}:${socket.localPort}${req.baseUrl}/directline/connector/`;
}

export function createDirectLineRouter(options: DirectLineOptions): DirectLineEndpoint {
  if (!options.botId) throw new Error('createDirectLineRouter: botId is required');
  const now = options.now ?? Date.now;
  const channelId = options.channelId ?? 'directline';
  const tokenTtlMs = Math.max(1, options.tokenTtlSeconds ?? 3600) * 1000;
  const maxPending = Math.max(1, options.maxPendingTurns ?? 20);
  const maxPerPoll = Math.max(1, options.maxActivitiesPerPoll ?? 100);
  const secretHash = options.secret ? sha256(options.secret) : undefined;
  const bot: ChannelAccount = { id: options.botId, name: options.botName, role: 'bot' };
  const store =
    options.store ??
    new MemoryDirectLineStore(
      {
        maxConversations: Math.max(1, options.maxConversations ?? 1000),
        maxActivities: Math.max(10, options.maxActivitiesPerConversation ?? 200),
        maxBytes: Math.max(4096, options.maxBytesPerConversation ?? 512 * 1024),
        idleMs: Math.max(1, options.conversationIdleSeconds ?? 1800) * 1000,
        maxTokensPerConversation: MAX_TOKENS_PER_CONVERSATION,
      },
      now,
    );
  const onError =
    options.onError ??
    ((error: unknown, activity: { type?: string; conversationId: string }) => {
      console.error(`directLine: the bot failed on a ${activity.type ?? '?'} activity`, error);
    });
  let closed = false;
  let streamingAttached = false;
  const streams = new ActivityStreams({
    store,
    maxPerFrame: maxPerPoll,
    now,
    isOpen: () => !closed,
    onError: (error) => onError(error, { type: 'stream', conversationId: '' }),
  });

  /** Turns waiting for the bot in this instance, per conversation. */
  const queues = new Map<string, { tail: Promise<void>; pending: number }>();

  // ---- conversations and tokens -------------------------------------------------

  async function createConversation(user: { id?: string; name?: string } | undefined): Promise<ConversationRecord> {
    const conversation: ConversationRecord = {
      id: randomId(18),
      user: {
        id: user?.id && SAFE_ID.test(user.id) ? user.id : `dl_${randomBytes(8).toString('hex')}`,
        ...(shortString(user?.name, 64) ? { name: shortString(user?.name, 64) } : {}),
        role: 'user',
      },
      started: false,
    };
    if (!(await store.create(conversation, now()))) {
      throw new HttpError(429, 'TooManyRequests', 'Too many conversations; try again later', { 'Retry-After': '60' });
    }
    return conversation;
  }

  async function issueFor(conversation: ConversationRecord): Promise<IssuedToken> {
    const token = randomId(32);
    await store.addToken(tokenKey(token), conversation.id, now() + tokenTtlMs);
    return { conversationId: conversation.id, token, expires_in: Math.round(tokenTtlMs / 1000) };
  }

  async function authenticate(req: Request): Promise<Auth> {
    const header = req.get('authorization');
    if (header === undefined || header.trim() === '') return { kind: 'none' };
    const match = /^Bearer\s+(\S{1,512})\s*$/i.exec(header);
    if (!match) throw new HttpError(401, 'BadArgument', 'Authorization must be "Bearer <secret or token>"');
    const presented = match[1]!;
    if (secretHash && timingSafeEqual(sha256(presented), secretHash)) return { kind: 'secret' };
    const t = now();
    const record = await store.token(tokenKey(presented), t);
    if (!record) throw new HttpError(401, 'Unauthorized', 'Unknown or revoked token');
    if (record.expiresAt <= t) throw new HttpError(403, 'TokenExpired', 'Token expired');
    if (record.ended) throw new HttpError(404, 'NotFound', 'The conversation has ended');
    return { kind: 'token', conversationId: record.conversationId, token: presented, expiresAt: record.expiresAt };
  }

  /** The conversation in the URL, if the caller may use it. */
  async function authorizedConversation(req: Request): Promise<{ conversation: ConversationRecord; auth: Auth }> {
    const auth = await authenticate(req);
    const id = String(req.params.conversationId ?? '');
    if (auth.kind === 'none') throw new HttpError(401, 'Unauthorized', 'A token or the secret is required');
    if (auth.kind === 'token' && auth.conversationId !== id) {
      throw new HttpError(403, 'Forbidden', 'The token is for another conversation');
    }
    const conversation = await store.get(id);
    if (!conversation) throw new HttpError(404, 'NotFound', 'Unknown conversation');
    await store.touch(id, now());
    return { conversation, auth };
  }

  /** Hands an activity to the bot, after the ones already queued for this conversation here. */
  function enqueueTurn(conversationId: string, activity: JsonObject): void {
    let queue = queues.get(conversationId);
    if (!queue) queues.set(conversationId, (queue = { tail: Promise.resolve(), pending: 0 }));
    if (queue.pending >= maxPending) {
      throw new HttpError(429, 'TooManyRequests', 'The bot is still busy with earlier messages', { 'Retry-After': '1' });
    }
    const q = queue;
    q.pending += 1;
    const toBot = forBot(activity);
    q.tail = q.tail
      .then(() => (closed ? undefined : options.deliverToBot(toBot as unknown as Activity)))
      .catch((error: unknown) => {
        try {
          onError(error, { type: activity.type as string, id: activity.id as string, conversationId });
        } catch {
          // a failing logger must not break the queue
        }
      })
      .finally(() => {
        q.pending -= 1;
        if (q.pending === 0 && queues.get(conversationId) === q) queues.delete(conversationId);
      });
  }

  function isBusy(conversationId: string): boolean {
    return (queues.get(conversationId)?.pending ?? 0) >= maxPending;
  }

  async function ensureStarted(conversation: ConversationRecord, req: Request, locale?: string): Promise<void> {
    if (conversation.started) return;
    const serviceUrl = options.serviceUrl ?? localServiceUrl(req);
    if (!(await store.start(conversation.id, serviceUrl, locale))) return;
    Object.assign(conversation, { started: true, serviceUrl, ...(locale ? { locale } : {}) });
    enqueueTurn(conversation.id, {
      type: 'conversationUpdate',
      id: `${conversation.id}|start`,
      channelId,
      serviceUrl,
      timestamp: new Date(now()).toISOString(),
      conversation: { id: conversation.id },
      from: { ...conversation.user },
      recipient: { ...bot },
      membersAdded: [{ ...conversation.user }, { id: bot.id, name: bot.name }],
      ...(locale ? { locale } : {}),
    });
  }

  /** The start/reconnect answer: the token (a new one for the secret) and, when streaming is on, a fresh streamUrl. */
  async function conversationResponse(conversation: ConversationRecord, auth: Auth, req: Request, watermark = 0): Promise<IssuedToken> {
    const issued: IssuedToken =
      auth.kind === 'token'
        ? { conversationId: conversation.id, token: auth.token, expires_in: Math.max(0, Math.round((auth.expiresAt - now()) / 1000)) }
        : await issueFor(conversation);
    if (streamingAttached && options.streaming !== false) {
      const ticket = randomId(24);
      await store.addTicket(ticketKey(ticket), conversation.id, now() + STREAM_TICKET_TTL_MS);
      // The client connects back to the host it reached us on (behind a trusted proxy, req.protocol is the client's).
      const scheme = req.protocol === 'https' ? 'wss' : 'ws';
      const path = `${req.baseUrl}/v3/directline/conversations/${encodeURIComponent(conversation.id)}/stream`;
      issued.streamUrl = `${scheme}://${req.get('host')}${path}?watermark=${watermark}&t=${ticket}`;
    }
    return issued;
  }

  // ---- the bot's side -----------------------------------------------------------------

  async function knownConversation(conversationId: string): Promise<ConversationRecord> {
    const conversation = await store.get(conversationId);
    if (!conversation) throw new HttpError(404, 'NotFound', 'Unknown conversation');
    await store.touch(conversationId, now());
    return conversation;
  }

  const botSide: DirectLineBotSide = {
    async send(conversationId, body, replyToId) {
      const conversation = await knownConversation(conversationId);
      const activity = botActivity(conversation, bot, channelId, body, replyToId);
      if (DROPPED_BOT_ACTIVITY_TYPES.has(activity.type as string)) return { id: '' };
      const stored = await store.append(conversationId, activity, now());
      if (!stored) throw new HttpError(404, 'NotFound', 'Unknown conversation');
      return { id: stored.id as string };
    },
    async update(conversationId, activityId, body) {
      const conversation = await knownConversation(conversationId);
      const activity = botActivity(conversation, bot, channelId, body);
      // The update goes out again with a new watermark, keeping id and timestamp: Web Chat replaces it in place.
      const old = await store.remove(conversationId, activityId);
      if (!old) throw new HttpError(404, 'NotFound', 'Unknown activity');
      await store.append(conversationId, activity, now(), { id: old.id as string, timestamp: old.timestamp as string });
      return { id: activityId };
    },
    async delete(conversationId, activityId) {
      await knownConversation(conversationId);
      if (!(await store.remove(conversationId, activityId))) throw new HttpError(404, 'NotFound', 'Unknown activity');
    },
    async members(conversationId) {
      const conversation = await knownConversation(conversationId);
      return [{ ...conversation.user }, { ...bot }];
    },
  };

  // ---- the router -------------------------------------------------------------------

  const router = express.Router();
  router.use(['/v3/directline', '/directline/connector'], (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    if (closed) {
      sendError(res, new HttpError(404, 'NotFound', 'The Direct Line endpoint is closed'));
      return;
    }
    next();
  });
  router.use(
    clientRoutes({
      store,
      now,
      secretRequired: secretHash !== undefined,
      webChatTokenPath: options.webChatTokenPath,
      isClosed: () => closed,
      authenticate,
      authorizedConversation,
      createConversation,
      issueFor,
      ensureStarted,
      conversationResponse,
      enqueueTurn,
      isBusy,
      maxPerPoll,
      bot,
      channelId,
    }),
  );
  router.use(
    connectorRoutes({
      bot: botSide,
      localOnly: options.connectorLocalOnly ?? !options.serviceUrl,
      appId: options.appId,
      authenticateConnector: options.authenticateConnector,
    }),
  );
  // Anything else under either prefix: JSON 404, not express's HTML page.
  router.use(['/v3/directline', '/directline/connector'], () => {
    throw new HttpError(404, 'NotFound', 'No such Direct Line route');
  });
  router.use(
    errorHandler(
      (error) => onError(error, { type: 'http request', conversationId: '' }),
      (error) => error instanceof Error && error.name === 'StorageUnavailableError',
    ),
  );

  return {
    router,
    bot: botSide,
    attach(server: Server): void {
      if (options.streaming === false || streamingAttached) return;
      streams.attach(server);
      streamingAttached = true;
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      streams.closeAll();
      await store.close();
    },
    async issueToken(user?: { id?: string; name?: string }): Promise<IssuedToken> {
      return issueFor(await createConversation(user));
    },
    endConversation(conversationId: string): Promise<boolean> {
      return store.forget(conversationId, now());
    },
    async stats() {
      return { ...(await store.stats(now())), streams: streams.size };
    },
  };
}
