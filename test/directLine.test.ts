/**
 * The embedded Direct Line endpoint, over HTTP, with a real botbuilder
 * CloudAdapter (auth off) and a tiny echo bot.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import WebSocket from 'ws';
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  MessageFactory,
  TurnContext,
  type Activity,
  type ConversationReference,
} from 'botbuilder';
import { withCitationDefinitions } from '../src/http/directLine/citations';
import { createDirectLineRouter, DirectLineBotAdapter, isSameHostPeer, type DirectLineEndpoint, type DirectLineOptions } from '../src/http/directLine';


type Json = Record<string, any>;
/** Waits and request limits that only catch a hang, never a slow (loaded) machine. */
const HANG_MS = 60_000;

class EchoBot extends ActivityHandler {
  readonly references = new Map<string, Partial<ConversationReference>>();

  constructor() {
    super();
    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id !== context.activity.recipient.id) {
          this.references.set(context.activity.conversation.id, TurnContext.getConversationReference(context.activity));
          await context.sendActivity(MessageFactory.suggestedActions(['Hello', 'Ice or heat?'], 'Welcome to the echo bot'));
        }
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      this.references.set(context.activity.conversation.id, TurnContext.getConversationReference(context.activity));
      if (context.activity.text === 'slow') await new Promise((done) => setTimeout(done, 300));
      await context.sendActivity(`Echo: ${context.activity.text}`);
      await next();
    });
  }
}

interface Harness {
  base: string;
  endpoint: DirectLineEndpoint;
  adapter: CloudAdapter;
  bot: EchoBot;
  delivered: Activity[];
  errors: unknown[];
  close(): Promise<void>;
}

const harnesses: Harness[] = [];

async function startHarness(extra: Partial<DirectLineOptions> = {}, attach = false): Promise<Harness> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new EchoBot();
  const delivered: Activity[] = [];
  const errors: unknown[] = [];
  adapter.onTurnError = async (_context, error) => {
    errors.push(error);
  };
  const endpoint = createDirectLineRouter({
    botId: 'back-relief-bot',
    botName: 'Back Relief',
    deliverToBot: async (activity) => {
      delivered.push(activity);
      await adapter.processActivityDirect('', activity, (context) => bot.run(context));
    },
    onError: (error) => errors.push(error),
    ...extra,
  });
  const app = express();
  app.use(endpoint.router);
  const server: Server = createServer(app);
  if (attach) endpoint.attach(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const harness: Harness = {
    base: `http://127.0.0.1:${port}`,
    endpoint,
    adapter,
    bot,
    delivered,
    errors,
    async close() {
      await endpoint.close();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
  harnesses.push(harness);
  return harness;
}

afterAll(async () => {
  await Promise.all(harnesses.map((h) => h.close()));
});

async function call(
  base: string,
  method: string,
  path: string,
  options: { auth?: string; body?: unknown; rawBody?: string } = {},
): Promise<{ status: number; body: Json; text: string; headers: Headers }> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.auth !== undefined) headers.Authorization = `Bearer ${options.auth}`;
  let body: string | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(base + path, { method, headers, body, signal: AbortSignal.timeout(HANG_MS) });
  const text = await response.text();
  let parsed: Json = {};
  try {
    parsed = text ? (JSON.parse(text) as Json) : {};
  } catch {
    parsed = { notJson: text };
  }
  return { status: response.status, body: parsed, text, headers: response.headers };
}

