import { createClient } from 'redis';
import { withDeadline } from '../util/deadline';
import { parseStored, stamp } from './stamp';
import type { Clock, ReviewItem, ReviewStore, StoredReviewItem } from './types';

export interface RedisReviewStoreOptions {
  url: string;
  /** e.g. 'backrelief:review:'; items under `<prefix>items`, per-user indexes under `<prefix>user:<hash>`. */
  keyPrefix: string;
  ttlMs: number;
  clock?: Clock;
  /** Deadline for one operation. Default 1500 ms. */
  operationTimeoutMs?: number;
  logger?: { warn(obj: object, msg: string): void };
}

// KEYS[1]: the items sorted set, KEYS[2]: the user's index. Removes the user's
// items atomically, so an item recorded meanwhile is either gone or not yet in.
const DELETE_USER_SCRIPT = `
local members = redis.call('SMEMBERS', KEYS[2])
local removed = 0
for i = 1, #members, 500 do
  removed = removed + redis.call('ZREM', KEYS[1], unpack(members, i, math.min(i + 499, #members)))
end
redis.call('DEL', KEYS[2])
return removed
`;

/**
 * The review store in Redis (STORAGE=redis), shared by every instance: one
 * sorted set of items (JSON) scored by expiry time, so expired items are cut
 * with one ZREMRANGEBYSCORE, and a set per user hash naming that user's items
 * for "delete my data". Expiry follows the injected clock; the per-user sets
 * also get a Redis TTL as a backstop.
 */
export class RedisReviewStore implements ReviewStore {
  private readonly client;
  private readonly clock: Clock;
  private readonly itemsKey: string;
  private readonly timeoutMs: number;
  private closed = false;
  private warned = false;

  constructor(private readonly options: RedisReviewStoreOptions) {
    this.clock = options.clock ?? Date.now;
    this.itemsKey = `${options.keyPrefix}items`;
    this.timeoutMs = options.operationTimeoutMs ?? 1500;
    this.client = createClient({
      url: options.url,
      disableOfflineQueue: true,
      socket: { connectTimeout: 1000, reconnectStrategy: (retries: number) => Math.min(50 * 2 ** Math.min(retries, 16), 2000) },
    });
    this.client.on('error', (err: unknown) => {
      if (this.warned || this.closed) return;
      this.warned = true;
      options.logger?.warn({ err }, 'review store: Redis connection lost, reconnecting');
    });
    this.client.on('ready', () => {
      this.warned = false;
    });
    this.client.connect().catch(() => undefined);
  }

  async record(item: ReviewItem): Promise<void> {
    const stored = stamp(item, this.clock, this.options.ttlMs);
    const member = JSON.stringify(stored);
    const userKey = this.userKey(stored.userHash);
    await this.run(() =>
      this.client
        .multi()
        .zAdd(this.itemsKey, { score: stored.expiresAt, value: member })
        .zRemRangeByScore(this.itemsKey, '-inf', stored.at)
        .sAdd(userKey, member)
        .pExpire(userKey, this.options.ttlMs)
        .exec(),
    );
  }

  async deleteUser(userHash: string): Promise<number> {
    const removed = await this.run(() => this.client.eval(DELETE_USER_SCRIPT, { keys: [this.itemsKey, this.userKey(userHash)], arguments: [] }));
    return Number(removed);
  }

  async list(): Promise<StoredReviewItem[]> {
    const now = this.clock();
    await this.run(() => this.client.zRemRangeByScore(this.itemsKey, '-inf', now));
    const members = await this.run(() => this.client.zRange(this.itemsKey, 0, -1));
    return members
      .flatMap((m) => {
        const item = parseStored(m);
        return item && item.expiresAt > now ? [item] : [];
      })
      .sort((a, b) => a.at - b.at);
  }

  /** Resolves once connected, or rejects after `timeoutMs`. */
  async whenReady(timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.client.isReady) {
      if (Date.now() > deadline) throw new Error(`review store: Redis not connected after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.client.isReady) await this.client.close().catch(() => this.client.destroy());
    else if (this.client.isOpen) this.client.destroy();
  }

  private userKey(userHash: string): string {
    return `${this.options.keyPrefix}user:${userHash}`;
  }

  /** One operation under a deadline: a hung Redis must not hold up a turn. */
  private async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.closed) throw new Error('review store is closed');
    // Just started (or reconnecting): wait for the connection, within the same deadline.
    if (!this.client.isReady) await this.whenReady(this.timeoutMs);
    return withDeadline(fn(), this.timeoutMs, () => new Error(`review store: no answer from Redis within ${this.timeoutMs} ms`));
  }
}
