/** The embedded Direct Line's options and public shapes (see index.ts). */
import type { Server } from 'node:http';
import type express from 'express';
import type { Request } from 'express';
import type { Activity } from 'botbuilder';
import type { ChannelAccount, DirectLineStore, JsonObject } from './store';

export interface DirectLineOptions {
  /** DIRECTLINE_SECRET: when set, requests must carry it or a token issued from it. */
  secret?: string;
  /** Hands an activity from the user to the bot (the app wires the in-process DirectLineBotAdapter). */
  deliverToBot(activity: Activity): Promise<void>;
  botId: string;
  botName: string;
  /** Lifetime of issued tokens; default 3600. */
  tokenTtlSeconds?: number;
  /** Where conversations live; default in memory (bounded by the limits below). */
  store?: DirectLineStore;
  /** Offer a WebSocket `streamUrl` once attach() is called; default true. */
  streaming?: boolean;

  /** channelId stamped on activities; default 'directline'. */
  channelId?: string;
  /**
   * Fixed base URL of the connector-facing routes, ending in '/'. By default
   * it is derived from the local address and port the request arrived on (not
   * from the Host header, which a client controls), plus the router's mount
   * path: e.g. `http://127.0.0.1:3978/directline/connector/`.
   */
  serviceUrl?: string;
  /** Default 1000 (in memory; a Redis store has its own limits). */
  maxConversations?: number;
  /** Activities kept per conversation (older ones are dropped); default 200. */
  maxActivitiesPerConversation?: number;
  /** JSON bytes kept per conversation (older activities are dropped, the newest always kept); default 512 KiB. */
  maxBytesPerConversation?: number;
  /** A conversation nobody touched (client or bot) for this long is forgotten; default 1800. */
  conversationIdleSeconds?: number;
  /** User activities waiting for the bot per conversation (in this instance) before 429; default 20. */
  maxPendingTurns?: number;
  /** Activities returned by one poll or sent in one stream frame; default 100. */
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
   * set (auth off, as with the Emulator), replies are accepted for known
   * conversations only. The app itself uses the in-process adapter and needs neither.
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
  streamUrl?: string;
}

/** What the bot (in process, or over the connector routes) does to a conversation. */
export interface DirectLineBotSide {
  /** Posts the bot's activity to the conversation; 404 HttpError when it is unknown. */
  send(conversationId: string, activity: Partial<Activity> | JsonObject, replyToId?: string): Promise<{ id: string }>;
  /** Replaces an activity (it goes out again with a new watermark; Web Chat replaces it in place). */
  update(conversationId: string, activityId: string, activity: Partial<Activity> | JsonObject): Promise<{ id: string }>;
  delete(conversationId: string, activityId: string): Promise<void>;
  members(conversationId: string): Promise<ChannelAccount[]>;
}

export interface DirectLineEndpoint {
  router: express.Router;
  bot: DirectLineBotSide;
  /** Serves WebSocket streams on this HTTP server; from then on starts and reconnects carry a `streamUrl`. */
  attach(server: Server): void;
  /** Closes the streams, stops the timers and releases the store. */
  close(): Promise<void>;
  /** Issues a token for a new conversation, as tokens/generate does with the secret. */
  issueToken(user?: { id?: string; name?: string }): Promise<IssuedToken>;
  /** Forgets a conversation now; its client then gets 404 (or its stream closes) and Web Chat ends it. False if unknown. */
  endConversation(conversationId: string): Promise<boolean>;
  /** Counts, for metrics and tests. */
  stats(): Promise<{ conversations: number; tokens: number; streams: number }>;
}

export type Auth =
  | { kind: 'none' }
  | { kind: 'secret' }
  | { kind: 'token'; conversationId: string; token: string; expiresAt: number };
