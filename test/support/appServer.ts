/**
 * The real app (createBackRelief) on an ephemeral loopback port, in this
 * process, with a log capture, for tests that need to look inside (state,
 * metrics, logs) or configure it in ways an environment variable cannot.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { DestinationStream } from 'pino';
import { createBackRelief, type BackRelief, type BackReliefOverrides } from '../../src/app';
import type { Config } from '../../src/config';
import { createLogger } from '../../src/observability/logger';

export interface AppServer {
  backRelief: BackRelief;
  server: Server;
  base: string;
  /** Every log line, parsed. */
  logs: Array<Record<string, unknown>>;
  /** POST /api/messages with a JSON activity (expectReplies unless the activity says otherwise). */
  send(activity: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: string; json: unknown; replies: Array<{ type?: string; text?: string; name?: string }> }>;
  close(): Promise<void>;
}

export function captureStream(): { stream: DestinationStream; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  return {
    lines,
    stream: {
      write(msg: string) {
        for (const line of msg.split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      },
    },
  };
}

export async function startApp(config: Partial<Config> = {}, overrides: BackReliefOverrides = {}): Promise<AppServer> {
  const { stream, lines } = captureStream();
  const logger =
    overrides.logger ?? createLogger({ level: 'debug', logMessageText: config.logMessageText ?? false, destination: stream });
  // The review store in a temporary file unless the test says otherwise: tests leave nothing in data/.
  const reviewDir = config.reviewFile === undefined && overrides.reviewStore === undefined ? mkdtempSync(join(tmpdir(), 'review-')) : undefined;
  const backRelief = createBackRelief(reviewDir ? { ...config, reviewFile: join(reviewDir, 'review.jsonl') } : config, { ...overrides, logger });
  const server = backRelief.app.listen(0, '127.0.0.1');
  backRelief.attach(server);
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    backRelief,
    server,
    base,
    logs: lines,
    async send(activity, headers = {}) {
      const res = await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          type: 'message',
          channelId: 'test',
          locale: 'en-US',
          deliveryMode: 'expectReplies',
          conversation: { id: 'conv-1' },
          from: { id: 'user-1' },
          recipient: { id: 'bot' },
          ...activity,
        }),
        signal: AbortSignal.timeout(60_000), // a hang, not slowness: a loaded machine's first turn can take long
      });
      const body = await res.text();
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      const replies = ((json as { activities?: Array<{ type?: string; text?: string; name?: string }> } | undefined)?.activities ?? []);
      return { status: res.status, body, json, replies };
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await backRelief.close();
      if (reviewDir) rmSync(reviewDir, { recursive: true, force: true });
    },
  };
}

/** Patterns that must never appear in a response body: stack frames, source paths, error class names. */
export const INTERNALS = /\bat [^\n]*:\d+:\d+|node_modules|[\w/]+\.(ts|js):\d+|\b(TypeError|ReferenceError|RangeError|SyntaxError|ZodError|StorageUnavailableError|TurnLockTimeoutError)\b|ECONNREFUSED|ENOTFOUND/;
