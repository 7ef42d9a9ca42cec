/**
 * botbuilder `Storage` over Redis (node-redis), so that conversation and user
 * state survive restarts and are shared by every instance behind the load
 * balancer.
 *
 * Layout: one Redis hash per storage key, `<prefix><key>` with two fields,
 * `etag` and `data` (the item as JSON, without its eTag). Keeping the eTag in
 * its own field lets the Lua write script compare it without parsing JSON.
 *
 * Concurrency follows botbuilder's contract (see MemoryStorage, the reference
 * implementation):
 *   - a write whose eTag is '*' or absent overwrites;
 *   - a write whose eTag differs from the stored one is rejected with
 *     `ETagConflictError` and changes nothing;
 *   - a write to a key that holds nothing succeeds whatever its eTag (as in
 *     MemoryStorage: there is no stored eTag to conflict with);
 *   - every successful write stores a fresh random eTag, and sets it on the
 *     object that was written so a second write of the same object in the same
 *     turn is not a false conflict.
 * The compare-and-set runs as one Lua script, so it is atomic in Redis.
 * Several keys in one `write` are each atomic on their own (as in botbuilder's
 * own storages), not all-or-nothing: that keeps every command single-key and
 * so valid on a Redis Cluster too.
 *
 * Note: botbuilder's BotState.saveChanges() always writes with eTag '*', so
 * ConversationState/UserState get last-writer-wins; the eTag check protects
 * callers that write with the eTag they read.
 *
 * Availability: when Redis is unreachable every call rejects quickly with
 * `StorageUnavailableError` instead of queueing (offline queue disabled, and
 * each operation has a deadline), and the client keeps reconnecting in the
 * background with capped exponential back-off.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { ErrorReply } from 'redis';
import { withDeadline } from '../util/deadline';
import { isObject } from '../util/isObject';
import { buildClient, toStorageError, type RedisClient } from './redisClient';
import { ETagConflictError, StorageUnavailableError, type StorageOperation } from './storageErrors';

export { ETagConflictError, StorageUnavailableError, type StorageOperation };

/**
 * Time-to-live in seconds for a storage key, or `undefined` for none. A
 * function lets one storage give conversation and user state different TTLs.
 */
export type TtlPolicy = number | ((storageKey: string) => number | undefined);

/** The part of a pino logger this module uses (pino's Logger satisfies it). */
export interface StorageLogger {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

export interface RedisStorageOptions {
  /** `redis://[user:password@]host:port[/db]` or `rediss://` for TLS. */
  url: string;
  /** Prepended to every storage key; lets several apps or environments share one Redis. */
  keyPrefix?: string;
  /** TTL refreshed on every write. Default: none (keys live until deleted). */
  ttlSeconds?: TtlPolicy;
  /** Deadline for one read/write/delete/ping, in ms. Default 1500. */
  operationTimeoutMs?: number;
  /** TCP connect timeout, in ms. Default 1000. */
  connectTimeoutMs?: number;
  /** Upper bound of the reconnect back-off, in ms. Default 2000. */
  maxReconnectDelayMs?: number;
  logger?: StorageLogger;
  /** Prefix of the turn-lock keys (see tryLock). Default 'backrelief:lock:'. */
  lockKeyPrefix?: string;
}

export const DEFAULT_KEY_PREFIX = 'backrelief:state:';
export const DEFAULT_LOCK_KEY_PREFIX = 'backrelief:lock:';

/**
 * A TtlPolicy for botbuilder's state keys: ConversationState and
 * PrivateConversationState keys look like `<channel>/conversations/...`,
 * UserState keys like `<channel>/users/...`.
 */
export function botStateTtl(ttl: {
  conversationSeconds?: number;
  userSeconds?: number;
  otherSeconds?: number;
}): (storageKey: string) => number | undefined {
  return (storageKey) => {
    const scope = storageKey.split('/', 3)[1];
    if (scope === 'conversations') return ttl.conversationSeconds;
    if (scope === 'users') return ttl.userSeconds;
    return ttl.otherSeconds;
  };
}

// KEYS[1]: the hash. ARGV: expected eTag ('' = unconditional), new eTag, JSON,
// TTL in ms ('0' = none). Returns 1 when written, 0 on an eTag conflict.
const WRITE_SCRIPT = `
if ARGV[1] ~= '' then
  local current = redis.call('HGET', KEYS[1], 'etag')
  if current and current ~= ARGV[1] then
    return 0
  end
end
redis.call('HSET', KEYS[1], 'etag', ARGV[2], 'data', ARGV[3])
local ttl = tonumber(ARGV[4])
if ttl > 0 then
  redis.call('PEXPIRE', KEYS[1], ttl)
else
  redis.call('PERSIST', KEYS[1])
end
return 1
`;
const WRITE_SCRIPT_SHA1 = createHash('sha1').update(WRITE_SCRIPT).digest('hex');

// Lock scripts: KEYS[1] the lock, ARGV[1] the holder's token (, ARGV[2] a lease in ms).
// Only the holder may release or extend, so a turn whose lease ran out cannot
// free a lock another turn has taken since.
const UNLOCK_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
`;
const EXTEND_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
`;

export class RedisStorage implements Storage {
  /** Lets code recognise a RedisStorage without importing this module (and the Redis client). */
  readonly backend = 'redis' as const;
  private readonly client: RedisClient;
  private readonly keyPrefix: string;
  private readonly lockKeyPrefix: string;
  private readonly ttl: TtlPolicy | undefined;
  private readonly operationTimeoutMs: number;
  private readonly logger: StorageLogger | undefined;
  private closed = false;
  // Log one warning per outage rather than one per reconnect attempt.
  private outage = false;

