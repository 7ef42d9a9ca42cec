/**
 * The review store, file and Redis, through the same contract: items come back
 * oldest first, expire by the injected clock (no waiting), and deleteUser
 * removes one user's items only. Plus what only the file store has to get
 * right: a second reader (the review command), a damaged line, and expired
 * lines really leaving the file.
 */
import { mkdtempSync, readFileSync, rmSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileReviewStore } from '../src/review/fileReviewStore';
import { RedisReviewStore } from '../src/review/redisReviewStore';
import type { ReviewItem, ReviewStore } from '../src/review/types';
import { describeWithRedis, RedisServer } from './support/redisServer';


const DAY = 86_400_000;
const T0 = Date.parse('2026-11-19T15:00:00Z');

const unplaced = (userHash: string, text: string): ReviewItem => ({ kind: 'unplaced', userHash, text, intent: 'none', score: 0.2, reason: 'none' });
const dislike = (userHash: string): ReviewItem => ({ kind: 'feedback', userHash, answerId: 'ice-or-heat', reaction: 'dislike', comment: 'too long' });

/** A store and the clock it reads; `now` is moved by the test. */
type Harness = { store: ReviewStore; clock: { now: number }; close(): Promise<void> };

function contract(name: string, make: () => Promise<Harness>) {
  describe(`${name}: the store contract`, () => {
    let h: Harness;
    beforeEach(async () => {
      h = await make();
    });
    afterEach(async () => {
      await h.close();
    });

    test('keeps items, oldest first, with id, time and expiry', async () => {
      await h.store.record(unplaced('u1', 'first'));
      h.clock.now += 1000;
      await h.store.record(dislike('u2'));
      const items = await h.store.list();
      expect(items.map((i) => i.kind)).toEqual(['unplaced', 'feedback']);
      expect(items[0]).toMatchObject({ userHash: 'u1', text: 'first', at: T0, expiresAt: T0 + 7 * DAY });
      expect(items[0]!.id).not.toBe(items[1]!.id);
    });

    test('items expire after the TTL, by the injected clock', async () => {
      await h.store.record(unplaced('u1', 'old'));
      h.clock.now += 6 * DAY;
      await h.store.record(unplaced('u1', 'newer'));
      h.clock.now += DAY - 1;
      expect((await h.store.list()).map((i) => (i as { text: string }).text)).toEqual(['old', 'newer']);
      h.clock.now += 1;
      expect((await h.store.list()).map((i) => (i as { text: string }).text)).toEqual(['newer']);
      h.clock.now += 6 * DAY;
      expect(await h.store.list()).toEqual([]);
    });

    test('deleteUser removes that user\'s items and no one else\'s', async () => {
      await h.store.record(unplaced('u1', 'mine'));
      await h.store.record(dislike('u1'));
      await h.store.record(unplaced('u2', 'theirs'));
      expect(await h.store.deleteUser('u1')).toBe(2);
      expect((await h.store.list()).map((i) => i.userHash)).toEqual(['u2']);
      expect(await h.store.deleteUser('nobody')).toBe(0);
    });
  });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'review-store-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
let files = 0;
const newFile = () => join(dir, `nested-${++files}`, 'review.jsonl');

contract('file', async () => {
  const clock = { now: T0 };
  const store = new FileReviewStore({ path: newFile(), ttlMs: 7 * DAY, clock: () => clock.now });
  return { store, clock, close: () => store.close() };
});

describe('file store', () => {
  test('a second store on the same file (the review command) reads what the bot kept; a damaged line is skipped', async () => {
    const path = newFile();
    const clock = () => T0;
    const bot = new FileReviewStore({ path, ttlMs: DAY, clock });
    await bot.record(unplaced('u1', 'one'));
    appendFileSync(path, '{"kind":"unplaced","userHash":"u1","te\n');
    await bot.record(unplaced('u1', 'two'));
    const reader = new FileReviewStore({ path, ttlMs: DAY, clock });
    expect((await reader.list()).map((i) => (i as { text: string }).text)).toEqual(['one', 'two']);
  });

  test('expired lines leave the file itself when it is compacted', async () => {
    const path = newFile();
    const clock = { now: T0 };
    const store = new FileReviewStore({ path, ttlMs: DAY, clock: () => clock.now, compactEveryMs: DAY });
    await store.record(unplaced('u1', 'expires'));
    clock.now += DAY + 1;
    await store.record(unplaced('u1', 'stays'));
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('stays');
  });

  test('a missing file is an empty store', async () => {
    const store = new FileReviewStore({ path: newFile(), ttlMs: DAY, clock: () => T0 });
    expect(await store.list()).toEqual([]);
    expect(await store.deleteUser('u1')).toBe(0);
  });
});

describeWithRedis('Redis store', () => {
  let redis: RedisServer;
  let n = 0;
  beforeAll(async () => {
    redis = await RedisServer.start();
  });
  afterAll(async () => {
    await redis?.dispose();
  });

  contract('redis', async () => {
    const clock = { now: T0 };
    const store = new RedisReviewStore({ url: redis.url, keyPrefix: `test${++n}:review:`, ttlMs: 7 * DAY, clock: () => clock.now });
    await store.whenReady(60_000); // a hang, not slowness
    return { store, clock, close: () => store.close() };
  });

  test('two instances share one store', async () => {
    const keyPrefix = `shared${++n}:review:`;
    const a = new RedisReviewStore({ url: redis.url, keyPrefix, ttlMs: DAY, clock: () => T0 });
    const b = new RedisReviewStore({ url: redis.url, keyPrefix, ttlMs: DAY, clock: () => T0 });
    try {
      await a.record(unplaced('u1', 'from a'));
      await b.record(unplaced('u2', 'from b'));
      expect((await b.list()).map((i) => i.userHash).sort()).toEqual(['u1', 'u2']);
      expect(await b.deleteUser('u1')).toBe(1);
      expect((await a.list()).map((i) => i.userHash)).toEqual(['u2']);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
