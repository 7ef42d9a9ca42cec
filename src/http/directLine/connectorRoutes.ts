/**
 * The connector-facing routes: Bot Framework's connector REST API
 * (`<serviceUrl>v3/conversations/:id/activities[/:activityId]`, members), for
 * a bot that replies through botbuilder's ConnectorClient (CloudAdapter). The
 * app itself replies in process (botAdapter.ts); these stay for bots that
 * use the Bot Framework path, and for proactive messages sent that way.
 */
import express from 'express';
import type { Request, RequestHandler } from 'express';
import { HttpError, methodNotAllowed, notImplemented } from './httpError';
import type { DirectLineBotSide } from './types';

export interface ConnectorRouteDeps {
  bot: DirectLineBotSide;
  /** Accept requests only from this machine. */
  localOnly: boolean;
  appId?: string;
  authenticateConnector?(authorization: string | undefined, req: Request): boolean | Promise<boolean>;
}

/** True when the request's peer is this machine: loopback, or the same address it connected to. */
export function isSameHostPeer(socket: { remoteAddress?: string; localAddress?: string }): boolean {
  const strip = (address: string | undefined) => (address ?? '').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  const remote = strip(socket.remoteAddress);
  if (remote === '') return false;
  if (remote === '::1' || /^127\.\d+\.\d+\.\d+$/.test(remote)) return true;
  return remote === strip(socket.localAddress);
}

const CONNECTOR = '/directline/connector';
const V3 = `${CONNECTOR}/v3/conversations`;

export function connectorRoutes(d: ConnectorRouteDeps): express.Router {
  const router = express.Router();
  const json = express.json({ limit: '256kb', type: ['application/json', 'application/*+json'] });
  const id = (req: Request, name: string) => String(req.params[name] ?? '');

  const auth: RequestHandler = async (req, _res, next) => {
    if (d.localOnly && !isSameHostPeer(req.socket)) {
      throw new HttpError(403, 'Forbidden', 'Connector requests are accepted from this machine only');
    }
    if (d.appId) {
      const ok = d.authenticateConnector ? await d.authenticateConnector(req.get('authorization'), req) : false;
      if (!ok) throw new HttpError(401, 'Unauthorized', 'The connector request is not authorized');
    }
    next();
  };

  const post: RequestHandler = async (req, res) => {
    const activityId = typeof req.params.activityId === 'string' ? req.params.activityId : undefined;
    res.status(200).json(await d.bot.send(id(req, 'conversationId'), req.body, activityId));
  };

  router.use(CONNECTOR, auth);
  router.route(V3).post(notImplemented('Creating conversations')).get(notImplemented('Listing conversations')).all(methodNotAllowed);
  router.route(`${V3}/:conversationId/activities`).post(json, post).all(methodNotAllowed);
  router.route(`${V3}/:conversationId/activities/history`).post(notImplemented('Sending conversation history')).all(methodNotAllowed);
  router
    .route(`${V3}/:conversationId/activities/:activityId`)
    .post(json, post)
    .put(json, async (req, res) => {
      res.status(200).json(await d.bot.update(id(req, 'conversationId'), id(req, 'activityId'), req.body));
    })
    .delete(async (req, res) => {
      await d.bot.delete(id(req, 'conversationId'), id(req, 'activityId'));
      res.status(200).json({});
    })
    .all(methodNotAllowed);
  const members: RequestHandler = async (req, res) => {
    res.status(200).json(await d.bot.members(id(req, 'conversationId')));
  };
  router.route(`${V3}/:conversationId/activities/:activityId/members`).get(members).all(methodNotAllowed);
  router.route(`${V3}/:conversationId/members`).get(members).all(methodNotAllowed);
  router
    .route(`${V3}/:conversationId/pagedmembers`)
    .get(async (req, res) => {
      res.status(200).json({ members: await d.bot.members(id(req, 'conversationId')) });
    })
    .all(methodNotAllowed);
  router
    .route(`${V3}/:conversationId/members/:memberId`)
    .get(async (req, res) => {
      const member = (await d.bot.members(id(req, 'conversationId'))).find((m) => m.id === req.params.memberId);
      if (!member) throw new HttpError(404, 'NotFound', 'Unknown member');
      res.status(200).json(member);
    })
    .delete(notImplemented('Removing members'))
    .all(methodNotAllowed);
  router.route(`${V3}/:conversationId/attachments`).post(notImplemented('Uploading attachments')).all(methodNotAllowed);
  return router;
}
