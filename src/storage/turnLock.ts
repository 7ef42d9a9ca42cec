/**
 * One turn at a time per conversation.
 *
 * botbuilder's BotState.saveChanges() writes with eTag '*': two turns of one
 * conversation that run at the same time (two quick messages, a retry, two
 * instances behind a load balancer) both read the same state and the second
 * write silently discards the first one's changes. A turn therefore runs
 * under a per-conversation lock:
 *
 * - MemoryTurnLock: a FIFO mutex per key inside this process (enough for
 *   MemoryStorage, whose state lives in this process anyway);
 * - RedisTurnLock: a lease in Redis (SET NX PX with a random token, released
 *   and renewed only by its holder through compare-and-delete/expire
 *   scripts), so that instances sharing one Redis exclude each other. It is
 *   layered under a MemoryTurnLock so that turns of one process queue in
 *   order locally instead of polling Redis against each other.
 *
 * Every wait is bounded: a turn that cannot get the lock within `waitMs`
 * fails with TurnLockTimeoutError (the user is asked to send it again). A
 * holder renews its lease while its turn runs, up to `maxHoldMs`; a holder
 * that dies leaves a lease that expires after `leaseMs`.
 */
import { randomUUID } from 'node:crypto';

export class TurnLockTimeoutError extends Error {
  override readonly name = 'TurnLockTimeoutError';
  constructor(waitedMs: number) {
    super(`The previous turn of this conversation did not finish within ${waitedMs} ms`);
  }
}

export interface TurnLock {
  /** Runs `fn` holding the lock for `key`; rejects with TurnLockTimeoutError if the wait exceeds the bound. */
  run<T>(key: string, fn: () => Promise<T>): Promise<T>;
}

export interface MemoryTurnLockOptions {
  /** Longest wait for the lock, in ms. Default 10 000. */
  waitMs?: number;
}

interface Queue {
  tail: Promise<void>;
  holders: number;
}

export class MemoryTurnLock implements TurnLock {
  private readonly queues = new Map<string, Queue>();
  private readonly waitMs: number;

  constructor(options: MemoryTurnLockOptions = {}) {
    this.waitMs = options.waitMs ?? 10_000;
  }

  /** Keys with a turn running or waiting (for tests: it returns to 0 when idle). */
  get size(): number {
    return this.queues.size;
  }

  async run<T>(key: string, fn: () => Promise<T>, waitMs = this.waitMs): Promise<T> {
    let queue = this.queues.get(key);
    if (!queue) {
      queue = { tail: Promise.resolve(), holders: 0 };
      this.queues.set(key, queue);
    }
    const q = queue;
    q.holders += 1;
    const previous = q.tail;
    let release!: () => void;
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    q.tail = previous.then(() => mine);
    const leave = (): void => {
      release();
      q.holders -= 1;
      if (q.holders === 0 && this.queues.get(key) === q) this.queues.delete(key);
    };

    let timer: NodeJS.Timeout | undefined;
    const acquired = await Promise.race([
      previous.then(() => true),
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), waitMs);
      }),
    ]);
    clearTimeout(timer);
    if (!acquired) {
      // Keep the queue's order: our slot is passed on as soon as it comes round.
      void previous.then(leave);
      throw new TurnLockTimeoutError(waitMs);
    }
    try {
      return await fn();
    } finally {
      leave();
    }
  }
}

/** What RedisTurnLock needs from the storage (RedisStorage implements it). */
export interface LockBackend {
  tryLock(name: string, token: string, leaseMs: number): Promise<boolean>;
  unlock(name: string, token: string): Promise<boolean>;
  extendLock(name: string, token: string, leaseMs: number): Promise<boolean>;
}

export interface RedisTurnLockOptions {
  /** Longest wait for the lock, in ms, local queue included. Default 10 000. */
  waitMs?: number;
  /** Lease of a held lock; renewed every third of it while the turn runs. Default 15 000. */
  leaseMs?: number;
  /** The lease is no longer renewed after this long (a stuck turn). Default 120 000. */
  maxHoldMs?: number;
  /** Poll interval bounds while another instance holds the lock. Default 10 and 100 ms. */
  retryMinMs?: number;
  retryMaxMs?: number;
  onWarning?(message: string, err?: unknown): void;
}

export class RedisTurnLock implements TurnLock {
  private readonly local: MemoryTurnLock;
  private readonly waitMs: number;
  private readonly leaseMs: number;
  private readonly maxHoldMs: number;
  private readonly retryMinMs: number;
  private readonly retryMaxMs: number;

  constructor(
    private readonly backend: LockBackend,
    private readonly options: RedisTurnLockOptions = {},
  ) {
    this.waitMs = options.waitMs ?? 10_000;
    this.leaseMs = options.leaseMs ?? 15_000;
    this.maxHoldMs = options.maxHoldMs ?? 120_000;
    this.retryMinMs = options.retryMinMs ?? 10;
    this.retryMaxMs = options.retryMaxMs ?? 100;
    this.local = new MemoryTurnLock({ waitMs: this.waitMs });
  }

  run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.waitMs;
    return this.local.run(key, () => this.runDistributed(key, deadline, fn));
  }

  private async runDistributed<T>(key: string, deadline: number, fn: () => Promise<T>): Promise<T> {
    const token = randomUUID();
    let delay = this.retryMinMs;
    for (;;) {
      let taken: boolean;
      try {
        taken = await this.backend.tryLock(key, token, this.leaseMs);
      } catch (err) {
        // The SET may still reach Redis (a hung server answers later): take it
        // back as soon as it can, so the next turn is not kept waiting a lease.
        this.backend.unlock(key, token).catch(() => undefined);
        throw err;
      }
      if (taken) break;
      const left = deadline - Date.now();
      if (left <= 0) throw new TurnLockTimeoutError(this.waitMs);
      await sleep(Math.min(left, delay + Math.floor(Math.random() * delay)));
      delay = Math.min(delay * 2, this.retryMaxMs);
    }

    const started = Date.now();
    const renew = setInterval(() => {
      if (Date.now() - started > this.maxHoldMs) {
        clearInterval(renew);
        this.options.onWarning?.('turn lock: a turn ran past maxHoldMs; its lease is no longer renewed');
        return;
      }
      this.backend.extendLock(key, token, this.leaseMs).then(
        (held) => {
          if (!held) this.options.onWarning?.('turn lock: the lease was lost while the turn ran');
        },
        (err: unknown) => this.options.onWarning?.('turn lock: could not renew the lease', err),
      );
    }, Math.max(10, Math.floor(this.leaseMs / 3)));
    renew.unref();
    try {
      return await fn();
    } finally {
      clearInterval(renew);
      try {
        await this.backend.unlock(key, token);
      } catch (err) {
        // Redis went away: the lease expires on its own.
        this.options.onWarning?.('turn lock: could not release the lock', err);
      }
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
