/**
 * The node-redis client as this app uses it, and what its failures mean: the
 * client fails fast while disconnected and reconnects forever, and a transport
 * failure or a "try later" reply becomes StorageUnavailableError. Shared by the
 * bot-state storage and the Direct Line store.
 */
import {
  AbortError,
  ClientClosedError,
  ClientOfflineError,
  ConnectionTimeoutError,
  createClient,
  DisconnectsClientError,
  ErrorReply,
  ReconnectStrategyError,
  SocketClosedUnexpectedlyError,
  SocketTimeoutError,
  TimeoutError,
} from 'redis';
import { StorageUnavailableError, type StorageOperation } from './storageErrors';

// Server replies that mean "not now" rather than "your request is wrong".
const TRANSIENT_REPLY = /^(LOADING|BUSY|MASTERDOWN|READONLY|TRYAGAIN|CLUSTERDOWN)\b/;

/** A node-redis client that fails fast while disconnected and reconnects forever (also used by the Direct Line store). */
export function buildClient(url: string, connectTimeoutMs: number, maxReconnectDelayMs: number) {
  return createClient({
    url,
    // Reject commands at once while disconnected instead of queueing them
    // until Redis returns: a bot turn must fail fast, not hang.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: connectTimeoutMs,
      // Never give up: reconnect forever, backing off exponentially up to the
      // cap, with jitter so many instances do not reconnect in lock-step.
      reconnectStrategy: (retries: number) =>
        Math.min(50 * 2 ** Math.min(retries, 16), maxReconnectDelayMs) + Math.floor(Math.random() * 100),
    },
  });
}
export type RedisClient = ReturnType<typeof buildClient>;

// node-redis errors that mean "could not talk to Redis".
const TRANSPORT_ERRORS = [
  AbortError,
  ClientClosedError,
  ClientOfflineError,
  ConnectionTimeoutError,
  DisconnectsClientError,
  ReconnectStrategyError,
  SocketClosedUnexpectedlyError,
  SocketTimeoutError,
  TimeoutError,
] as const;

/**
 * Transport failures (node-redis's connection errors, and raw socket errors
 * such as ECONNRESET that it passes on to in-flight commands) and the server's
 * "try later" replies become StorageUnavailableError. Anything else (a
 * WRONGTYPE reply, corrupt data, a bug) passes through unchanged so that it is
 * not mistaken for a passing outage.
 */
export function toStorageError(operation: StorageOperation, err: unknown): unknown {
  if (!(err instanceof Error) || err instanceof StorageUnavailableError) return err;
  const transient =
    err instanceof ErrorReply
      ? TRANSIENT_REPLY.test(err.message)
      : TRANSPORT_ERRORS.some((type) => err instanceof type) || isSystemError(err);
  return transient ? new StorageUnavailableError(operation, err.message, { cause: err }) : err;
}

function isSystemError(err: Error): boolean {
  return typeof (err as NodeJS.ErrnoException).syscall === 'string';
}
