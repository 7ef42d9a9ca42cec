import { promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import { parseStored, stamp } from './stamp';
import type { Clock, ReviewItem, ReviewStore, StoredReviewItem } from './types';

export interface FileReviewStoreOptions {
  path: string;
  ttlMs: number;
  clock?: Clock;
  /** How often expired lines are dropped from the file. Default one hour (by `clock`). */
  compactEveryMs?: number;
}

/**
 * The review store in a local JSON-lines file (one item a line), for a single
 * instance with STORAGE=memory. `npm run review` reads the same file, whether
 * the bot is running or not. Appends are cheap; deleting a user's items and
 * dropping expired ones rewrite the file (to a temporary file, then rename).
 * Operations of one process run one at a time, in order. Several bots must
 * not share one file (use Redis for that).
 */
export class FileReviewStore implements ReviewStore {
  private readonly clock: Clock;
  private readonly compactEveryMs: number;
  private queue: Promise<unknown> = Promise.resolve();
  private lastCompaction = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: FileReviewStoreOptions) {
    this.clock = options.clock ?? Date.now;
    this.compactEveryMs = options.compactEveryMs ?? 3_600_000;
  }

  record(item: ReviewItem): Promise<void> {
    return this.serial(async () => {
      if (this.clock() - this.lastCompaction >= this.compactEveryMs) await this.rewrite(() => true);
      const line = `${JSON.stringify(stamp(item, this.clock, this.options.ttlMs))}\n`;
      await fs.mkdir(dirname(this.options.path), { recursive: true });
      // Health data: readable by the bot's user only.
      await fs.appendFile(this.options.path, line, { encoding: 'utf8', mode: 0o600 });
    });
  }

  deleteUser(userHash: string): Promise<number> {
    return this.serial(() => this.rewrite((item) => item.userHash !== userHash));
  }

  list(): Promise<StoredReviewItem[]> {
    return this.serial(async () => {
      const now = this.clock();
      return (await this.read()).filter((item) => item.expiresAt > now);
    });
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async read(): Promise<StoredReviewItem[]> {
    let text: string;
    try {
      text = await fs.readFile(this.options.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    // A line cut short by a crash is skipped, not fatal.
    return text.split('\n').flatMap((line) => {
      const item = line.trim() ? parseStored(line) : undefined;
      return item ? [item] : [];
    });
  }

  /** Keeps the unexpired items that `keep` accepts; resolves to how many unexpired items were dropped. */
  private async rewrite(keep: (item: StoredReviewItem) => boolean): Promise<number> {
    const now = this.clock();
    this.lastCompaction = now;
    const items = await this.read();
    const live = items.filter((item) => item.expiresAt > now);
    const kept = live.filter(keep);
    if (kept.length === items.length) return 0;
    const tmp = `${this.options.path}.${process.pid}.tmp`;
    await fs.mkdir(dirname(this.options.path), { recursive: true });
    await fs.writeFile(tmp, kept.map((item) => `${JSON.stringify(item)}\n`).join(''), { encoding: 'utf8', mode: 0o600 });
    await fs.rename(tmp, this.options.path);
    return live.length - kept.length;
  }
}
