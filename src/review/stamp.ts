import { randomUUID } from 'node:crypto';
import type { Clock, ReviewItem, StoredReviewItem } from './types';

/** Gives an item its id, time and expiry. */
export function stamp(item: ReviewItem, clock: Clock, ttlMs: number): StoredReviewItem {
  const at = clock();
  return { ...item, id: randomUUID(), at, expiresAt: at + ttlMs };
}

/** A parsed line or Redis member, if it has the fields every stored item has. */
export function parseStored(raw: string): StoredReviewItem | undefined {
  try {
    const item = JSON.parse(raw) as Partial<StoredReviewItem> | null;
    if (!item || typeof item !== 'object') return undefined;
    if (typeof item.id !== 'string' || typeof item.at !== 'number' || typeof item.expiresAt !== 'number') return undefined;
    if (typeof item.userHash !== 'string' || typeof item.kind !== 'string') return undefined;
    return item as StoredReviewItem;
  } catch {
    return undefined;
  }
}
