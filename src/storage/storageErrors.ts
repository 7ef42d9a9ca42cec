// Errors of the storage layer, in a module of their own so that code which
// only needs to recognise them does not load the Redis client.

/** Redis is unreachable, timed out, or the storage was closed. Safe to retry later. */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
  constructor(
    readonly operation: StorageOperation,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`Storage unavailable during ${operation}: ${message}`, options);
  }
}

/** A write carried an eTag that no longer matches the stored item. */
export class ETagConflictError extends Error {
  override readonly name = 'ETagConflictError';
  constructor(readonly keys: readonly string[]) {
    // Same wording as botbuilder's MemoryStorage, so existing log searches still match.
    super(keys.map((key) => `Storage: error writing "${key}" due to eTag conflict.`).join(' '));
  }
}

export type StorageOperation = 'read' | 'write' | 'delete' | 'ping' | 'connect' | 'close' | 'lock' | 'unlock';
