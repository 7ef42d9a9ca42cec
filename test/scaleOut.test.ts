/**
 * Scale-out: two server processes (src/index.ts, STORAGE=redis) share one
 * real redis-server. One conversation's turns alternate between them over
 * HTTP, as a load balancer without session affinity would send them.
 */
import { createClient } from 'redis';
import WebSocket from 'ws';
import { RedisStorage } from '../src/storage/redisStorage';
import { BotProcess, repliesText } from './support/botProcess';
import { describeWithRedis, RedisServer } from './support/redisServer';
import { ASK } from './support/triageQuestions';

// Asked again in the same conversation, the bot moves on through the topic; every part ends with the safety net.
const ANSWERED = /15 to 20 minutes|call \d+ now/;
/** Limits that only catch a hang. */
const HANG_MS = 120_000;
// Two bots starting at once, and 16 queued turns, on a loaded machine: jest's limit, too, only catches a hang.
jest.setTimeout(10 * 60_000);



describeWithRedis('two instances behind one Redis', () => {
  let redis: RedisServer;
  let a: BotProcess | undefined;
  let b: BotProcess | undefined;
  let reader: RedisStorage;
  const prefix = `scale-${process.pid}:`;
  const ttl = { conversation: 3600, user: 7200 };

  beforeAll(async () => {
    redis = await RedisServer.start();
    const env = {
      STORAGE: 'redis',
      REDIS_URL: redis.url,
      REDIS_KEY_PREFIX: prefix,
      CONVERSATION_TTL_SECONDS: String(ttl.conversation),
      USER_TTL_SECONDS: String(ttl.user),
      // No outage is tested here: Redis's deadline and the turn lock's wait only catch a hang, so that
      // 16 turns of one conversation queued behind each other on a loaded machine are not refused.
      REDIS_TIMEOUT_MS: String(HANG_MS),
      TURN_LOCK_WAIT_MS: String(HANG_MS),
    };
    // Two start-ups at once on a busy machine can take a while.
    [a, b] = await Promise.all([BotProcess.start(env), BotProcess.start(env)]);
    reader = new RedisStorage({ url: redis.url, keyPrefix: `${prefix}state:`, lockKeyPrefix: `${prefix}lock:` });
    await reader.whenReady(60_000); // a hang, not slowness
  });

  afterAll(async () => {
    await Promise.all([a?.kill(), b?.kill()]);
    await reader?.close();
    await redis?.dispose();
  });

  test('a symptom check alternating between the two instances continues where it was and ends with the summary', async () => {
    const conversation = { id: `scale-triage-${Date.now()}` };
    const steps: Array<[string, RegExp[]]> = [
      ['check my symptoms', [/check your symptoms/i, ASK.location]],
      ['lower back', [ASK.onset]],
      ['two days ago', [ASK.severity]],
      ['about a 7', [ASK.trigger]],
      ['I was lifting a heavy box', [ASK.bladder]],
      ['no', [ASK.saddle]],
      ['no', [ASK.legs]],
      ['no', [ASK.trauma]],
      ['no', [ASK.fever]],
      ['no', [ASK.cancer]],
      ['no', [/Here's what I heard/, /lower back/i, /2 days/i, /7 out of 10/, /lifting/i, /Sources:/]],
    ];
    const served: string[] = [];
    for (const [i, [text, patterns]] of steps.entries()) {
      const instance = i % 2 === 0 ? a! : b!;
      served.push(String(instance.port));
      const { status, replies } = await instance.send({ text, conversation });
      expect(status).toBe(200);
      const said = repliesText(replies);
      for (const pattern of patterns) {
        if (!pattern.test(said)) throw new Error(`step ${i + 1} ("${text}", port ${instance.port}): expected ${pattern} in:\n${said}`);
      }
    }
    // Both instances really served turns of this conversation.
    expect(new Set(served).size).toBe(2);
    const okTurn = (l: { msg?: unknown; outcome?: unknown }) => l.msg === 'turn' && l.outcome === 'ok';
    expect(await a!.countLines(okTurn, 5)).toBeGreaterThanOrEqual(5);
    expect(await b!.countLines(okTurn, 5)).toBeGreaterThanOrEqual(5);
  });

  test('one Web Chat conversation (embedded Direct Line) served by both instances alternately, replies streamed from either', async () => {
    type Activity = { type: string; text?: string; from?: { role?: string }; id: string };
    const api = async (instance: BotProcess, method: string, path: string, token?: string, body?: unknown) => {
      const res = await fetch(`${instance.url}${path}`, {
        method,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(HANG_MS),
      });
      return { status: res.status, body: (await res.json()) as Record<string, any> };
    };
    const directLineTurn = (l: { msg?: unknown; outcome?: unknown; channel?: unknown }) => l.msg === 'turn' && l.outcome === 'ok' && l.channel === 'directline';
    const before = [a!.lines.filter(directLineTurn).length, b!.lines.filter(directLineTurn).length];

    // The page's token from A, the conversation started on B, its stream opened on A.
    const issued = await api(a!, 'POST', '/api/webchat/token');
    expect(issued.status).toBe(200);
    const { conversationId, token } = issued.body as { conversationId: string; token: string };
    const started = await api(b!, 'POST', '/v3/directline/conversations', token, { locale: 'en-US' });
    expect(started.status).toBe(201);
    expect(started.body.streamUrl).toContain(`:${b!.port}/`);
    const reconnect = await api(a!, 'GET', `/v3/directline/conversations/${conversationId}?watermark=0`, token);
    expect(reconnect.status).toBe(200);
    const socket = new WebSocket(reconnect.body.streamUrl as string);
    const streamed: Activity[] = [];
    socket.on('message', (data) => streamed.push(...(JSON.parse(String(data)).activities as Activity[])));
    await new Promise((done, fail) => {
      socket.once('open', done);
      socket.once('error', fail);
    });
    const botSaid = async (pattern: RegExp, from: number): Promise<string> => {
      const deadline = Date.now() + HANG_MS;
      for (;;) {
        const found = streamed.slice(from).find((x) => x.type === 'message' && x.from?.role === 'bot' && pattern.test(x.text ?? ''));
        if (found) return found.text!;
        if (Date.now() > deadline) throw new Error(`no ${pattern} on the stream: ${JSON.stringify(streamed.map((x) => x.text))}`);
        await new Promise((done) => setTimeout(done, 25));
      }
    };
    try {
      await botSaid(/back spasm/i, 0); // the welcome, from B's turn, on A's stream
      const steps: Array<[string, RegExp]> = [
        ['check my symptoms', ASK.location],
        ['lower back', ASK.onset],
        ['two days ago', ASK.severity],
        ['about a 7', ASK.trigger],
      ];
      for (const [i, [text, expected]] of steps.entries()) {
        const instance = i % 2 === 0 ? b! : a!;
        const mark = streamed.length;
        const posted = await api(instance, 'POST', `/v3/directline/conversations/${conversationId}/activities`, token, { type: 'message', text });
        expect(posted.status).toBe(200);
        await botSaid(expected, mark);
      }
      // Polling either instance sees the same conversation.
      const polledA = await api(a!, 'GET', `/v3/directline/conversations/${conversationId}/activities`, token);
      const polledB = await api(b!, 'GET', `/v3/directline/conversations/${conversationId}/activities`, token);
      expect(polledA.body.watermark).toBe(polledB.body.watermark);
      expect(polledA.body.activities.map((x: Activity) => x.id)).toEqual(polledB.body.activities.map((x: Activity) => x.id));
      expect(polledA.body.activities.map((x: Activity) => x.id)).toEqual(streamed.map((x) => x.id));
    } finally {
      socket.terminate();
    }
    // Both instances ran turns of this conversation.
    expect(await a!.countLines(directLineTurn, before[0]! + 1)).toBeGreaterThan(before[0]!);
    expect(await b!.countLines(directLineTurn, before[1]! + 1)).toBeGreaterThan(before[1]!);
  });

  test('16 messages of one conversation at once, spread over both instances: every update survives', async () => {
    const conversation = { id: `scale-race-${Date.now()}` };
    const n = 16;
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) => (i % 2 ? a! : b!).send({ text: 'ice or heat?', conversation }, 4 * HANG_MS)),
    );
    for (const r of results) {
      expect(r.status).toBe(200);
      expect(repliesText(r.replies)).toMatch(ANSWERED);
    }
    const key = `test/conversations/${conversation.id}/`; // botbuilder's ConversationState key
    const state = (await reader.read([key]))[key] as { conversationInfo?: { messages: number } } | undefined;
    expect(state?.conversationInfo?.messages).toBe(n);
    // Every lock was released (none left to expire).
    const raw = createClient({ url: redis.url });
    await raw.connect();
    try {
      expect(await raw.keys(`${prefix}lock:*`)).toEqual([]);
    } finally {
      raw.destroy();
    }
  });

  test('conversation state expires after CONVERSATION_TTL_SECONDS, user state after USER_TTL_SECONDS', async () => {
    const conversation = { id: `scale-ttl-${Date.now()}` };
    const { status } = await a!.send({ text: 'hello', conversation, from: { id: 'ttl-user' } });
    expect(status).toBe(200);
    const raw = createClient({ url: redis.url });
    await raw.connect();
    try {
      const conversationTtl = await raw.ttl(`${prefix}state:test/conversations/${conversation.id}/`);
      expect(conversationTtl).toBeGreaterThan(ttl.conversation - 60);
      expect(conversationTtl).toBeLessThanOrEqual(ttl.conversation);
      // User state is written when it changes; the bot keeps none by default, so only check it when present.
      const userTtl = await raw.ttl(`${prefix}state:test/users/ttl-user/`);
      if (userTtl !== -2) {
        expect(userTtl).toBeGreaterThan(ttl.user - 60);
        expect(userTtl).toBeLessThanOrEqual(ttl.user);
      }
    } finally {
      raw.destroy();
    }
  });
});
