/**
 * RedisStorage's per-operation deadline must measure Redis, not this process:
 * when a CPU-bound turn blocks the event loop past the deadline, Redis's
 * answer is already waiting in the socket and must win over the timer.
 */
import { RedisStorage, StorageUnavailableError } from '../src/storage/redisStorage';
import { describeWithRedis, RedisServer } from './support/redisServer';

describeWithRedis('RedisStorage deadline with a busy event loop', () => {
  let redis: RedisServer;
  let storage: RedisStorage;

  beforeAll(async () => {
    redis = await RedisServer.start();
    storage = new RedisStorage({ url: redis.url, keyPrefix: 'busy:', operationTimeoutMs: 200 });
    await storage.whenReady(5000);
  });
  afterAll(async () => {
    await storage?.close();
    await redis?.dispose();
  });

  function blockFor(ms: number): void {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      // a synchronous turn hogging the CPU
    }
  }

  test('an answer that arrived while the loop was blocked is not reported as a timeout', async () => {
    await storage.write({ k: { v: 1 } });
    const pending = storage.read(['k']);
    blockFor(600); // three deadlines long
    await expect(pending).resolves.toMatchObject({ k: { v: 1 } });
    const write = storage.write({ k: { v: 2 } });
    blockFor(600);
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
