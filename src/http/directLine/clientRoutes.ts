/**
 * The client-facing Direct Line 3.0 routes (what botframework-directlinejs
 * calls): tokens, start and reconnect, post and poll activities, and the
 * page's same-origin token route.
 */
import express from 'express';
import type { Request } from 'express';
import { isObject } from '../../util/isObject';
import { parseWatermark, shortString, userActivity } from './activities';
import { HttpError, methodNotAllowed, notImplemented } from './httpError';
import type { Auth, IssuedToken } from './types';
import type { ChannelAccount, ConversationRecord, DirectLineStore, JsonObject } from './store';

export interface ClientRouteDeps {
  store: DirectLineStore;
  now(): number;
  secretRequired: boolean;
  webChatTokenPath: string | false | undefined;
  isClosed(): boolean;
  authenticate(req: Request): Promise<Auth>;
  authorizedConversation(req: Request): Promise<{ conversation: ConversationRecord; auth: Auth }>;
  createConversation(user: { id?: string; name?: string } | undefined): Promise<ConversationRecord>;
  issueFor(conversation: ConversationRecord): Promise<IssuedToken>;
  ensureStarted(conversation: ConversationRecord, req: Request, locale?: string): Promise<void>;
  conversationResponse(conversation: ConversationRecord, auth: Auth, req: Request, watermark?: number): Promise<IssuedToken>;
  enqueueTurn(conversationId: string, activity: JsonObject): void;
  isBusy(conversationId: string): boolean;
  maxPerPoll: number;
  bot: ChannelAccount;
  channelId: string;
}

const CLIENT = '/v3/directline';

export function clientRoutes(d: ClientRouteDeps): express.Router {
  const router = express.Router();
  const json = express.json({ limit: '64kb', type: ['application/json', 'application/*+json'] });

  /** Only a caller holding the secret may choose the user id. */
  const requestedUser = (body: unknown, auth: Auth) => {
    const user = isObject(body) && isObject(body.user) ? body.user : undefined;
    return { id: auth.kind === 'secret' ? shortString(user?.id, 64) : undefined, name: shortString(user?.name, 64) };
  };

  // tokens/generate: a new conversation and a token for it.
  router
    .route(`${CLIENT}/tokens/generate`)
    .post(json, async (req, res) => {
      const auth = await d.authenticate(req);
      if (d.secretRequired && auth.kind !== 'secret') throw new HttpError(auth.kind === 'none' ? 401 : 403, 'Unauthorized', 'The secret is required');
      const conversation = await d.createConversation(requestedUser(req.body, auth));
      res.status(200).json(await d.issueFor(conversation));
    })
    .all(methodNotAllowed);

  router
    .route(`${CLIENT}/tokens/refresh`)
    .post(async (req, res) => {
      const auth = await d.authenticate(req);
      if (auth.kind === 'none') throw new HttpError(401, 'Unauthorized', 'A token is required');
      if (auth.kind === 'secret') throw new HttpError(400, 'BadArgument', 'Refresh a token, not the secret');
      const conversation = await d.store.get(auth.conversationId);
      if (!conversation) throw new HttpError(404, 'NotFound', 'Unknown conversation');
      await d.store.touch(conversation.id, d.now());
      res.status(200).json(await d.issueFor(conversation));
    })
    .all(methodNotAllowed);

  // Start a conversation (or, with a token, the conversation the token was issued for).
  router
    .route(`${CLIENT}/conversations`)
    .post(json, async (req, res) => {
      const auth = await d.authenticate(req);
      const body = isObject(req.body) ? req.body : {};
      const locale = shortString(body.locale, 20);
      let conversation: ConversationRecord;
      let status = 201;
      if (auth.kind === 'token') {
        const existing = await d.store.get(auth.conversationId);
        if (!existing) throw new HttpError(404, 'NotFound', 'Unknown conversation');
        conversation = existing;
        if (conversation.started) status = 200;
        await d.store.touch(conversation.id, d.now());
      } else {
        if (d.secretRequired && auth.kind !== 'secret') throw new HttpError(401, 'Unauthorized', 'The secret or a token is required');
        conversation = await d.createConversation(requestedUser(body, auth));
      }
      await d.ensureStarted(conversation, req, locale);
      res.status(status).json(await d.conversationResponse(conversation, auth, req));
    })
    .all(methodNotAllowed);

  // Reconnect: the conversation again, with a token (and a new streamUrl from the watermark).
  router
    .route(`${CLIENT}/conversations/:conversationId`)
    .get(async (req, res) => {
      const { conversation, auth } = await d.authorizedConversation(req);
      const watermark = parseWatermark(req.query.watermark);
      await d.ensureStarted(conversation, req);
      res.status(200).json(await d.conversationResponse(conversation, auth, req, watermark));
    })
    .all(methodNotAllowed);

  router
    .route(`${CLIENT}/conversations/:conversationId/activities`)
    .get(async (req, res) => {
      const { conversation } = await d.authorizedConversation(req);
      const watermark = parseWatermark(req.query.watermark);
      await d.ensureStarted(conversation, req);
      const page = await d.store.after(conversation.id, watermark, d.maxPerPoll);
      if (!page) throw new HttpError(404, 'NotFound', 'Unknown conversation');
      res.status(200).json({ activities: page.activities, watermark: String(page.watermark) });
    })
    .post(json, async (req, res) => {
      const { conversation } = await d.authorizedConversation(req);
      await d.ensureStarted(conversation, req);
      const activity = userActivity(conversation, d.bot, d.channelId, req.body);
      if (d.isBusy(conversation.id)) {
        throw new HttpError(429, 'TooManyRequests', 'The bot is still busy with earlier messages', { 'Retry-After': '1' });
      }
      // Echo first (Web Chat marks the message as sent when it sees its clientActivityID come back), then the bot.
      const stored = await d.store.append(conversation.id, activity, d.now());
      if (!stored) throw new HttpError(404, 'NotFound', 'Unknown conversation');
      d.enqueueTurn(conversation.id, stored);
      res.status(200).json({ id: stored.id });
    })
    .all(methodNotAllowed);

  router
    .route(`${CLIENT}/conversations/:conversationId/stream`)
    .get(async (req) => {
      await d.authorizedConversation(req);
      throw new HttpError(426, 'UpgradeRequired', 'Open the streamUrl as a WebSocket', { Upgrade: 'websocket' });
    })
    .all(methodNotAllowed);

  router
    .route(`${CLIENT}/conversations/:conversationId/upload`)
    .post(async (req, _res, next) => {
      await d.authorizedConversation(req);
      next();
    }, notImplemented('Uploading attachments'))
    .all(methodNotAllowed);

  // Same-origin token route for the page.
  if (d.webChatTokenPath !== false) {
    router
      .route(d.webChatTokenPath ?? '/api/webchat/token')
      .post(async (req, res) => {
        res.setHeader('Cache-Control', 'no-store');
        if (d.isClosed()) throw new HttpError(404, 'NotFound', 'The Direct Line endpoint is closed');
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
        if (crossOrigin) throw new HttpError(403, 'Forbidden', "Tokens are only issued to this site's own page");
        res.status(200).json(await d.issueFor(await d.createConversation(undefined)));
      })
      .all(methodNotAllowed);
  }
  return router;
}
