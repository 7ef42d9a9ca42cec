/**
 * The Direct Line store contract, run against both backends: in memory and
 * Redis (a throw-away redis-server, see test/support/redisServer.ts).
 */
import { MemoryDirectLineStore, type DirectLineStore } from '../src/http/directLine/store';
import { RedisDirectLineStore } from '../src/http/directLine/redisStore';
import type { StoreLimits } from '../src/http/directLine/store';
import { describeWithRedis, RedisServer } from './support/redisServer';


const LIMITS: StoreLimits = { maxConversations: 3, maxActivities: 5, maxBytes: 2000, idleMs: 600_000, maxTokensPerConversation: 2 };
const user = { id: 'u1', name: 'Sam', role: 'user' };
const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);
/** Waits that only catch a hang: Redis's pub/sub can take seconds on a loaded machine. */
const HANG_MS = 60_000;

async function eventually(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + HANG_MS;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 10));
  }
}

function contract(name: string, make: () => Promise<DirectLineStore>): void {
  describe(name, () => {
    let store: DirectLineStore;
    let n = 0;
    const id = () => `conv${process.pid}x${++n}${name.length}`;
    beforeEach(async () => {
      store = await make();
    });
    afterEach(async () => {
      await store.close();
    });

    test('a conversation is created, read, started once and forgotten', async () => {
      const c = id();
      expect(await store.create({ id: c, user, started: false }, T0)).toBe(true);
      expect(await store.get(c)).toEqual({ id: c, user, started: false });
      expect(await store.start(c, 'http://127.0.0.1:1/directline/connector/', 'en-GB')).toBe(true);
      expect(await store.start(c, 'http://elsewhere/', undefined)).toBe(false);
      expect(await store.get(c)).toEqual({ id: c, user, started: true, serviceUrl: 'http://127.0.0.1:1/directline/connector/', locale: 'en-GB' });
      expect(await store.forget(c, T0)).toBe(true);
      expect(await store.get(c)).toBeUndefined();
      expect(await store.forget(c, T0)).toBe(false);
      expect(await store.append(c, { type: 'message' }, T0)).toBeUndefined();
      expect(await store.after(c, 0, 10)).toBeUndefined();
    });

    test('appends get watermarks, ids and strictly increasing timestamps; pages follow the watermark', async () => {
      const c = id();
      await store.create({ id: c, user, started: true }, T0);
      const a = await store.append(c, { type: 'message', text: 'one', id: 'ignored', entities: [] }, T0);
      const b = await store.append(c, { type: 'message', text: 'two' }, T0); // same clock reading
      expect(a).toEqual({ id: `${c}|0000001`, timestamp: new Date(T0).toISOString(), type: 'message', text: 'one', entities: [] });
      expect(b!.id).toBe(`${c}|0000002`);
      expect(Date.parse(b!.timestamp as string)).toBe(T0 + 1);
      expect(await store.after(c, 0, 10)).toEqual({ activities: [a, b], watermark: 2 });
      expect(await store.after(c, 1, 10)).toEqual({ activities: [b], watermark: 2 });
      expect(await store.after(c, 0, 1)).toEqual({ activities: [a], watermark: 1 });
      expect(await store.after(c, 2, 10)).toEqual({ activities: [], watermark: 2 });
    });

    test('the buffer keeps the newest activities within the count and byte limits', async () => {
      const c = id();
      await store.create({ id: c, user, started: true }, T0);
      for (let i = 1; i <= 7; i++) await store.append(c, { type: 'message', text: `m${i}` }, T0 + i);
      let page = (await store.after(c, 0, 100))!;
      expect(page.activities.map((x) => x.text)).toEqual(['m3', 'm4', 'm5', 'm6', 'm7']);
      await store.append(c, { type: 'message', text: 'x'.repeat(3000) }, T0 + 100);
      page = (await store.after(c, 0, 100))!;
      expect(page.activities.map((x) => String(x.text).length)).toEqual([3000]);
      expect(page.watermark).toBe(8);
    });

    test('an update is removed and appended again with its id and timestamp, after a new watermark', async () => {
      const c = id();
      await store.create({ id: c, user, started: true }, T0);
      const first = (await store.append(c, { type: 'message', text: 'draft' }, T0))!;
      await store.append(c, { type: 'message', text: 'other' }, T0 + 5);
      const old = (await store.remove(c, first.id as string))!;
      expect(old.text).toBe('draft');
      const again = await store.append(c, { type: 'message', text: 'final' }, T0 + 9, { id: old.id as string, timestamp: old.timestamp as string });
      expect(again).toMatchObject({ id: first.id, timestamp: first.timestamp, text: 'final' });
      expect(await store.after(c, 2, 10)).toEqual({ activities: [again], watermark: 3 });
      expect(await store.remove(c, 'nope')).toBeUndefined();
    });

    test('tokens: kept by hash, the oldest revoked beyond the limit, "ended" once the conversation is forgotten', async () => {
      const c = id();
      await store.create({ id: c, user, started: true }, T0);
      const expires = Date.now() + 3_600_000;
      for (const key of ['k1', 'k2', 'k3'].map((k) => `${c}-${k}`)) await store.addToken(key, c, expires);
      expect(await store.token(`${c}-k1`, Date.now())).toBeUndefined();
      expect(await store.token(`${c}-k3`, Date.now())).toEqual({ conversationId: c, expiresAt: expires, ended: false });
      await store.forget(c, Date.now());
      expect(await store.token(`${c}-k3`, Date.now())).toEqual({ conversationId: c, expiresAt: expires, ended: true });
    });

    test('a stream ticket is taken once', async () => {
      const c = id();
      await store.create({ id: c, user, started: true }, T0);
      await store.addTicket(`${c}-t`, c, Date.now() + 60_000);
      expect(await store.takeTicket(`${c}-t`, Date.now())).toBe(c);
      expect(await store.takeTicket(`${c}-t`, Date.now())).toBeUndefined();
    });

    test('subscribers hear of appends and of the conversation ending', async () => {
      const c = id();
      await store.create({ id: c, user, started: true }, T0);
      let heard = 0;
      const stop = store.subscribe(c, () => heard++);
      // Redis subscribes in the background: append until one is heard.
      const deadline = Date.now() + HANG_MS;
      for (let i = 1; heard === 0; i++) {
        if (Date.now() > deadline) throw new Error(`no append notification after ${i - 1} appends`);
        await store.append(c, { type: 'message', text: `hi ${i}` }, T0 + i);
        await new Promise((done) => setTimeout(done, 20));
      }
      const before = heard;
      await store.forget(c, T0);
      await eventually(() => heard > before, 'the end notification');
      stop();
    });

    test('when full, a conversation quiet for a minute makes room; otherwise no', async () => {
      const start = T0 + 10_000_000 * (n + 1);
      const ids = [id(), id(), id()];
      for (const [i, c] of ids.entries()) expect(await store.create({ id: c, user, started: false }, start + i)).toBe(true);
      const extra = id();
      expect(await store.create({ id: extra, user, started: false }, start + 10)).toBe(false);
      await store.touch(ids[0]!, start + 20_000);
      expect(await store.create({ id: extra, user, started: false }, start + 61_000)).toBe(true);
      // The least recently seen (ids[1]) went, not the touched one.
      expect(await store.get(ids[1]!)).toBeUndefined();
      expect(await store.get(ids[0]!)).toBeDefined();
      expect((await store.stats(start + 61_000)).conversations).toBe(3);
    });
  });
}

contract('memory', async () => new MemoryDirectLineStore(LIMITS));

describeWithRedis('Direct Line store in Redis', () => {
  let redis: RedisServer;
  let round = 0;
  beforeAll(async () => {
    redis = await RedisServer.start();
  });
  afterAll(async () => {
    await redis?.dispose();
  });
  contract('redis', async () => {
    const store = new RedisDirectLineStore({ url: redis.url, keyPrefix: `dlstore-${process.pid}-${++round}:`, limits: LIMITS });
    await store.whenReady(HANG_MS);
    return store;
  });
});
