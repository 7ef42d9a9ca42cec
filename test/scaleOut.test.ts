/**
 * Scale-out: two server processes (src/index.ts, STORAGE=redis) share one
 * real redis-server. One conversation's turns alternate between them over
 * HTTP, as a load balancer without session affinity would send them.
 */
import { createClient } from 'redis';
import { RedisStorage } from '../src/storage/redisStorage';
import { BotProcess, repliesText } from './support/botProcess';
import { describeWithRedis, RedisServer } from './support/redisServer';
import { ASK } from './support/triageQuestions';

// Asked again in the same conversation, the bot moves on through the topic; every part ends with the safety net.
const ANSWERED = /15 to 20 minutes|call \d+ now/;

jest.setTimeout(90_000);


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
    };
    [a, b] = await Promise.all([BotProcess.start(env), BotProcess.start(env)]);
    reader = new RedisStorage({ url: redis.url, keyPrefix: `${prefix}state:`, lockKeyPrefix: `${prefix}lock:` });
    await reader.whenReady(5000);
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
    const turnsOn = (p: BotProcess) => p.lines.filter((l) => l.msg === 'turn' && l.outcome === 'ok').length;
    expect(turnsOn(a!)).toBeGreaterThanOrEqual(5);
    expect(turnsOn(b!)).toBeGreaterThanOrEqual(5);
  });

  test('16 messages of one conversation at once, spread over both instances: every update survives', async () => {
    const conversation = { id: `scale-race-${Date.now()}` };
    const n = 16;
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) => (i % 2 ? a! : b!).send({ text: 'ice or heat?', conversation })),
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
