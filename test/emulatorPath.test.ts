/**
 * The Bot Framework Emulator's path, with normal delivery (no deliveryMode):
 * the Emulator POSTs an activity to /api/messages, the bot answers the HTTP
 * request at once, and its replies go as separate POSTs to the activity's
 * serviceUrl: `<serviceUrl>/v3/conversations/:conversationId/activities/:replyToId`.
 *
 * A small local HTTP server plays the Emulator's connector and records what the
 * real bot (createBackRelief, auth off as with the Emulator) posts to it.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBackRelief, type BackRelief } from '../src/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/observability/logger';
import { captureStream } from './support/appServer';

/** Only catches a hang: a loaded machine's first turn (models load on first use) can take many seconds. */
const WAIT_MS = 60_000;

interface Posted {
  conversationId: string;
  replyToId?: string;
  activity: {
    type?: string;
    text?: string;
    replyToId?: string;
    channelId?: string;
    attachments?: Array<{ contentType: string; content: Record<string, unknown> }>;
    suggestedActions?: { actions: Array<{ title: string }> };
  };
}

/** The Emulator's side of the connector API: records every activity the bot posts. */
async function startFakeConnector(): Promise<{ serviceUrl: string; posted: Posted[]; unexpected: string[]; close(): Promise<void> }> {
  const posted: Posted[] = [];
  const unexpected: string[] = [];
  let counter = 0;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://connector');
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(url.pathname);
      if (req.method !== 'POST' || !match) {
        unexpected.push(`${req.method} ${url.pathname}`);
        res.writeHead(404, { 'content-type': 'application/json' }).end('{}');
        return;
      }
      try {
        posted.push({
          conversationId: decodeURIComponent(match[1]!),
          replyToId: match[2] === undefined ? undefined : decodeURIComponent(match[2]),
          activity: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Posted['activity'],
        });
        counter += 1;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `reply-${counter}` }));
      } catch {
        unexpected.push(`unreadable body on ${url.pathname}`);
        res.writeHead(400, { 'content-type': 'application/json' }).end('{}');
      }
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    // The Emulator's serviceUrl has no trailing slash (e.g. http://localhost:52156).
    serviceUrl: `http://127.0.0.1:${port}`,
    posted,
    unexpected,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}


async function waitFor<T>(what: string, probe: () => T | undefined, describe: () => string): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${WAIT_MS} ms waiting for ${what}; got ${describe()}`);
    await new Promise((done) => setTimeout(done, 25));
  }
}

describe('the Bot Framework Emulator path (replies POSTed to serviceUrl)', () => {
  let backRelief: BackRelief;
  let server: Server;
  let botUrl: string;
  let connector: Awaited<ReturnType<typeof startFakeConnector>>;
  let logs: Array<Record<string, unknown>>;

  const conversation = { id: 'emulator-conv-1|livechat' };
  const user = { id: 'emulator-user-1', name: 'User', role: 'user' };
  const botAccount = { id: 'emulator-bot-1', name: 'Bot', role: 'bot' };

  beforeAll(async () => {
    connector = await startFakeConnector();
    const capture = captureStream();
    logs = capture.lines;
    // No MicrosoftAppId: authentication is off, as the Emulator is used locally.
    backRelief = createBackRelief(loadConfig({ PORT: '0' }), { logger: createLogger({ level: 'warn', destination: capture.stream }) });
    server = backRelief.app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    botUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
  });

  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
    await backRelief?.close();
    await connector?.close();
  });

  afterEach(() => {
    expect(connector.unexpected).toEqual([]);
    expect(logs.filter((line) => line.level === 'error' || line.level === 'fatal')).toEqual([]);
  });

  /** POSTs an activity as the Emulator does (no deliveryMode) and returns the HTTP status and body. */
  async function emulatorSends(activity: Record<string, unknown>): Promise<{ status: number; body: string }> {
    const res = await fetch(botUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        channelId: 'emulator',
        serviceUrl: connector.serviceUrl,
        conversation,
        from: user,
        recipient: botAccount,
        locale: 'en-US',
        timestamp: new Date().toISOString(),
        localTimestamp: new Date().toISOString(),
        ...activity,
      }),
      signal: AbortSignal.timeout(WAIT_MS),
    });
    return { status: res.status, body: await res.text() };
  }

  const describePosted = () => JSON.stringify(connector.posted.map((p) => ({ replyToId: p.replyToId, type: p.activity.type, text: p.activity.text?.slice(0, 80) })));

  test('conversationUpdate: the welcome and its card are POSTed to the connector, as replies', async () => {
    const before = connector.posted.length;
    const { status, body } = await emulatorSends({
      type: 'conversationUpdate',
      id: 'emu-activity-1',
      membersAdded: [botAccount, { id: user.id, name: user.name }],
    });
    expect(status).toBeGreaterThanOrEqual(200);
    expect(status).toBeLessThan(300);
    // Normal delivery: the replies are not in the HTTP response.
    expect(body).not.toMatch(/back spasm/i);

    const welcome = await waitFor(
      'the welcome text and the welcome card at the connector',
      () => {
        const got = connector.posted.slice(before);
        return got.some((p) => /back spasm/i.test(p.activity.text ?? '')) && got.some((p) => (p.activity.attachments ?? []).length > 0) ? got : undefined;
      },
      describePosted,
    );
    for (const p of welcome) {
      expect(p.conversationId).toBe(conversation.id);
      expect(p.replyToId).toBe('emu-activity-1');
      expect(p.activity.type).toBe('message');
    }
    const text = welcome.map((p) => p.activity.text ?? '').join('\n');
    expect(text).toMatch(/not a substitute for a doctor/i);
    // The Emulator renders Adaptive Cards up to 1.3 (src/teams/channelAware.ts).
    const card = welcome.flatMap((p) => p.activity.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
    expect(card?.content.version).toBe('1.3');
  });

  test('a message "ice or heat?": the answer is POSTed to the connector as a reply to it', async () => {
    const before = connector.posted.length;
    const { status } = await emulatorSends({ type: 'message', id: 'emu-activity-2', text: 'ice or heat?', textFormat: 'plain' });
    expect(status).toBeGreaterThanOrEqual(200);
    expect(status).toBeLessThan(300);

    const answer = await waitFor(
      'the ice-or-heat answer at the connector',
      () => connector.posted.slice(before).find((p) => /15 to 20 minutes/.test(p.activity.text ?? '')),
      describePosted,
    );
    expect(answer.conversationId).toBe(conversation.id);
    expect(answer.replyToId).toBe('emu-activity-2');
    expect(answer.activity.replyToId).toBe('emu-activity-2');
    expect(answer.activity.text).toMatch(/heat has the better evidence/i);
    // The Emulator is not Teams: all the follow-up suggestions are offered.
    expect(answer.activity.suggestedActions?.actions.map((a) => a.title)).toEqual(
      expect.arrayContaining(['Tell me more', 'Sources']),
    );
  });
});
