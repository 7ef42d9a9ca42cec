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
import { RedisStorage, StorageUnavailableError } from '../src/storage/redisStorage';
import { describeWithRedis, RedisServer } from './support/redisServer';

const DEADLINE_MS = 200;

describeWithRedis('RedisStorage deadline with a busy event loop', () => {
  let redis: RedisServer;
  let storage: RedisStorage;

  beforeAll(async () => {
    redis = await RedisServer.start();
    storage = new RedisStorage({ url: redis.url, keyPrefix: 'busy:', operationTimeoutMs: DEADLINE_MS });
    await storage.whenReady(5000);
  });
  afterAll(async () => {
    await storage?.close();
    await redis?.dispose();
  });

  /** How many times Redis has executed `command` (INFO commandstats). */
  function calls(commands: string | string[]): number {
    const info = execFileSync('redis-cli', ['-p', String(redis.port), 'INFO', 'commandstats'], { encoding: 'utf8' });
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
    while (Date.now() < deadlinePassed || calls(command) <= before) {
      // busy
    }
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

  test('a Redis that really does not answer still times out', async () => {
    redis.pause();
    try {
      await expect(storage.read(['k'])).rejects.toBeInstanceOf(StorageUnavailableError);
    } finally {
      redis.resume();
    }
  });
});
