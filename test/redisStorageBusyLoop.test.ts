/**
 * RedisStorage's per-operation deadline must measure Redis, not this process:
 * when a CPU-bound turn blocks the event loop past the deadline, Redis's
 * answer is already waiting in the socket and must win over the timer.
 *
 * The event loop is blocked until both the deadline has passed AND Redis has
 * executed the command (asked synchronously with redis-cli), so the test does
 * not depend on how busy the machine is.
 */
import { execFileSync } from 'node:child_process';
import { RedisDirectLineStore } from '../src/http/directLine/redisStore';
import { RedisStorage, StorageUnavailableError } from '../src/storage/redisStorage';
import { describeWithRedis, realClockEnv, RedisServer } from './support/redisServer';

const DEADLINE_MS = 200;

describeWithRedis('RedisStorage deadline with a busy event loop', () => {
  let redis: RedisServer;
  let storage: RedisStorage;
  let directLine: RedisDirectLineStore;

  beforeAll(async () => {
    redis = await RedisServer.start();
    storage = new RedisStorage({ url: redis.url, keyPrefix: 'busy:', operationTimeoutMs: DEADLINE_MS });
    await storage.whenReady(60_000);
    const limits = { maxConversations: 10, maxActivities: 10, maxBytes: 10_000, idleMs: 600_000, maxTokensPerConversation: 2 };
    directLine = new RedisDirectLineStore({ url: redis.url, keyPrefix: 'busy-dl:', limits, operationTimeoutMs: DEADLINE_MS });
    await directLine.whenReady(60_000);
  });
  afterAll(async () => {
    await storage?.close();
    await directLine?.close();
    await redis?.dispose();
  });

  /** How many times Redis has executed `command` (INFO commandstats). */
  function calls(commands: string | string[]): number {
    const info = execFileSync('redis-cli', ['-p', String(redis.port), 'INFO', 'commandstats'], { encoding: 'utf8', env: realClockEnv(), timeout: 60_000 });
    let total = 0;
    for (const command of ([] as string[]).concat(commands)) {
      const m = new RegExp(`cmdstat_${command}:calls=(\\d+)`).exec(info);
      total += m ? Number(m[1]) : 0;
    }
    return total;
  }

  /** node-redis writes queued commands to the socket on a later tick. */
  async function commandsFlushed(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
  }

  /**
   * A synchronous turn hogging the CPU past the deadline, until Redis has run
   * `command` once more than `before`. Redis writes a reply before it reads
   * the next command, so once INFO shows the call, the reply is in our socket.
   */
  function blockUntilExecuted(command: string | string[], before: number): void {
    const deadlinePassed = Date.now() + DEADLINE_MS * 2;
    // A command never written would block this loop (and jest's own timeout) for ever: fail instead.
    const hang = Date.now() + 120_000;
    while (Date.now() < deadlinePassed || calls(command) <= before) {
      if (Date.now() > hang) throw new Error(`Redis never ran ${String(command)}: was it written to the socket before the loop?`);
    }
    // Redis queues a reply at execution and writes it before it reads more commands; this INFO could
    // have been executed in the same round, its reply written before ours. One more round trip is a
    // barrier: once it is answered, our reply is in the socket.
    calls(command);
  }

  test('an answer that arrived while the loop was blocked is not reported as a timeout', async () => {
    await storage.write({ k: { v: 1 } });
    const reads = calls('hmget');
    const pending = storage.read(['k']);
    await commandsFlushed();
    blockUntilExecuted('hmget', reads);
    await expect(pending).resolves.toMatchObject({ k: { v: 1 } });

    const writes = calls(['evalsha', 'eval']);
    const write = storage.write({ k: { v: 2 } });
    await commandsFlushed();
    blockUntilExecuted(['evalsha', 'eval'], writes);
    await expect(write).resolves.toBeUndefined();
  });

  test('the Direct Line store too: an answer that arrived while the loop was blocked wins', async () => {
    const user = { id: 'u1', name: 'Sam', role: 'user' };
    expect(await directLine.create({ id: 'busy-c', user, started: false }, Date.now())).toBe(true);
    const reads = calls('hgetall');
    const pending = directLine.get('busy-c');
    await commandsFlushed();
    blockUntilExecuted('hgetall', reads);
    await expect(pending).resolves.toMatchObject({ id: 'busy-c', user });
  });

  test('a Redis that really does not answer still times out', async () => {
    redis.pause();
    try {
      await expect(storage.read(['k'])).rejects.toBeInstanceOf(StorageUnavailableError);
    } finally {
      redis.resume();
    }
  });
});
