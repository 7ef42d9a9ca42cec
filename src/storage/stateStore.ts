/**
 * Where conversation and user state live, chosen by STORAGE: MemoryStorage
 * (default; one process, lost on restart) or RedisStorage (shared by every
 * instance, survives restarts, conversation state expires after
 * CONVERSATION_TTL_SECONDS idle). Each comes with the matching turn lock.
 */
import { MemoryStorage, type Storage } from 'botbuilder';
import type { Config } from '../config';
import type { RedisStorage, StorageLogger } from './redisStorage';
import { MemoryTurnLock, RedisTurnLock, type TurnLock } from './turnLock';

export interface StateStore {
  kind: 'memory' | 'redis' | 'custom';
  storage: Storage;
  lock: TurnLock;
  /** For /readyz: storage reachable. Never throws. */
  isReady(): Promise<boolean>;
  /** Closes the connection (Redis); idempotent. */
  close(): Promise<void>;
}

export type StateStoreConfig = Pick<
  Config,
  'storage' | 'redisUrl' | 'redisKeyPrefix' | 'conversationTtlSeconds' | 'userTtlSeconds' | 'turnLockWaitMs' | 'redisTimeoutMs'
>;

export interface StateStoreLogger extends StorageLogger {
  warn(obj: object, msg: string): void;
}

export function createStateStore(config: StateStoreConfig, logger?: StateStoreLogger): StateStore {
  if (config.storage === 'redis') {
    // Loaded only when used: the Redis client adds ~80 ms to every start-up.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { RedisStorage, botStateTtl } = require('./redisStorage') as typeof import('./redisStorage');
    const redis = new RedisStorage({
      url: config.redisUrl,
      keyPrefix: `${config.redisKeyPrefix}state:`,
      lockKeyPrefix: `${config.redisKeyPrefix}lock:`,
      ttlSeconds: botStateTtl({ conversationSeconds: config.conversationTtlSeconds, userSeconds: config.userTtlSeconds }),
      operationTimeoutMs: config.redisTimeoutMs,
      logger,
    });
    return redisStateStore(redis, config.turnLockWaitMs, logger);
  }
  return memoryStateStore(new MemoryStorage(), config.turnLockWaitMs);
}

function redisStateStore(redis: RedisStorage, waitMs: number, logger?: StateStoreLogger): StateStore {
  const lock = new RedisTurnLock(redis, { waitMs, onWarning: (message, err) => logger?.warn(err ? { err } : {}, message) });
  return { kind: 'redis', storage: redis, lock, isReady: () => redis.ping(), close: () => redis.close() };
}

/** The store for an injected storage (tests): Redis gets the Redis turn lock, anything else an in-process one. */
export function stateStoreFor(storage: Storage, waitMs: number, logger?: StateStoreLogger): StateStore {
  if ((storage as Partial<RedisStorage>).backend === 'redis') return redisStateStore(storage as RedisStorage, waitMs, logger);
  return memoryStateStore(storage, waitMs, storage instanceof MemoryStorage ? 'memory' : 'custom');
}

/** In-process storage (MemoryStorage, or any injected Storage) with an in-process turn lock. */
export function memoryStateStore(storage: Storage, waitMs?: number, kind: StateStore['kind'] = 'memory'): StateStore {
  return {
    kind,
    storage,
    lock: new MemoryTurnLock({ waitMs }),
    isReady: async () => true,
    close: async () => undefined,
  };
}
