import { createClient } from 'redis';
import { ConversationState, TestAdapter, TurnContext, type StoreItems } from 'botbuilder';
import {
  botStateTtl,
  ETagConflictError,
  RedisStorage,
  StorageUnavailableError,
  type RedisStorageOptions,
} from '../src/storage/redisStorage';
import { describeWithRedis, RedisServer, sleep } from './support/redisServer';

const ONE_HOUR_MS = 3_600_000;
/** Waits that only catch a hang (a loaded machine may take many seconds to connect or reconnect). */
const HANG_MS = 60_000;

/** Retries `call` while it fails with StorageUnavailableError (a Redis just resumed or restarted may miss a short deadline once). */
async function onceAnswered<T>(call: () => Promise<T>): Promise<T> {
  for (const deadline = Date.now() + HANG_MS; ; ) {
    try {
      return await call();
    } catch (err) {
      expect(err).toBeInstanceOf(StorageUnavailableError);
      if (Date.now() > deadline) throw err;
      await sleep(100);
    }
  }
}

/** Polls until `check` holds: waiting for an event, never for a fixed time. */
async function waitFor(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met');
    await sleep(10);
  }
}

describeWithRedis('RedisStorage (real redis-server)', () => {
  let server: RedisServer;
  const storages: RedisStorage[] = [];
  let prefixCounter = 0;

  async function open(options: Partial<RedisStorageOptions> = {}): Promise<RedisStorage> {
    const storage = new RedisStorage({
      url: server.url,
      // A fresh prefix per storage keeps tests independent on one server.
      keyPrefix: `test${++prefixCounter}:`,
      maxReconnectDelayMs: 200,
      ...options,
    });
    storages.push(storage);
    await storage.whenReady(HANG_MS);
    return storage;
  }

  beforeAll(async () => {
    server = await RedisServer.start();
  });

  afterEach(async () => {
    await Promise.all(storages.splice(0).map((s) => s.close()));
  });

  afterAll(async () => {
    await server?.dispose();
  });

  test('round trip: write then read returns the item with a new eTag', async () => {
    const storage = await open();
    await storage.write({ a: { count: 1, nested: { list: [1, 'two'] } } });
    const items = await storage.read(['a', 'missing']);
    expect(Object.keys(items)).toEqual(['a']);
    expect(items.a).toMatchObject({ count: 1, nested: { list: [1, 'two'] } });
    expect(typeof items.a.eTag).toBe('string');
    expect(items.a.eTag).not.toBe('*');
  });

  test('each write stores a new eTag and sets it on the written item', async () => {
    const storage = await open();
    const item: StoreItems = { n: 1 };
    await storage.write({ k: item });
    const first = (await storage.read(['k'])).k.eTag;
    expect(item.eTag).toBe(first);
    // The mutated item can be written again without a false conflict.
    item.n = 2;
    await storage.write({ k: item });
    const second = (await storage.read(['k'])).k;
    expect(second.n).toBe(2);
    expect(second.eTag).not.toBe(first);
  });

  test('two writers from the same read: one wins, the other is rejected', async () => {
    const storage = await open();
    await storage.write({ doc: { value: 'original' } });
    const readA = (await storage.read(['doc'])).doc;
    const readB = (await storage.read(['doc'])).doc;
    expect(readA.eTag).toBe(readB.eTag);

    const results = await Promise.allSettled([
      storage.write({ doc: { ...readA, value: 'A' } }),
      storage.write({ doc: { ...readB, value: 'B' } }),
    ]);
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toBeInstanceOf(ETagConflictError);
    expect((rejected[0]!.reason as ETagConflictError).keys).toEqual(['doc']);

    // The loser changed nothing: the stored value is the winner's.
    const winner = results[0]!.status === 'fulfilled' ? 'A' : 'B';
    expect((await storage.read(['doc'])).doc.value).toBe(winner);
  });

  test('a stale eTag is rejected even after sequential writes', async () => {
    const storage = await open();
    await storage.write({ k: { v: 1 } });
    const stale = (await storage.read(['k'])).k;
    await storage.write({ k: { ...stale, v: 2 } });
    await expect(storage.write({ k: { ...stale, v: 3 } })).rejects.toThrow(ETagConflictError);
    expect((await storage.read(['k'])).k.v).toBe(2);
  });

  test('many concurrent writers on separate connections: exactly one wins', async () => {
    const first = await open({ keyPrefix: 'shared-race:' });
    const second = await open({ keyPrefix: 'shared-race:' });
    await first.write({ doc: { value: -1 } });
    const base = (await first.read(['doc'])).doc;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? first : second).write({ doc: { ...base, value: i } })),
    );
    const winners = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
    expect(winners).toHaveLength(1);
    for (const r of results) {
      if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ETagConflictError);
    }
    expect((await second.read(['doc'])).doc.value).toBe(winners[0]);
    await first.delete(['doc']);
  });

  test("'*' and an absent eTag overwrite whatever is stored", async () => {
    const storage = await open();
    await storage.write({ k: { v: 1 } });
    await storage.write({ k: { v: 2, eTag: '*' } });
    expect((await storage.read(['k'])).k.v).toBe(2);
    await storage.write({ k: { v: 3 } });
    expect((await storage.read(['k'])).k.v).toBe(3);
  });

  test('a write with an eTag to an absent key succeeds (as botbuilder MemoryStorage)', async () => {
    const storage = await open();
    await storage.write({ fresh: { v: 1, eTag: 'whatever' } });
    expect((await storage.read(['fresh'])).fresh.v).toBe(1);
  });

  test('delete removes keys; deleting a missing key is fine', async () => {
    const storage = await open();
    await storage.write({ a: { v: 1 }, b: { v: 2 } });
    await storage.delete(['a', 'never-written']);
    const items = await storage.read(['a', 'b']);
    expect(items.a).toBeUndefined();
    expect(items.b.v).toBe(2);
  });

  test('empty key lists and changes are no-ops', async () => {
    const storage = await open();
    await expect(storage.read([])).resolves.toEqual({});
    await expect(storage.write({})).resolves.toBeUndefined();
    await expect(storage.delete([])).resolves.toBeUndefined();
  });

  test('the key prefix isolates storages on the same server', async () => {
    const one = await open({ keyPrefix: 'one:' });
    const two = await open({ keyPrefix: 'two:' });
    await one.write({ k: { owner: 'one' } });
    expect(await two.read(['k'])).toEqual({});
    expect((await one.read(['k'])).k.owner).toBe('one');
    await one.delete(['k']);
  });

  test('keys expire after the TTL, and each write refreshes it', async () => {
    // Redis's own TTL is read, so the test does not depend on how long this process sleeps.
    const storage = await open({ keyPrefix: 'ttl:', ttlSeconds: 60 });
    const raw = createClient({ url: server.url });
    await raw.connect();
    try {
      await storage.write({ k: { v: 1 } });
      expect(await raw.pTTL('ttl:k')).toBeGreaterThan(0);
      expect(await raw.pTTL('ttl:k')).toBeLessThanOrEqual(60_000);
      await raw.pExpire('ttl:k', 5_000); // as if 55 s had passed
      await storage.write({ k: { v: 2 } }); // refresh
      expect(await raw.pTTL('ttl:k')).toBeGreaterThan(5_000);
      expect((await storage.read(['k'])).k?.v).toBe(2);
      await raw.pExpire('ttl:k', 1); // its time is up
      await waitFor(async () => (await raw.exists('ttl:k')) === 0);
      expect(await storage.read(['k'])).toEqual({});
    } finally {
      raw.destroy();
    }
  });

  test('botStateTtl gives conversation and user state their own TTLs', async () => {
    const storage = await open({ keyPrefix: 'ttl2:', ttlSeconds: botStateTtl({ conversationSeconds: 60, userSeconds: 3600 }) });
    const conversationKey = 'test/conversations/c1/ConversationState';
    const userKey = 'test/users/u1/UserState';
    await storage.write({ [conversationKey]: { v: 1 }, [userKey]: { v: 1 } });
    const raw = createClient({ url: server.url });
    await raw.connect();
    try {
      const conversationTtl = await raw.pTTL(`ttl2:${conversationKey}`);
      const userTtl = await raw.pTTL(`ttl2:${userKey}`);
      expect(conversationTtl).toBeGreaterThan(0);
      expect(conversationTtl).toBeLessThanOrEqual(60_000);
      expect(userTtl).toBeGreaterThan(60_000);
      expect(userTtl).toBeLessThanOrEqual(3_600_000);
    } finally {
      raw.destroy();
    }
  });

  test('ping answers true while Redis is up', async () => {
    const storage = await open();
    await expect(storage.ping()).resolves.toBe(true);
  });

  test('after close, calls reject with StorageUnavailableError', async () => {
    const storage = await open();
    await storage.close();
    await storage.close(); // idempotent
    await expect(storage.read(['k'])).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(storage.ping()).resolves.toBe(false);
  });

  test('ConversationState over RedisStorage round trip', async () => {
    const storage = await open();
    const makeContext = (): TurnContext =>
      new TurnContext(new TestAdapter(), {
        type: 'message',
        channelId: 'test',
        conversation: { id: 'conv-1', isGroup: false, conversationType: 'personal', name: 'c' },
        from: { id: 'user-1', name: 'u' },
        recipient: { id: 'bot', name: 'bot' },
        text: 'hi',
      });

    const writer = new ConversationState(storage);
    const turnCount = writer.createProperty<number>('turnCount');
    const firstTurn = makeContext();
    expect(await turnCount.get(firstTurn, 0)).toBe(0);
    await turnCount.set(firstTurn, 1);
    await writer.saveChanges(firstTurn);

    // A second bot instance (new state object, new context) sees the value.
    const reader = new ConversationState(storage);
    const nextTurn = makeContext();
    expect(await reader.createProperty<number>('turnCount').get(nextTurn, 0)).toBe(1);
  });

  test('a hung Redis (accepts bytes, never answers): calls reject at the deadline', async () => {
    const storage = await open({ operationTimeoutMs: 500 });
    await storage.write({ k: { v: 1 } });
    server.pause();
    try {
      // The operation's own deadline ended it (not a socket error, not the
      // harness's timeout): its message names the deadline.
      await expect(storage.read(['k'])).rejects.toThrow(/no answer within 500 ms/);
      await expect(storage.ping()).resolves.toBe(false);
    } finally {
      server.resume();
    }
    // Late replies to the abandoned commands must not be handed to new ones (a reply that
    // misses the 500 ms deadline again on a loaded machine is retried: only wrong values fail).
    expect((await onceAnswered(() => storage.read(['k']))).k.v).toBe(1);
    await onceAnswered(() => storage.write({ k: { v: 2 } }));
    expect((await onceAnswered(() => storage.read(['k']))).k.v).toBe(2);
  });

  // Runs last: it stops and restarts the shared server.
  test('Redis down: calls reject quickly with StorageUnavailableError; recovers when Redis returns', async () => {
    // A deadline far longer than the test may run: a call that rejects at all
    // was refused at once (offline queue disabled), not timed out.
    const storage = await open({ operationTimeoutMs: ONE_HOUR_MS });
    await storage.write({ k: { v: 'before' } });

    await server.stop();

    for (const call of [() => storage.read(['k']), () => storage.write({ k: { v: 'during' } }), () => storage.delete(['k'])]) {
      const failure = await call().then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(failure).toBeInstanceOf(StorageUnavailableError);
      expect(String(failure)).not.toMatch(/no answer within/);
    }
    await expect(storage.ping()).resolves.toBe(false);

    await server.restart(); // same port; the data is gone (no persistence)

    // The client reconnects by itself; poll until a call goes through.
    await onceAnswered(() => storage.write({ k: { v: 'after' } }));
    expect((await storage.read(['k'])).k.v).toBe('after');
    await expect(storage.ping()).resolves.toBe(true);
  });
});

