/**
 * The WebSocket stream of a conversation, as Azure's Direct Line offers it:
 * the conversation start and reconnect responses carry a `streamUrl`
 * (`ws[s]://<host>/v3/directline/conversations/<id>/stream?watermark=<n>&t=<ticket>`),
 * the client opens it and receives every activity as a frame
 * `{"activities":[...],"watermark":"<n>"}`, without polling. Browsers cannot
 * set headers on a WebSocket, so the URL carries a one-time ticket that
 * expires within a minute (it is not the conversation's token).
 *
 * A frame goes out whenever the store reports a new activity for the
 * conversation (in memory: at once; with Redis: pub/sub from whichever
 * instance appended it). A timer also re-reads every open stream, in case a
 * notification was lost while Redis reconnected, pings the client (and drops
 * it when the previous ping got no pong), and keeps the conversation from
 * idling out while its page is open.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import WebSocket from 'ws';
import type { DirectLineStore } from './store';

/** Close code for "the server forgot this conversation": the page says it has ended instead of reconnecting. */
export const CONVERSATION_ENDED = 4404;
const STREAM_PATH = /\/v3\/directline\/conversations\/([^/]+)\/stream$/;

export interface StreamOptions {
  store: DirectLineStore;
  maxPerFrame: number;
  now(): number;
  /** Whether the endpoint still takes work (not closed or shutting down). */
  isOpen(): boolean;
  onError(error: unknown): void;
  /** Pings, re-reads and touches every open stream this often; default 30 s. */
  heartbeatMs?: number;
}

interface Subscriber {
  socket: WebSocket;
  conversationId: string;
  watermark: number;
  busy: boolean;
  again: boolean;
  alive: boolean;
  unsubscribe(): void;
}

export const ticketKey = (ticket: string): string => `t:${createHash('sha256').update(ticket, 'utf8').digest('base64url')}`;

function refuse(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\nCache-Control: no-store\r\n\r\n`);
}

export class ActivityStreams {
  private readonly server = new WebSocket.Server({ noServer: true, maxPayload: 4096, clientTracking: false });
  private readonly open = new Set<Subscriber>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly options: StreamOptions) {
    this.timer = setInterval(() => this.heartbeat(), options.heartbeatMs ?? 30_000);
    this.timer.unref();
  }

  get size(): number {
    return this.open.size;
  }

  /** Listens for stream upgrades on `server`; other upgrade requests are refused with 404. */
  attach(server: Server): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      socket.on('error', () => socket.destroy());
      if (!STREAM_PATH.test(new URL(req.url ?? '/', 'http://localhost').pathname)) {
        refuse(socket, 404, 'Not Found');
        return;
      }
      void this.upgrade(req, socket, head);
    });
  }

  /** Closes every stream (1001: the client reconnects, through another instance if there is one). */
  closeAll(code = 1001, reason = 'server closing'): void {
    clearInterval(this.timer);
    for (const subscriber of [...this.open]) this.drop(subscriber, code, reason);
  }

  private async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const pathId = decodeURIComponent(STREAM_PATH.exec(url.pathname)![1]!);
    const ticket = url.searchParams.get('t') ?? '';
    const rawWatermark = url.searchParams.get('watermark') ?? '';
    if (!this.options.isOpen()) return refuse(socket, 503, 'Service Unavailable');
    if (req.method !== 'GET' || (req.headers.upgrade ?? '').toLowerCase() !== 'websocket') return refuse(socket, 400, 'Bad Request');
    if (rawWatermark !== '' && !/^\d{1,15}$/.test(rawWatermark)) return refuse(socket, 400, 'Bad Request');
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(ticket)) return refuse(socket, 401, 'Unauthorized');
    let conversationId: string | undefined;
    try {
      conversationId = await this.options.store.takeTicket(ticketKey(ticket), this.options.now());
    } catch {
      return refuse(socket, 503, 'Service Unavailable');
    }
    if (!conversationId) return refuse(socket, 401, 'Unauthorized');
    if (conversationId !== pathId) return refuse(socket, 403, 'Forbidden');
    if (socket.destroyed) return;
    this.server.handleUpgrade(req, socket, head, (ws) => this.serve(ws, conversationId, Number(rawWatermark || 0)));
  }

  private serve(socket: WebSocket, conversationId: string, watermark: number): void {
    const subscriber: Subscriber = {
      socket,
      conversationId,
      watermark,
      busy: false,
      again: false,
      alive: true,
      unsubscribe: () => undefined,
    };
    subscriber.unsubscribe = this.options.store.subscribe(conversationId, () => void this.flush(subscriber));
    this.open.add(subscriber);
    socket.on('pong', () => {
      subscriber.alive = true;
    });
    // directlinejs sends an empty message every 20 s to notice broken connections; nothing else is expected.
    socket.on('message', () => undefined);
    socket.on('close', () => this.drop(subscriber));
    socket.on('error', () => this.drop(subscriber));
    void this.flush(subscriber);
  }

  /** Sends what the client has not seen yet; one read at a time per stream, again if notified meanwhile. */
  private async flush(subscriber: Subscriber): Promise<void> {
    if (subscriber.busy) {
      subscriber.again = true;
      return;
    }
    subscriber.busy = true;
    try {
      do {
        subscriber.again = false;
        if (!this.open.has(subscriber)) return;
        const page = await this.options.store.after(subscriber.conversationId, subscriber.watermark, this.options.maxPerFrame);
        if (!page) {
          this.drop(subscriber, CONVERSATION_ENDED, 'conversation ended');
          return;
        }
        if (page.activities.length > 0 && subscriber.socket.readyState === WebSocket.OPEN) {
          subscriber.socket.send(JSON.stringify({ activities: page.activities, watermark: String(page.watermark) }));
          // A full frame: there may be more.
          if (page.activities.length >= this.options.maxPerFrame) subscriber.again = true;
        }
        subscriber.watermark = page.watermark;
      } while (subscriber.again);
    } catch (error) {
      // The store is unreachable: the heartbeat reads again later. Anything else is a bug to report.
      if (!(error instanceof Error && error.name === 'StorageUnavailableError')) this.options.onError(error);
    } finally {
      subscriber.busy = false;
    }
  }

  private heartbeat(): void {
    const now = this.options.now();
    for (const subscriber of [...this.open]) {
      if (!subscriber.alive) {
        this.drop(subscriber, 1001, 'no pong');
        subscriber.socket.terminate();
        continue;
      }
      subscriber.alive = false;
      try {
        subscriber.socket.ping();
      } catch {
        // closing already
      }
      this.options.store.touch(subscriber.conversationId, now).catch(() => undefined);
      void this.flush(subscriber);
    }
  }

  private drop(subscriber: Subscriber, code?: number, reason?: string): void {
    if (!this.open.delete(subscriber)) return;
    subscriber.unsubscribe();
    const { socket } = subscriber;
    if (code !== undefined && (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING)) {
      socket.close(code, reason);
      // A client that does not answer the close handshake is cut off.
      setTimeout(() => socket.terminate(), 2000).unref();
    }
  }
}
