/**
 * In-memory token-bucket rate limiting, keyed by any string: a client IP for
 * the HTTP middleware, a conversation id for per-conversation limits in the bot.
 *
 * Token bucket because it allows a short burst (a user typing three quick
 * messages) while capping the sustained rate, and needs only two numbers per
 * key. Memory is bounded: at most `maxKeys` buckets, least recently used
 * evicted first. An evicted key simply starts again with a full bucket, which
 * is what it would have had after idling anyway.
 *
 * Limits are per process: with N instances a client gets up to N times the
 * rate. That is accepted; this guards against floods, it is not a quota.
 */

export interface RateLimiterOptions {
  /** Burst size: tokens a new key starts with and the most it can hold. */
  capacity: number;
  /** Sustained rate: tokens added back per second. */
  refillPerSecond: number;
  /** Most keys tracked at once. Default 10 000. */
  maxKeys?: number;
  /** Clock in ms; injectable for tests. Default Date.now. */
  now?: () => number;
}

export interface RateDecision {
  allowed: boolean;
  /** Whole tokens left after this request. */
  remaining: number;
  /** When refused: seconds until the request would be allowed (at least 1). 0 when allowed. */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly capacity: number;
  private readonly refillPerMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(options: RateLimiterOptions) {
    if (!(options.capacity >= 1)) throw new RangeError('RateLimiter: capacity must be at least 1');
    if (!(options.refillPerSecond > 0)) throw new RangeError('RateLimiter: refillPerSecond must be positive');
    const maxKeys = options.maxKeys ?? 10_000;
    if (!(maxKeys >= 1)) throw new RangeError('RateLimiter: maxKeys must be at least 1');
    this.capacity = options.capacity;
    this.refillPerMs = options.refillPerSecond / 1000;
    this.maxKeys = maxKeys;
    this.now = options.now ?? Date.now;
  }

  /** Takes one token for `key`: true if allowed, false if over the limit. */
  take(key: string): boolean {
    return this.consume(key).allowed;
  }

  /** Takes `cost` tokens for `key` if it has them, and says how it went. */
  consume(key: string, cost = 1): RateDecision {
    const now = this.now();
    const bucket = this.refreshed(key, now);
    if (bucket.tokens >= cost) {
      bucket.tokens -= cost;
      return { allowed: true, remaining: Math.floor(bucket.tokens), retryAfterSeconds: 0 };
    }
    const waitMs = (Math.min(cost, this.capacity) - bucket.tokens) / this.refillPerMs;
    return {
      allowed: false,
      remaining: Math.floor(bucket.tokens),
      retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
    };
  }

  /** Number of keys currently tracked (never above maxKeys). */
  get size(): number {
    return this.buckets.size;
  }

  /** Forgets one key, or all keys. */
  reset(key?: string): void {
    if (key === undefined) this.buckets.clear();
    else this.buckets.delete(key);
  }

  /** The key's bucket, refilled for the time elapsed and moved to most-recently-used. */
  private refreshed(key: string, now: number): Bucket {
    const existing = this.buckets.get(key);
    let bucket: Bucket;
    if (existing) {
      // A clock that steps back must not drain or overfill the bucket.
      const elapsed = Math.max(0, now - existing.updatedAt);
      bucket = { tokens: Math.min(this.capacity, existing.tokens + elapsed * this.refillPerMs), updatedAt: now };
      // Delete + set moves the key to the end of the Map's insertion order: the Map is the LRU list.
      this.buckets.delete(key);
    } else {
      bucket = { tokens: this.capacity, updatedAt: now };
      // Make room first; the first key in insertion order is the least recently used.
      while (this.buckets.size >= this.maxKeys) {
        const oldest = this.buckets.keys().next();
        if (oldest.done) break;
        this.buckets.delete(oldest.value);
      }
    }
    this.buckets.set(key, bucket);
    return bucket;
  }
}