/** Polls like directlinejs does until `found` returns something, within `timeoutMs`. */
async function pollUntil<T>(
  h: Harness,
  conversationId: string,
  token: string,
  found: (activities: Json[]) => T | undefined,
  start = '',
  timeoutMs = HANG_MS,
): Promise<{ result: T; watermark: string; seen: Json[] }> {
  const deadline = Date.now() + timeoutMs;
  let watermark = start;
  const seen: Json[] = [];
  for (;;) {
    const res = await call(h.base, 'GET', `/v3/directline/conversations/${conversationId}/activities?watermark=${watermark}`, { auth: token });
    expect(res.status).toBe(200);
    seen.push(...(res.body.activities as Json[]));
    watermark = res.body.watermark as string;
    const result = found(seen);
    if (result !== undefined) return { result, watermark, seen };
    if (Date.now() > deadline) throw new Error(`timed out; saw ${JSON.stringify(seen.map((a) => [a.type, a.text]))}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

async function startConversation(h: Harness, auth?: string): Promise<{ conversationId: string; token: string }> {
  const generated = await call(h.base, 'POST', '/v3/directline/tokens/generate', { auth });
  expect(generated.status).toBe(200);
  const started = await call(h.base, 'POST', '/v3/directline/conversations', {
    auth: generated.body.token,
    body: { user: { id: 'r_client' }, locale: 'en-US' },
  });
  expect(started.status).toBe(201);
  expect(started.body.conversationId).toBe(generated.body.conversationId);
  return { conversationId: started.body.conversationId, token: started.body.token };
}

const botText = (text: string) => (activities: Json[]) =>
  activities.find((a) => a.type === 'message' && a.from?.role === 'bot' && String(a.text).includes(text));

describe('Direct Line endpoint with a real CloudAdapter', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });

  test('starting a conversation sends the bot a conversationUpdate and the welcome comes back', async () => {
    const generated = await call(h.base, 'POST', '/v3/directline/tokens/generate');
    expect(generated.status).toBe(200);
    expect(generated.headers.get('cache-control')).toBe('no-store');
    expect(typeof generated.body.token).toBe('string');
    expect(generated.body.token.length).toBeGreaterThanOrEqual(40);
    expect(generated.body.expires_in).toBe(3600);

    const started = await call(h.base, 'POST', '/v3/directline/conversations', { auth: generated.body.token, body: { locale: 'en-US' } });
    expect(started.status).toBe(201);
    expect(started.body).toEqual({ conversationId: generated.body.conversationId, token: generated.body.token, expires_in: expect.any(Number) });
    expect(started.body.streamUrl).toBeUndefined();
    const { conversationId, token } = started.body as { conversationId: string; token: string };

    const { result: welcome } = await pollUntil(h, conversationId, token, botText('Welcome to the echo bot'));
    expect(welcome.from).toEqual({ id: 'back-relief-bot', name: 'Back Relief', role: 'bot' });
    expect(welcome.conversation).toEqual({ id: conversationId });
    expect(welcome.suggestedActions.actions.map((a: Json) => a.title)).toEqual(['Hello', 'Ice or heat?']);
    expect(welcome.serviceUrl).toBeUndefined();

    const update = h.delivered.find((a) => a.type === 'conversationUpdate' && a.conversation.id === conversationId)!;
    expect(update).toBeDefined();
    expect(update.membersAdded!.map((m) => m.id)).toEqual([update.from.id, 'back-relief-bot']);
    expect(update.recipient.id).toBe('back-relief-bot');
    expect(update.serviceUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/directline\/connector\/$/);
    expect(update.channelId).toBe('directline');

    // Starting again with the same token returns the same conversation without a second welcome.
    const again = await call(h.base, 'POST', '/v3/directline/conversations', { auth: token });
    expect(again.status).toBe(200);
    expect(again.body.conversationId).toBe(conversationId);
    const reconnect = await call(h.base, 'GET', `/v3/directline/conversations/${conversationId}?watermark=`, { auth: token });
    expect(reconnect.status).toBe(200);
    expect(reconnect.body.conversationId).toBe(conversationId);
    await new Promise((done) => setTimeout(done, 200));
    expect(h.delivered.filter((a) => a.type === 'conversationUpdate' && a.conversation.id === conversationId)).toHaveLength(1);
  });

  test('a message is echoed with its clientActivityID, then the bot replies after it', async () => {
    const { conversationId, token } = await startConversation(h);
    const { watermark } = await pollUntil(h, conversationId, token, botText('Welcome'));

    const posted = await call(h.base, 'POST', `/v3/directline/conversations/${conversationId}/activities`, {
      auth: token,
      body: {
        type: 'message',
        text: 'my back hurts',
        from: { id: 'someone-else', name: 'Sam', role: 'user' },
        locale: 'en-US',
        channelData: { clientActivityID: 'client-123' },
      },
    });
    expect(posted.status).toBe(200);
    expect(posted.body.id).toMatch(new RegExp(`^${conversationId}\\|\\d{7}$`));

    const { result: reply, seen, watermark: after } = await pollUntil(h, conversationId, token, botText('Echo: my back hurts'), watermark);
    const echo = seen.find((a) => a.channelData?.clientActivityID === 'client-123')!;
    expect(echo).toBeDefined();
    expect(echo.id).toBe(posted.body.id);
    expect(echo.text).toBe('my back hurts');
    expect(echo.from.role).toBe('user');
    expect(echo.from.id).not.toBe('someone-else'); // the user is who the conversation belongs to
    expect(echo.from.name).toBe('Sam');
    expect(echo.recipient.id).toBe('back-relief-bot');
    expect(echo.conversation).toEqual({ id: conversationId });
    expect(echo.channelId).toBe('directline');
    expect(echo.serviceUrl).toMatch(/\/directline\/connector\/$/);
    expect(Date.parse(echo.timestamp)).not.toBeNaN();
    expect(seen.indexOf(echo)).toBeLessThan(seen.indexOf(reply));
    expect(reply.replyToId).toBe(posted.body.id);
    expect(Date.parse(reply.timestamp)).toBeGreaterThan(Date.parse(echo.timestamp));
    expect(Number(after)).toBeGreaterThan(Number(watermark));

    // The bot got the same activity, with botbuilder's Date timestamp.
    const toBot = h.delivered.find((a) => a.id === posted.body.id)!;
    expect(toBot.text).toBe('my back hurts');
    expect(toBot.timestamp).toBeInstanceOf(Date);
    expect(toBot.channelData.clientActivityID).toBe('client-123');

    // Polling from the last watermark gives nothing new.
    const empty = await call(h.base, 'GET', `/v3/directline/conversations/${conversationId}/activities?watermark=${after}`, { auth: token });
    expect(empty.body).toEqual({ activities: [], watermark: after });
    expect(h.errors).toEqual([]);
  });

  test('messages of one conversation reach the bot in order, one turn at a time', async () => {
    const { conversationId, token } = await startConversation(h);
    for (const text of ['slow', 'one', 'two']) {
      const res = await call(h.base, 'POST', `/v3/directline/conversations/${conversationId}/activities`, { auth: token, body: { type: 'message', text } });
      expect(res.status).toBe(200);
    }
    const { seen } = await pollUntil(h, conversationId, token, botText('Echo: two'));
    const replies = seen.filter((a) => a.from.role === 'bot' && String(a.text).startsWith('Echo:')).map((a) => a.text);
    expect(replies).toEqual(['Echo: slow', 'Echo: one', 'Echo: two']);
  });

  test('a proactive message (continueConversationAsync) reaches the poll', async () => {
    const { conversationId, token } = await startConversation(h);
    const { watermark } = await pollUntil(h, conversationId, token, botText('Welcome'));
    const reference = h.bot.references.get(conversationId)!;
    expect(reference).toBeDefined();
    await h.adapter.continueConversationAsync('', reference, async (context) => {
      await context.sendActivity('Time to stand up and stretch gently.');
    });
    const { result } = await pollUntil(h, conversationId, token, botText('stand up and stretch'), watermark);
    expect(result.from.role).toBe('bot');
    expect(result.recipient.role).toBe('user');
  });

  test('the bot can update and delete its activities and read the members', async () => {
    const { conversationId, token } = await startConversation(h);
    const { result: welcome } = await pollUntil(h, conversationId, token, botText('Welcome'));
    const connector = `/directline/connector/v3/conversations/${encodeURIComponent(conversationId)}`;
    const id = encodeURIComponent(welcome.id);
    const updated = await call(h.base, 'PUT', `${connector}/activities/${id}`, { body: { type: 'message', text: 'Welcome, updated' } });
    expect(updated.status).toBe(200);
    expect(updated.body.id).toBe(welcome.id);
    const { result } = await pollUntil(h, conversationId, token, botText('Welcome, updated'));
    expect(result.id).toBe(welcome.id);
    expect(result.timestamp).toBe(welcome.timestamp); // Web Chat replaces it in place
    const members = await call(h.base, 'GET', `${connector}/members`);
    expect(members.status).toBe(200);
    expect(members.body.map((m: Json) => m.id)).toEqual([welcome.recipient.id, 'back-relief-bot']);
    expect((await call(h.base, 'DELETE', `${connector}/activities/${id}`)).status).toBe(200);
    expect((await call(h.base, 'DELETE', `${connector}/activities/${id}`)).status).toBe(404);
    expect((await call(h.base, 'PUT', `${connector}/activities/nope`, { body: { type: 'message' } })).status).toBe(404);
  });

  test('tokens can be refreshed, and the new token works', async () => {
    const { conversationId, token } = await startConversation(h);
    const refreshed = await call(h.base, 'POST', '/v3/directline/tokens/refresh', { auth: token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.conversationId).toBe(conversationId);
    expect(refreshed.body.token).not.toBe(token);
    expect(refreshed.body.expires_in).toBe(3600);
    await pollUntil(h, conversationId, refreshed.body.token, botText('Welcome'));

    expect((await call(h.base, 'POST', '/v3/directline/tokens/refresh')).status).toBe(401);
    const bad = await call(h.base, 'POST', '/v3/directline/tokens/refresh', { auth: 'not-a-token' });
    expect(bad.status).toBe(401);
    expect(bad.body.error.code).toBe('Unauthorized');
  });

  test('a token for one conversation cannot read or post to another (403)', async () => {
    const a = await startConversation(h);
    const b = await startConversation(h);
    const read = await call(h.base, 'GET', `/v3/directline/conversations/${b.conversationId}/activities`, { auth: a.token });
    expect(read.status).toBe(403);
    expect(read.body.error.code).toBe('Forbidden');
    const post = await call(h.base, 'POST', `/v3/directline/conversations/${b.conversationId}/activities`, {
      auth: a.token,
      body: { type: 'message', text: 'hi' },
    });
    expect(post.status).toBe(403);
    expect((await call(h.base, 'GET', `/v3/directline/conversations/${b.conversationId}`, { auth: a.token })).status).toBe(403);
    // Without any token: 401.
    expect((await call(h.base, 'GET', `/v3/directline/conversations/${b.conversationId}/activities`)).status).toBe(401);
    // Nothing of b leaked into a.
    const { seen } = await pollUntil(h, a.conversationId, a.token, botText('Welcome'));
    expect(seen.every((x) => x.conversation.id === a.conversationId)).toBe(true);
  });

  test('bad requests get short JSON 4xx answers', async () => {
    const { conversationId, token } = await startConversation(h);
    const activities = `/v3/directline/conversations/${conversationId}/activities`;

    const malformed = await call(h.base, 'POST', activities, { auth: token, rawBody: '{"type": "message", "text": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual({ error: { code: 'BadArgument', message: 'Malformed JSON' } });
    expect(malformed.headers.get('content-type')).toMatch(/application\/json/);

    const noType = await call(h.base, 'POST', activities, { auth: token, body: { text: 'hi' } });
    expect(noType.status).toBe(400);
    expect(noType.body.error.message).toMatch(/type/);
    expect((await call(h.base, 'POST', activities, { auth: token, body: ['x'] })).status).toBe(400);
    expect((await call(h.base, 'POST', activities, { auth: token, body: { type: 'invoke' } })).status).toBe(400);
    expect((await call(h.base, 'POST', activities, { auth: token, body: { type: 'message', text: 42 } })).status).toBe(400);
    expect((await call(h.base, 'POST', activities, { auth: token })).status).toBe(400);
    expect((await call(h.base, 'GET', `${activities}?watermark=abc`, { auth: token })).status).toBe(400);

    const badAuth = await call(h.base, 'GET', activities, { auth: 'x'.repeat(600) });
    expect(badAuth.status).toBe(401);
    const basic = await fetch(h.base + activities, { headers: { Authorization: 'Basic Zm9vOmJhcg==' } });
    expect(basic.status).toBe(401);

    const upload = await call(h.base, 'POST', `/v3/directline/conversations/${conversationId}/upload?userId=u`, { auth: token });
    expect(upload.status).toBe(501);
    expect(upload.body.error.code).toBe('NotImplemented');

    const unknownRoute = await call(h.base, 'GET', '/v3/directline/session/getsessionid', { auth: token });
    expect(unknownRoute.status).toBe(404);
    expect(unknownRoute.body.error.code).toBe('NotFound');
    const wrongMethod = await call(h.base, 'DELETE', activities, { auth: token });
    expect(wrongMethod.status).toBe(405);

    const tooBig = await call(h.base, 'POST', activities, { auth: token, body: { type: 'message', text: 'x'.repeat(100_000) } });
    expect(tooBig.status).toBe(413);

    for (const res of [malformed, noType, badAuth, upload, unknownRoute, wrongMethod, tooBig]) {
      expect(res.text.length).toBeLessThan(200);
      expect(res.text).not.toMatch(/\bat \w+ \(|node_modules|Error:/);
    }
  });

  test('unknown conversations are 404, for the client and for the connector', async () => {
    const { token } = await startConversation(h);
    // A valid token on another id is 403 (isolation first); a token for a forgotten conversation is 401/404.
    expect((await call(h.base, 'GET', '/v3/directline/conversations/nope/activities', { auth: token })).status).toBe(403);
    const connector = await call(h.base, 'POST', '/directline/connector/v3/conversations/nope/activities', {
      body: { type: 'message', text: 'injected' },
    });
    expect(connector.status).toBe(404);
    expect(connector.body).toEqual({ error: { code: 'NotFound', message: 'Unknown conversation' } });
    const reply = await call(h.base, 'POST', '/directline/connector/v3/conversations/nope/activities/x', { body: { type: 'message' } });
    expect(reply.status).toBe(404);
    const malformed = await call(h.base, 'POST', '/directline/connector/v3/conversations/nope/activities', { rawBody: '{' });
    expect(malformed.status).toBe(400);
    expect((await call(h.base, 'POST', '/directline/connector/v3/conversations', { body: {} })).status).toBe(501);
  });
});

describe('Direct Line endpoint with a secret', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ secret: 'test-secret-value' });
  });

  test('the secret (or a token issued from it) is required', async () => {
    const none = await call(h.base, 'POST', '/v3/directline/tokens/generate');
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('Unauthorized');
    expect((await call(h.base, 'POST', '/v3/directline/tokens/generate', { auth: 'wrong-secret' })).status).toBe(401);
    expect((await call(h.base, 'POST', '/v3/directline/conversations')).status).toBe(401);
    expect((await call(h.base, 'POST', '/v3/directline/conversations', { auth: 'wrong-secret' })).status).toBe(401);

    const { conversationId, token } = await startConversation(h, 'test-secret-value');
    await pollUntil(h, conversationId, token, botText('Welcome'));
    // A token cannot mint tokens for new conversations.
    expect((await call(h.base, 'POST', '/v3/directline/tokens/generate', { auth: token })).status).toBe(403);

    // With the secret itself a client may start a conversation and read any conversation.
    const direct = await call(h.base, 'POST', '/v3/directline/conversations', { auth: 'test-secret-value', body: { user: { id: 'trusted-user' } } });
    expect(direct.status).toBe(201);
    expect(typeof direct.body.token).toBe('string');
    const viaSecret = await pollUntil(h, direct.body.conversationId, 'test-secret-value', botText('Welcome'));
    expect(viaSecret.result.recipient.id).toBe('trusted-user');
    const unknown = await call(h.base, 'GET', '/v3/directline/conversations/does-not-exist/activities', { auth: 'test-secret-value' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('NotFound');
  });

  test("the page's same-origin token route works without the secret, and refuses other sites", async () => {
    const res = await call(h.base, 'POST', '/api/webchat/token');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { conversationId, token } = res.body as { conversationId: string; token: string };
    const started = await call(h.base, 'POST', '/v3/directline/conversations', { auth: token });
    expect(started.status).toBe(201);
    await pollUntil(h, conversationId, token, botText('Welcome'));

    const cross = await fetch(`${h.base}/api/webchat/token`, { method: 'POST', headers: { Origin: 'https://evil.example' } });
    expect(cross.status).toBe(403);
    const fetchSite = await fetch(`${h.base}/api/webchat/token`, { method: 'POST', headers: { 'Sec-Fetch-Site': 'cross-site' } });
    expect(fetchSite.status).toBe(403);
  });
});

describe('Direct Line endpoint limits and expiry (fake clock)', () => {
  test('tokens expire (403) and idle conversations are forgotten (404)', async () => {
    let clock = Date.now();
    const h = await startHarness({ tokenTtlSeconds: 60, conversationIdleSeconds: 600, now: () => clock });
    const { conversationId, token } = await startConversation(h);
    await pollUntil(h, conversationId, token, botText('Welcome'));
    clock += 61_000;
    const expired = await call(h.base, 'GET', `/v3/directline/conversations/${conversationId}/activities`, { auth: token });
    expect(expired.status).toBe(403);
    expect(expired.body.error.code).toBe('TokenExpired');
    expect((await call(h.base, 'POST', '/v3/directline/tokens/refresh', { auth: token })).status).toBe(403);

    const second = await startConversation(h);
    await pollUntil(h, second.conversationId, second.token, botText('Welcome'));
    clock += 601_000;
    // The sweep runs on the next new conversation (or the timer).
    await call(h.base, 'POST', '/v3/directline/tokens/generate');
    const gone = await call(h.base, 'GET', `/v3/directline/conversations/${second.conversationId}/activities`, { auth: second.token });
    expect(gone.status).toBe(401); // its token had expired too
    const connector = await call(h.base, 'POST', `/directline/connector/v3/conversations/${second.conversationId}/activities`, {
      body: { type: 'message', text: 'late' },
    });
    expect(connector.status).toBe(404);
    expect((await h.endpoint.stats()).conversations).toBe(1);
  });

  test('activities per conversation and conversations are capped', async () => {
    let clock = Date.now();
    const h = await startHarness({ maxActivitiesPerConversation: 10, maxBytesPerConversation: 100_000, maxConversations: 3, now: () => clock });
    const { conversationId, token } = await startConversation(h);
    await pollUntil(h, conversationId, token, botText('Welcome'));
    for (let i = 0; i < 8; i += 1) {
      await call(h.base, 'POST', `/v3/directline/conversations/${conversationId}/activities`, { auth: token, body: { type: 'message', text: `m${i}` } });
    }
    const { seen } = await pollUntil(h, conversationId, token, botText('Echo: m7'));
    const all = await call(h.base, 'GET', `/v3/directline/conversations/${conversationId}/activities`, { auth: token });
    expect(all.body.activities).toHaveLength(10);
    expect(all.body.activities[9].text).toBe('Echo: m7');
    expect(seen.length).toBeGreaterThanOrEqual(10);

    // A byte budget too: one big card pushes older activities out, but the newest is always kept.
    const big = await call(h.base, 'POST', `/directline/connector/v3/conversations/${conversationId}/activities`, {
      body: { type: 'message', text: 'x'.repeat(200_000) },
    });
    expect(big.status).toBe(200);
    const afterBig = await call(h.base, 'GET', `/v3/directline/conversations/${conversationId}/activities`, { auth: token });
    expect(afterBig.body.activities.map((a: Json) => a.id)).toEqual([big.body.id]);

    await startConversation(h);
    await startConversation(h);
    // Full, and everyone was active within the last minute: 429 with Retry-After.
    const full = await call(h.base, 'POST', '/v3/directline/tokens/generate');
    expect(full.status).toBe(429);
    expect(full.headers.get('retry-after')).toBe('60');
    // A minute later the least recently seen conversation makes room.
    clock += 61_000;
    expect((await call(h.base, 'POST', '/v3/directline/tokens/generate')).status).toBe(200);
    expect((await h.endpoint.stats()).conversations).toBe(3);
    // The evicted conversation's still-valid token now says the conversation ended (404: directlinejs ends it).
    const evicted = await call(h.base, 'GET', `/v3/directline/conversations/${conversationId}/activities`, { auth: token });
    expect(evicted.status).toBe(404);
    expect(evicted.body.error.message).toBe('The conversation has ended');
    expect((await call(h.base, 'POST', '/v3/directline/tokens/refresh', { auth: token })).status).toBe(404);
  });

  test('a flood of messages for a busy bot is refused with 429 instead of queued without bound', async () => {
    let release!: () => void;
    const gate = new Promise<void>((done) => {
      release = done;
    });
    const h = await startHarness({ maxPendingTurns: 3, deliverToBot: () => gate });
    const generated = await call(h.base, 'POST', '/v3/directline/tokens/generate');
    const { conversationId, token } = generated.body as { conversationId: string; token: string };
    await call(h.base, 'POST', '/v3/directline/conversations', { auth: token }); // conversationUpdate: 1 pending
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push((await call(h.base, 'POST', `/v3/directline/conversations/${conversationId}/activities`, { auth: token, body: { type: 'message', text: `m${i}` } })).status);
    }
    expect(statuses).toEqual([200, 200, 429, 429]);
    release();
  });
});

describe('connector-facing access', () => {
  test('only this machine may post as the bot (by default)', () => {
    expect(isSameHostPeer({ remoteAddress: '127.0.0.1', localAddress: '127.0.0.1' })).toBe(true);
    expect(isSameHostPeer({ remoteAddress: '::ffff:127.0.0.1', localAddress: '::ffff:127.0.0.1' })).toBe(true);
    expect(isSameHostPeer({ remoteAddress: '::1', localAddress: '::1' })).toBe(true);
    expect(isSameHostPeer({ remoteAddress: '10.0.0.5', localAddress: '10.0.0.5' })).toBe(true);
    expect(isSameHostPeer({ remoteAddress: '::ffff:10.0.0.5', localAddress: '10.0.0.5' })).toBe(true);
    expect(isSameHostPeer({ remoteAddress: '10.0.0.9', localAddress: '10.0.0.5' })).toBe(false);
    expect(isSameHostPeer({ remoteAddress: '::ffff:203.0.113.7', localAddress: '::ffff:10.0.0.5' })).toBe(false);
    expect(isSameHostPeer({ localAddress: '10.0.0.5' })).toBe(false);
  });

  test('with an app id, connector requests need authenticateConnector to accept them', async () => {
    const seen: Array<string | undefined> = [];
    const h = await startHarness({
      appId: '00000000-0000-0000-0000-000000000000',
      authenticateConnector: (authorization) => {
        seen.push(authorization);
        return authorization === 'Bearer bot-token';
      },
      deliverToBot: async () => undefined,
    });
    const { conversationId, token } = await startConversation(h);
    const path = `/directline/connector/v3/conversations/${conversationId}/activities`;
    const refused = await call(h.base, 'POST', path, { body: { type: 'message', text: 'x' } });
    expect(refused.status).toBe(401);
    expect((await call(h.base, 'POST', path, { auth: 'wrong', body: { type: 'message', text: 'x' } })).status).toBe(401);
    const accepted = await call(h.base, 'POST', path, { auth: 'bot-token', body: { type: 'message', text: 'authorized reply' } });
    expect(accepted.status).toBe(200);
    expect(seen).toEqual([undefined, 'Bearer wrong', 'Bearer bot-token']);
    await pollUntil(h, conversationId, token, botText('authorized reply'));
  });
});

/** A WebSocket client on a streamUrl that keeps every frame. */
interface Stream {
  socket: WebSocket;
  frames: Json[];
  closed: Promise<number>;
  /** Waits until an activity in the frames satisfies `found`. */
  until<T>(found: (activities: Json[]) => T | undefined, timeoutMs?: number): Promise<T>;
}

async function openStream(url: string): Promise<Stream> {
  const socket = new WebSocket(url);
  const frames: Json[] = [];
  socket.on('message', (data) => frames.push(JSON.parse(String(data)) as Json));
  const closed = new Promise<number>((done) => socket.on('close', (code) => done(code)));
  await new Promise<void>((done, fail) => {
    socket.once('open', () => done());
    socket.once('unexpected-response', (_req, res) => fail(new Error(`HTTP ${res.statusCode}`)));
    socket.once('error', fail);
  });
  return {
    socket,
    frames,
    closed,
    async until(found, timeoutMs = HANG_MS) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const result = found(frames.flatMap((f) => f.activities as Json[]));
        if (result !== undefined) return result;
        if (Date.now() > deadline) throw new Error(`timed out; frames: ${JSON.stringify(frames).slice(0, 500)}`);
        await new Promise((done) => setTimeout(done, 20));
      }
    },
  };
}

/** The HTTP status a refused stream upgrade gets. */
function refusedStatus(url: string): Promise<number> {
  return new Promise((done, fail) => {
    const socket = new WebSocket(url);
    socket.once('unexpected-response', (_req, res) => {
      done(res.statusCode ?? 0);
      socket.terminate();
    });
    socket.once('open', () => {
      socket.close();
      fail(new Error('the stream opened'));
    });
    socket.once('error', () => undefined);
  });
}

describe('Direct Line over WebSocket (streamUrl)', () => {
  let h: Harness;
  const streams: Stream[] = [];
  beforeAll(async () => {
    h = await startHarness({}, true);
  });
  afterAll(() => {
    for (const stream of streams) stream.socket.terminate();
  });
  const track = (stream: Stream) => (streams.push(stream), stream);

  async function startStreamed(): Promise<{ conversationId: string; token: string; streamUrl: string }> {
    const generated = await call(h.base, 'POST', '/v3/directline/tokens/generate');
    const started = await call(h.base, 'POST', '/v3/directline/conversations', { auth: generated.body.token, body: { locale: 'en-US' } });
    expect(started.status).toBe(201);
    return started.body as { conversationId: string; token: string; streamUrl: string };
  }

  test('the stream delivers the welcome, the echo and the reply as frames, without polling', async () => {
    const { conversationId, token, streamUrl } = await startStreamed();
    const port = new URL(h.base).port;
    expect(streamUrl).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:${port}/v3/directline/conversations/${conversationId}/stream\\?watermark=0&t=[A-Za-z0-9_-]{20,}$`));
    const stream = track(await openStream(streamUrl));
    const welcome = await stream.until(botText('Welcome to the echo bot'));
    expect(welcome.conversation).toEqual({ id: conversationId });

    const posted = await call(h.base, 'POST', `/v3/directline/conversations/${conversationId}/activities`, {
      auth: token,
      body: { type: 'message', text: 'over the socket', channelData: { clientActivityID: 'ws-1' } },
    });
    expect(posted.status).toBe(200);
    const reply = await stream.until(botText('Echo: over the socket'));
    const all = stream.frames.flatMap((f) => f.activities as Json[]);
    const echo = all.find((a) => a.channelData?.clientActivityID === 'ws-1')!;
    expect(echo.id).toBe(posted.body.id);
    expect(all.indexOf(echo)).toBeLessThan(all.indexOf(reply));
    expect(reply.replyToId).toBe(posted.body.id);
    // Every frame is an activity set with a watermark, watermarks increasing; each activity once.
    const watermarks = stream.frames.map((f) => Number(f.watermark));
    expect(watermarks).toEqual([...watermarks].sort((a, b) => a - b));
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
    // Polling still works for the same conversation, and sees the same activities.
    const polled = await call(h.base, 'GET', `/v3/directline/conversations/${conversationId}/activities`, { auth: token });
    expect(polled.body.activities.map((a: Json) => a.id)).toEqual(all.map((a) => a.id));
    expect(polled.body.watermark).toBe(stream.frames.at(-1)!.watermark);
  });

  test('a stream ticket opens once, only its conversation; a reconnect gets a new streamUrl from its watermark', async () => {
    const a = await startStreamed();
    const b = await startStreamed();
    const stream = track(await openStream(a.streamUrl));
    const welcome = await stream.until(botText('Welcome'));
    expect(await refusedStatus(a.streamUrl)).toBe(401); // used already
    const ticketOfB = new URL(b.streamUrl).searchParams.get('t')!;
    expect(await refusedStatus(a.streamUrl.replace(/t=[^&]+/, `t=${ticketOfB}`))).toBe(403); // b's ticket on a's stream
    expect(await refusedStatus(b.streamUrl.replace(/t=[^&]+/, 't='))).toBe(401);
    expect(await refusedStatus(b.streamUrl.replace(/t=[^&]+/, `t=${'x'.repeat(32)}`))).toBe(401);
    expect(await refusedStatus(b.streamUrl.replace('/stream?', '/nope?'))).toBe(404);
    const plain = await call(h.base, 'GET', `/v3/directline/conversations/${a.conversationId}/stream`, { auth: a.token });
    expect(plain.status).toBe(426);
    // a's token cannot get a streamUrl for b (403, as for every other route).
    expect((await call(h.base, 'GET', `/v3/directline/conversations/${b.conversationId}?watermark=0`, { auth: a.token })).status).toBe(403);

    const watermark = stream.frames.at(-1)!.watermark as string;
    const reconnect = await call(h.base, 'GET', `/v3/directline/conversations/${a.conversationId}?watermark=${watermark}`, { auth: a.token });
    expect(reconnect.status).toBe(200);
    expect(reconnect.body.streamUrl).toContain(`watermark=${watermark}&t=`);
    const again = track(await openStream(reconnect.body.streamUrl));
    await call(h.base, 'POST', `/v3/directline/conversations/${a.conversationId}/activities`, { auth: a.token, body: { type: 'message', text: 'after reconnect' } });
    await again.until(botText('Echo: after reconnect'));
    // Only what came after the watermark: not the welcome again.
    expect(again.frames.flatMap((f) => f.activities as Json[]).some((x) => x.id === welcome.id)).toBe(false);
    // b's ticket was spent on the refused attempt above: a reconnect gives b a new one. Nothing of a leaked into it.
    const forB = await call(h.base, 'GET', `/v3/directline/conversations/${b.conversationId}?watermark=`, { auth: b.token });
    const streamOfB = track(await openStream(forB.body.streamUrl));
    await streamOfB.until(botText('Welcome'));
    expect(streamOfB.frames.flatMap((f) => f.activities as Json[]).every((x) => x.conversation.id === b.conversationId)).toBe(true);
  });

  test('a conversation the server forgets closes its stream with 4404', async () => {
    const { conversationId, streamUrl } = await startStreamed();
    const stream = track(await openStream(streamUrl));
    await stream.until(botText('Welcome'));
    expect(await h.endpoint.endConversation(conversationId)).toBe(true);
    expect(await stream.closed).toBe(4404);
  });
});

