/**
 * Graceful shutdown of the real server process on SIGTERM: turns in flight
 * finish and are answered, new work is refused with 503, /readyz says 503,
 * Redis is closed, and the process exits 0 (or 1 if in-flight work outlives
 * SHUTDOWN_TIMEOUT_SECONDS).
 *
 * A slow turn is made deterministic by holding its conversation's turn lock
 * in Redis from the test, the way a turn of the same conversation on another
 * instance would: the turn waits for it, in flight, until the test lets go.
 */
import { createClient } from 'redis';
import { BotProcess, repliesText } from './support/botProcess';
import { describeWithRedis, RedisServer, sleep } from './support/redisServer';


// Limits below catch hangs, never slowness: the lock is held and released by the
// test, a turn may wait for it as long as the test runs, and draining may take as
// long as a loaded machine needs (jest's own limit is raised to match).
const HANG_MS = 600_000;
const TEST_MS = 5 * 60_000;

describeWithRedis('graceful shutdown (real process, real Redis)', () => {
  /** How many SET commands Redis has run: a turn's lock attempt (SET NX) counts. */
  const lockTries = async () => Number(/cmdstat_set:calls=(\d+)/.exec(await raw.info('commandstats'))?.[1] ?? 0);

  /** Waits for the event, not a fixed time: the request is in once its turn has tried the lock. */
  async function turnTriedTheLock(before: number): Promise<void> {
    for (const deadline = Date.now() + 30_000; (await lockTries()) <= before; ) {
      if (Date.now() > deadline) throw new Error('the turn never tried the lock');
      await sleep(10);
    }
  }

  let redis: RedisServer;
  let raw: ReturnType<typeof createClient>;
  const bots: BotProcess[] = [];

  beforeAll(async () => {
    redis = await RedisServer.start();
    raw = createClient({ url: redis.url });
    await raw.connect();
  });

  afterAll(async () => {
    await Promise.all(bots.map((b) => b.kill()));
    raw?.destroy();
    await redis?.dispose();
  });

  async function startBot(extra: Record<string, string> = {}): Promise<{ bot: BotProcess; prefix: string }> {
    const prefix = `shutdown-${bots.length}:`;
    const bot = await BotProcess.start({ STORAGE: 'redis', REDIS_URL: redis.url, REDIS_KEY_PREFIX: prefix, ...extra });
    bots.push(bot);
    // Warm up, and make sure Redis is reachable from it.
    expect((await bot.send({ text: 'hello', conversation: { id: 'warm-up' } })).status).toBe(200);
    return { bot, prefix };
  }

  test('SIGTERM during a slow turn: the turn completes and is answered, new work gets 503, exit code 0', async () => {
    const { bot, prefix } = await startBot({ SHUTDOWN_TIMEOUT_SECONDS: String(TEST_MS / 1000), TURN_LOCK_WAIT_MS: String(HANG_MS) });
    const conversation = { id: 'slow-conversation' };
    const lockKey = `${prefix}lock:test/conversations/${conversation.id}`;
    expect(await raw.set(lockKey, 'held-by-the-test', { expiration: { type: 'PX', value: HANG_MS } })).toBe('OK');

    const triesBefore = await lockTries();
    let answeredAt = 0;
    const inFlight = bot.send({ text: 'ice or heat?', conversation }, HANG_MS).then((r) => {
      answeredAt = Date.now();
      return r;
    });
    await turnTriedTheLock(triesBefore);

    const sigtermAt = Date.now();
    bot.child.kill('SIGTERM');
    // The signal is handled when the process gets to it: wait for its log line (draining is set before it), not a fixed time.
    await bot.waitForLine((l) => /^shutting down: finishing work in flight/.test(String(l.msg)));
    expect(answeredAt).toBe(0); // still in flight

    // Draining: not ready, new turns refused, but the in-flight one is not dropped.
    const readyz = await fetch(`${bot.url}/readyz`);
    expect(readyz.status).toBe(503);
    const refused = await bot.send({ text: 'hello', conversation: { id: 'late-comer' } });
    expect(refused.status).toBe(503);
    expect(JSON.parse(refused.body)).toMatchObject({ error: 'shutting_down' });
    expect(bot.running).toBe(true);

    await raw.del(lockKey); // the "other instance" finishes its turn
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(repliesText(answer.replies)).toMatch(/15 to 20 minutes/);
    expect(answeredAt).toBeGreaterThan(sigtermAt);

    const exit = await bot.stop('SIGTERM', 60_000); // already exiting; waits for it
    expect(exit).toEqual({ code: 0, signal: null });
    expect(bot.lines.find((l) => l.msg === 'shut down')).toMatchObject({ drained: true });
    expect(bot.lines.find((l) => l.msg === 'exiting')).toMatchObject({ drained: true, shutdownMs: expect.any(Number) });
    // Everything it printed was a JSON log line.
    expect(bot.otherOutput).toEqual([]);
    // Its state and lock are in Redis as the turn left them (the lock released).
    expect(await raw.exists(lockKey)).toBe(0);
    expect(await raw.exists(`${prefix}state:test/conversations/${conversation.id}/`)).toBe(1);
  }, TEST_MS);

  test('SIGTERM with many turns at once: each is answered or cleanly refused (503), none is cut off; exit code 0', async () => {
    // 24 turns at once on a loaded machine can take minutes: the drain deadline and the requests' limits only catch a hang.
    const { bot } = await startBot({ SHUTDOWN_TIMEOUT_SECONDS: String(TEST_MS / 1000) });
    const sends = Array.from({ length: 24 }, (_, i) =>
      bot.send({ text: i % 2 ? 'check my symptoms' : 'can I take ibuprofen?', conversation: { id: `many-${i}` } }, HANG_MS).then(
        (r) => ({ ok: true as const, status: r.status, text: repliesText(r.replies) }),
        (err: unknown) => ({ ok: false as const, status: 0, text: String(err) }),
      ),
    );
    // SIGTERM once the first answer is back, while the others are still in flight (an event, not a sleep).
    await Promise.race(sends);
    bot.child.kill('SIGTERM');
    const results = await Promise.all(sends);
    const exit = await bot.stop('SIGTERM', HANG_MS);
    expect(exit).toEqual({ code: 0, signal: null });
    for (const r of results) {
      if (r.status === 200) expect(r.text).toMatch(/where is the pain|NSAID/i);
      else if (r.ok) expect(r.status).toBe(503);
      else expect(r.text).toMatch(/ECONNREFUSED|fetch failed/); // not connected before the listener closed
    }
    expect(results.filter((r) => r.status === 200).length).toBeGreaterThan(0);
  }, TEST_MS);

  test('a turn that outlives SHUTDOWN_TIMEOUT_SECONDS does not block the exit: exit code 1 after the timeout', async () => {
    const { bot, prefix } = await startBot({ SHUTDOWN_TIMEOUT_SECONDS: '1', TURN_LOCK_WAIT_MS: String(HANG_MS) });
    const conversation = { id: 'stuck-conversation' };
    await raw.set(`${prefix}lock:test/conversations/${conversation.id}`, 'held-forever', { expiration: { type: 'PX', value: HANG_MS } });
    const triesBefore = await lockTries();
    const stuck = bot.send({ text: 'ice or heat?', conversation }, HANG_MS).catch(() => undefined);
    await turnTriedTheLock(triesBefore);
    const exit = await bot.stop('SIGTERM', 60_000);
    // Exit code 1 and "gave up waiting" say it left because of the timeout, not because the turn ended.
    expect(exit).toEqual({ code: 1, signal: null });
    expect(bot.lines.find((l) => l.msg === 'exiting')).toMatchObject({ drained: false });
    expect(bot.lines.some((l) => /gave up waiting/.test(String(l.msg)))).toBe(true);
    await stuck;
  }, TEST_MS);
});