describe('RedisStorage without a server', () => {
  test('rejects with StorageUnavailableError when Redis was never reachable', async () => {
    // Port 1 on loopback: nothing listens there, connections are refused.
    // As above: with an hour's deadline, a rejection means it was refused at once.
    const storage = new RedisStorage({ url: 'redis://127.0.0.1:1', maxReconnectDelayMs: 100, operationTimeoutMs: ONE_HOUR_MS });
    try {
      await expect(storage.read(['k'])).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(storage.write({ k: { v: 1 } })).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(storage.whenReady(200)).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(storage.ping()).resolves.toBe(false);
    } finally {
      await storage.close();
    }
  });

  test('rejects an invalid TTL at construction', () => {
    expect(() => new RedisStorage({ url: 'redis://127.0.0.1:1', ttlSeconds: 0 })).toThrow(RangeError);
  });

  test('botStateTtl classifies botbuilder state keys', () => {
    const ttl = botStateTtl({ conversationSeconds: 10, userSeconds: 20 });
    expect(ttl('msteams/conversations/abc/ConversationState')).toBe(10);
    expect(ttl('msteams/conversations/abc/users/u/PrivateConversationState')).toBe(10);
    expect(ttl('msteams/users/u/UserState')).toBe(20);
    expect(ttl('something-else')).toBeUndefined();
  });
});