  constructor(options: RedisStorageOptions) {
    this.keyPrefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
    this.lockKeyPrefix = options.lockKeyPrefix ?? DEFAULT_LOCK_KEY_PREFIX;
    this.ttl = options.ttlSeconds;
    this.operationTimeoutMs = options.operationTimeoutMs ?? 1500;
    this.logger = options.logger;
    if (typeof this.ttl === 'number') assertValidTtl(this.ttl);

    this.client = buildClient(options.url, options.connectTimeoutMs ?? 1000, options.maxReconnectDelayMs ?? 2000);
    // node-redis emits 'error' on every failed (re)connect; without a listener
    // Node would crash the process on the first one.
    this.client.on('error', (err: unknown) => {
      if (this.outage || this.closed) return;
      this.outage = true;
      this.logger?.warn({ err }, 'redis storage: connection lost, reconnecting');
    });
    this.client.on('ready', () => {
      if (!this.outage) return;
      this.outage = false;
      this.logger?.info({}, 'redis storage: reconnected');
    });
    // Connect in the background: start-up must not block on Redis, and the
    // client retries until it gets through. `whenReady()` awaits it if wanted.
    this.client.connect().catch(() => {
      // Only rejects when closed while connecting; errors were already emitted.
    });
  }

  /** Resolves once connected; rejects with StorageUnavailableError after `timeoutMs`. */
  whenReady(timeoutMs = 5000): Promise<void> {
    if (this.client.isReady) return Promise.resolve();
    if (this.closed) return Promise.reject(new StorageUnavailableError('connect', 'storage is closed'));
    return new Promise((resolve, reject) => {
      const onReady = (): void => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.client.off('ready', onReady);
        reject(new StorageUnavailableError('connect', `not connected after ${timeoutMs} ms`));
      }, timeoutMs);
      this.client.once('ready', onReady);
    });
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new TypeError('RedisStorage.read: keys must be an array');
    const unique = [...new Set(keys)];
    if (unique.length === 0) return {};
    // Separate HMGETs (pipelined by node-redis) rather than one multi-key
    // command, so the keys need not share a cluster slot.
    const replies = await this.run('read', () =>
      Promise.all(unique.map((key) => this.client.hmGet(this.redisKey(key), ['etag', 'data']))),
    );
    const items: StoreItems = {};
    unique.forEach((key, i) => {
      const [eTag, data] = replies[i] ?? [];
      if (typeof eTag !== 'string' || typeof data !== 'string') return; // absent (or expired)
      let parsed: unknown;
      try {
        parsed = JSON.parse(data);
      } catch (cause) {
        // Corrupt data must surface, not be silently read as "no state".
        throw new Error(`RedisStorage.read: stored value for "${key}" is not valid JSON`, { cause });
      }
      if (!isObject(parsed)) throw new Error(`RedisStorage.read: stored value for "${key}" is not an object`);
      items[key] = { ...parsed, eTag };
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!isObject(changes)) throw new TypeError('RedisStorage.write: changes must be an object');
    const entries = Object.entries(changes);
    if (entries.length === 0) return;
    const prepared = entries.map(([key, item]: [string, unknown]) => {
      if (!isObject(item)) throw new TypeError(`RedisStorage.write: item for "${key}" must be an object`);
      const { eTag, ...rest } = item;
      const expected = typeof eTag === 'string' && eTag !== '*' ? eTag : '';
      return { key, item, expected, newETag: randomUUID(), json: JSON.stringify(rest), ttlMs: this.ttlMsFor(key) };
    });

    const outcomes = await Promise.allSettled(
      prepared.map((p) =>
        this.run('write', () =>
          this.evalWrite([this.redisKey(p.key)], [p.expected, p.newETag, p.json, String(p.ttlMs)]),
        ),
      ),
    );

    const conflicts: string[] = [];
    let failure: unknown;
    outcomes.forEach((outcome, i) => {
      const p = prepared[i]!;
      if (outcome.status === 'rejected') {
        failure ??= outcome.reason;
      } else if (outcome.value === 1) {
        // Reflect.set rather than assignment: a frozen item must not turn a
        // successful write into an exception.
        Reflect.set(p.item, 'eTag', p.newETag);
      } else {
        conflicts.push(p.key);
      }
    });
    // Unavailability wins: the caller's remedy (retry later) differs from a conflict's (re-read).
    if (failure !== undefined) throw failure;
    if (conflicts.length > 0) throw new ETagConflictError(conflicts);
  }

  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new TypeError('RedisStorage.delete: keys must be an array');
    const unique = [...new Set(keys)];
    if (unique.length === 0) return;
    await this.run('delete', () => Promise.all(unique.map((key) => this.client.unlink(this.redisKey(key)))));
  }

  /**
   * Takes the lock `name` for `leaseMs` if nobody holds it (SET NX PX): true
   * when taken. `token` identifies the holder for unlock/extendLock. Rejects
   * with StorageUnavailableError when Redis is unreachable.
   */
  async tryLock(name: string, token: string, leaseMs: number): Promise<boolean> {
    const reply = await this.run('lock', () =>
      this.client.set(this.lockKeyPrefix + name, token, { condition: 'NX', expiration: { type: 'PX', value: Math.max(1, Math.ceil(leaseMs)) } }),
    );
    return reply === 'OK';
  }

  /** Releases the lock if `token` still holds it; false if it had expired or passed to another holder. */
  async unlock(name: string, token: string): Promise<boolean> {
    const reply = await this.run('unlock', () => this.client.eval(UNLOCK_SCRIPT, { keys: [this.lockKeyPrefix + name], arguments: [token] }));
    return reply === 1;
  }

  /** Renews the lease if `token` still holds the lock; false otherwise. */
  async extendLock(name: string, token: string, leaseMs: number): Promise<boolean> {
    const reply = await this.run('lock', () =>
      this.client.eval(EXTEND_SCRIPT, { keys: [this.lockKeyPrefix + name], arguments: [token, String(Math.max(1, Math.ceil(leaseMs)))] }),
    );
    return reply === 1;
  }

  /** The Redis key of the lock `name` (for tests and operators). */
  lockKey(name: string): string {
    return this.lockKeyPrefix + name;
  }

  /** For /readyz: true when Redis answers PING within the operation deadline. Never throws. */
  async ping(): Promise<boolean> {
    try {
      return (await this.run('ping', () => this.client.ping())) === 'PONG';
    } catch {
      return false;
    }
  }

  /** Waits for in-flight commands (bounded by the deadline), then disconnects. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (!this.client.isOpen) return;
    if (!this.client.isReady) {
      this.client.destroy(); // reconnecting: nothing in flight to wait for
      return;
    }
    try {
      await this.run('close', () => this.client.close(), true);
    } catch {
      this.client.destroy();
    }
  }

  private redisKey(storageKey: string): string {
    return this.keyPrefix + storageKey;
  }

  private ttlMsFor(storageKey: string): number {
    const seconds = typeof this.ttl === 'function' ? this.ttl(storageKey) : this.ttl;
    if (seconds === undefined) return 0;
    assertValidTtl(seconds);
    return Math.max(1, Math.ceil(seconds * 1000));
  }

  /** EVALSHA, falling back to EVAL when the server has not cached the script (e.g. after a restart). */
  private async evalWrite(keys: string[], args: string[]): Promise<number> {
    let reply: unknown;
    try {
      reply = await this.client.evalSha(WRITE_SCRIPT_SHA1, { keys, arguments: args });
    } catch (err) {
      if (!(err instanceof ErrorReply) || !err.message.startsWith('NOSCRIPT')) throw err;
      reply = await this.client.eval(WRITE_SCRIPT, { keys, arguments: args });
    }
    if (reply !== 0 && reply !== 1) throw new Error(`RedisStorage.write: unexpected script reply ${String(reply)}`);
    return reply;
  }

  /**
   * Runs one operation under a deadline and translates transport failures into
   * StorageUnavailableError. node-redis's own command timeout stops counting
   * once a command is written to the socket, so a server that accepts bytes but
   * never answers would otherwise hang the turn.
   */
  private async run<T>(operation: StorageOperation, fn: () => Promise<T>, evenIfClosed = false): Promise<T> {
    if (this.closed && !evenIfClosed) throw new StorageUnavailableError(operation, 'storage is closed');
    try {
      return await withDeadline(fn(), this.operationTimeoutMs, () => new StorageUnavailableError(operation, `no answer within ${this.operationTimeoutMs} ms`));
    } catch (err) {
      throw toStorageError(operation, err);
    }
  }
}

function assertValidTtl(seconds: number): void {
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new RangeError(`RedisStorage: TTL must be a positive number of seconds, got ${seconds}`);
  }
}
