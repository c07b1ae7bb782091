import type { StoredItem } from '../db/schema';

/** When the customer's clock started: the posted time, or first seen when the page showed none. */
export function startedAtMs(item: Pick<StoredItem, 'postedAtMs' | 'firstSeenMs'>): number {
  return item.postedAtMs ?? item.firstSeenMs;
}

export function firstResponseMs(item: Pick<StoredItem, 'postedAtMs' | 'firstSeenMs' | 'handledAtMs'>): number | null {
  if (item.handledAtMs === undefined) return null;
  return Math.max(0, item.handledAtMs - startedAtMs(item));
}

/** Linear-interpolated percentile (p in 0..1) of unsorted numbers; null for none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export const median = (values: readonly number[]) => percentile(values, 0.5);