describe('Direct Line with the in-process bot adapter (no connector round trip)', () => {
  test('replies, updates and deletes go straight into the conversation and out on its stream', async () => {
    const bot = new EchoBot();
    let adapter!: DirectLineBotAdapter;
    const connectorCalls: string[] = [];
    const h = await startHarness(
      {
        deliverToBot: (activity) =>
          adapter.process(activity, async (context) => {
            if (context.activity.text === 'edit me') {
              const sent = await context.sendActivity('first draft');
              await context.updateActivity({ ...MessageFactory.text('final text'), id: sent!.id });
              const gone = await context.sendActivity('short-lived');
              await context.deleteActivity(gone!.id!);
              return;
            }
            await bot.run(context);
          }),
      },
      true,
    );
    h.endpoint.router.use('/directline/connector', (req, _res, next) => {
      connectorCalls.push(req.path);
      next();
    });
    adapter = new DirectLineBotAdapter(h.endpoint.bot);
    const generated = await call(h.base, 'POST', '/v3/directline/tokens/generate');
    const started = await call(h.base, 'POST', '/v3/directline/conversations', { auth: generated.body.token });
    const { conversationId, token, streamUrl } = started.body as { conversationId: string; token: string; streamUrl: string };
    const stream = await openStream(streamUrl);
    try {
      await stream.until(botText('Welcome to the echo bot'));
      await call(h.base, 'POST', `/v3/directline/conversations/${conversationId}/activities`, { auth: token, body: { type: 'message', text: 'hello' } });
      const reply = await stream.until(botText('Echo: hello'));
      expect(reply.from).toEqual({ id: 'back-relief-bot', name: 'Back Relief', role: 'bot' });

      await call(h.base, 'POST', `/v3/directline/conversations/${conversationId}/activities`, { auth: token, body: { type: 'message', text: 'edit me' } });
      const final = await stream.until(botText('final text'));
      const draft = stream.frames.flatMap((f) => f.activities as Json[]).find((a) => a.text === 'first draft')!;
      expect(final.id).toBe(draft.id); // replaced in place
      const polled = await call(h.base, 'GET', `/v3/directline/conversations/${conversationId}/activities`, { auth: token });
      const texts = polled.body.activities.map((a: Json) => a.text);
      expect(texts).toContain('final text');
      expect(texts).not.toContain('first draft');
      expect(texts).not.toContain('short-lived');
      expect(connectorCalls).toEqual([]);
      expect(h.errors).toEqual([]);
    } finally {
      stream.socket.terminate();
    }
  });
});

