/**
 * Where conversation and user state live, chosen by STORAGE: MemoryStorage
 * (default; one process, lost on restart) or RedisStorage (shared by every
 * instance, survives restarts, conversation state expires after
 * CONVERSATION_TTL_SECONDS idle). Each comes with the matching turn lock.
 */
import { MemoryStorage, type Storage } from 'botbuilder';
import type { Config } from '../config';
import { botStateTtl, RedisStorage, type StorageLogger } from './redisStorage';
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
  'storage' | 'redisUrl' | 'redisKeyPrefix' | 'conversationTtlSeconds' | 'userTtlSeconds' | 'turnLockWaitMs'
>;

export interface StateStoreLogger extends StorageLogger {
  warn(obj: object, msg: string): void;
}

export function createStateStore(config: StateStoreConfig, logger?: StateStoreLogger): StateStore {
  if (config.storage === 'redis') {
    const redis = new RedisStorage({
      url: config.redisUrl,
      keyPrefix: `${config.redisKeyPrefix}state:`,
      lockKeyPrefix: `${config.redisKeyPrefix}lock:`,
      ttlSeconds: botStateTtl({ conversationSeconds: config.conversationTtlSeconds, userSeconds: config.userTtlSeconds }),
      logger,
    });
    const lock = new RedisTurnLock(redis, {
      waitMs: config.turnLockWaitMs,
      onWarning: (message, err) => logger?.warn(err ? { err } : {}, message),
    });
    return { kind: 'redis', storage: redis, lock, isReady: () => redis.ping(), close: () => redis.close() };
  }
  return memoryStateStore(new MemoryStorage(), config.turnLockWaitMs);
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
