import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { rateLimitMiddleware, type RateLimitedBody } from '../src/http/rateLimitMiddleware';
import { RateLimiter } from '../src/util/rateLimiter';

function fakeClock(start = 1_000_000) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('RateLimiter', () => {
  test('allows a burst of `capacity`, then refuses', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ capacity: 3, refillPerSecond: 1, now: clock.now });
    expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([true, true, true, false]);
  });

  test('refills at the configured rate, never above capacity', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ capacity: 2, refillPerSecond: 2, now: clock.now });
    limiter.take('a');
    limiter.take('a');
    expect(limiter.take('a')).toBe(false);
    clock.advance(500); // one token back
    expect(limiter.take('a')).toBe(true);
    expect(limiter.take('a')).toBe(false);
    clock.advance(60_000); // long idle: back to a full bucket, not 120 tokens
    expect([1, 2, 3].map(() => limiter.take('a'))).toEqual([true, true, false]);
  });

  test('keys are independent', () => {
    const limiter = new RateLimiter({ capacity: 1, refillPerSecond: 0.1, now: fakeClock().now });
    expect(limiter.take('ip-1')).toBe(true);
    expect(limiter.take('ip-1')).toBe(false);
    expect(limiter.take('ip-2')).toBe(true);
  });

  test('consume reports remaining tokens and a Retry-After of at least 1 s', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ capacity: 2, refillPerSecond: 0.2, now: clock.now });
    expect(limiter.consume('a')).toEqual({ allowed: true, remaining: 1, retryAfterSeconds: 0 });
    expect(limiter.consume('a')).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
    expect(limiter.consume('a')).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 5 });
    clock.advance(4_000);
    expect(limiter.consume('a').retryAfterSeconds).toBe(1);
  });

  test('memory is bounded: the least recently used key is evicted', () => {
    const limiter = new RateLimiter({ capacity: 1, refillPerSecond: 0.001, maxKeys: 3, now: fakeClock().now });
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    limiter.take('a'); // 'a' is now the most recent, 'b' the least
    limiter.take('d'); // evicts 'b'
    expect(limiter.size).toBe(3);
    expect(limiter.take('a')).toBe(false); // still tracked, still empty
    expect(limiter.take('b')).toBe(true); // evicted: starts afresh
    for (let i = 0; i < 10_000; i++) limiter.take(`flood-${i}`);
    expect(limiter.size).toBe(3);
  });

  test('a clock stepping back neither refills nor breaks the bucket', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter({ capacity: 1, refillPerSecond: 1, now: clock.now });
    expect(limiter.take('a')).toBe(true);
    clock.advance(-10_000);
    expect(limiter.take('a')).toBe(false);
    clock.advance(1_000);
    expect(limiter.take('a')).toBe(true);
  });

  test('reset forgets keys', () => {
    const limiter = new RateLimiter({ capacity: 1, refillPerSecond: 0.001, now: fakeClock().now });
    limiter.take('a');
    limiter.reset('a');
    expect(limiter.take('a')).toBe(true);
    limiter.reset();
    expect(limiter.size).toBe(0);
  });

  test('rejects nonsensical options', () => {
    expect(() => new RateLimiter({ capacity: 0, refillPerSecond: 1 })).toThrow(RangeError);
    expect(() => new RateLimiter({ capacity: 1, refillPerSecond: 0 })).toThrow(RangeError);
    expect(() => new RateLimiter({ capacity: 1, refillPerSecond: Number.NaN })).toThrow(RangeError);
    expect(() => new RateLimiter({ capacity: 1, refillPerSecond: 1, maxKeys: 0 })).toThrow(RangeError);
  });
});

describe('rateLimitMiddleware', () => {
  let server: Server;
  let base: string;
  const limited: string[] = [];

  beforeAll(async () => {
    const app = express();
    // Per-IP limit on one route; a second route is keyed by a header to test keyOf.
    app.get(
      '/ip',
      rateLimitMiddleware({
        limiter: new RateLimiter({ capacity: 2, refillPerSecond: 0.1 }),
        onLimited: (_req, key) => limited.push(key),
      }),
      (_req, res) => {
        res.json({ ok: true });
      },
    );
    app.get(
      '/custom',
      rateLimitMiddleware({
        limiter: new RateLimiter({ capacity: 1, refillPerSecond: 0.1 }),
        keyOf: (req) => req.get('x-client'),
      }),
      (_req, res) => {
        res.json({ ok: true });
      },
    );
    server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test('answers 429 JSON with Retry-After once the client IP is over its limit', async () => {
    expect((await fetch(`${base}/ip`)).status).toBe(200);
    expect((await fetch(`${base}/ip`)).status).toBe(200);
    const res = await fetch(`${base}/ip`);
    expect(res.status).toBe(429);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(res.headers.get('retry-after')).toBe('10');
    const body = (await res.json()) as RateLimitedBody;
    expect(body).toEqual({
      error: 'too_many_requests',
      message: expect.any(String),
      retryAfterSeconds: 10,
    });
    expect(limited).toEqual(['127.0.0.1']);
  });

  test('keyOf chooses the key; no key means no limit', async () => {
    const get = (client?: string) =>
      fetch(`${base}/custom`, { headers: client ? { 'x-client': client } : {} }).then((r) => r.status);
    expect(await get('a')).toBe(200);
    expect(await get('a')).toBe(429);
    expect(await get('b')).toBe(200);
    expect(await get()).toBe(200);
    expect(await get()).toBe(200);
  });
});
