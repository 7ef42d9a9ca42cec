import type { Config } from '../config';
import { FileReviewStore } from './fileReviewStore';
import type { Clock, ReviewStore } from './types';

export type ReviewStoreConfig = Pick<Config, 'storage' | 'redisUrl' | 'redisKeyPrefix' | 'reviewFile' | 'reviewTtlDays'>;

const DAY_MS = 86_400_000;

/** Redis with STORAGE=redis (shared by every instance), otherwise the JSON-lines file REVIEW_FILE. */
export function createReviewStore(config: ReviewStoreConfig, options: { clock?: Clock; logger?: { warn(obj: object, msg: string): void } } = {}): ReviewStore {
  const ttlMs = config.reviewTtlDays * DAY_MS;
  if (config.storage === 'redis') {
    // Loaded only when used, as for state: the Redis client costs start-up time.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { RedisReviewStore } = require('./redisReviewStore') as typeof import('./redisReviewStore');
    return new RedisReviewStore({ url: config.redisUrl, keyPrefix: `${config.redisKeyPrefix}review:`, ttlMs, clock: options.clock, logger: options.logger });
  }
  return new FileReviewStore({ path: config.reviewFile, ttlMs, clock: options.clock });
}