describe('citations for Web Chat', () => {
  const entity = (citation: unknown[]) => ({ type: 'https://schema.org/Message', '@type': 'Message', '@context': 'https://schema.org', '@id': '', citation });
  const claim = (position: number, name: string, url?: string) => ({ '@type': 'Claim', position, appearance: { '@type': 'DigitalDocument', name, ...(url ? { url } : {}) } });

  test('link definitions are added for cited sources the text does not define', () => {
    const out = withCitationDefinitions({
      type: 'message',
      text: 'Heat helps [1]. Move gently [2].\n\n[2]: https://example.org/two "Two"',
      entities: [entity([claim(1, 'NHS "Back pain"', 'https://www.nhs.uk/conditions/back-pain/'), claim(2, 'Two', 'https://example.org/two'), claim(3, 'A book')])],
    });
    expect(out.text).toBe(
      'Heat helps [1]. Move gently [2].\n\n[2]: https://example.org/two "Two"\n\n[1]: https://www.nhs.uk/conditions/back-pain/ "NHS \'Back pain\'"\n[3]: cite:3 "A book"',
    );
  });

  test('plain text, no citations, and entities stripped to their type', () => {
    const plain = { type: 'message', text: 'x [1]', textFormat: 'plain', entities: [entity([claim(1, 'A', 'https://a.example')])] };
    expect(withCitationDefinitions(plain)).toEqual(plain);
    expect(withCitationDefinitions({ type: 'message', text: 'hello' })).toEqual({ type: 'message', text: 'hello' });
    // What botbuilder's connector client leaves of the entity: Web Chat needs its "@type" to render the bubble at all.
    expect(withCitationDefinitions({ type: 'message', text: 'hi', entities: [{ type: 'https://schema.org/Message' }] }).entities).toEqual([
      { type: 'https://schema.org/Message', '@type': 'Message' },
    ]);
  });
});
