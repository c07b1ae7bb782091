import type { StoredItem } from '../db/schema';
import { businessMsBetween, type BusinessHours } from './business';
import { DAY_MS, HOUR_MS, type Targets } from './clock';

/** When the customer's clock started: the posted time, or first seen when the page showed none. */
export function startedAtMs(item: Pick<StoredItem, 'postedAtMs' | 'firstSeenMs'>): number {
  return item.postedAtMs ?? item.firstSeenMs;
}

/** The page showed no time, so the clock starts when ReplyDesk first saw the item: a lower bound. */
export function isEstimatedStart(item: Pick<StoredItem, 'postedAtMs'>): boolean {
  return item.postedAtMs === undefined;
}

/** Customer time → first own reply or handled event (kept as `handledAtMs`, the earliest of them). */
export function firstResponseMs(item: Pick<StoredItem, 'postedAtMs' | 'firstSeenMs' | 'handledAtMs'>): number | null {
  if (item.handledAtMs === undefined) return null;
  return Math.max(0, item.handledAtMs - startedAtMs(item));
}

/** The same span counted in open hours only. */
export function firstResponseBusinessMs(item: Pick<StoredItem, 'postedAtMs' | 'firstSeenMs' | 'handledAtMs'>, hours: BusinessHours): number | null {
  if (item.handledAtMs === undefined) return null;
  return businessMsBetween(startedAtMs(item), item.handledAtMs, hours);
}

/** Linear-interpolated percentile (p in 0..1) of unsorted numbers; null for none. */
export function percentile(values: ArrayLike<number>, p: number): number | null {
  return percentileOfSorted(Float64Array.from(values).sort(), p);
}

export const median = (values: ArrayLike<number>) => percentile(values, 0.5);

function percentileOfSorted(sorted: Float64Array, p: number): number | null {
  if (sorted.length === 0) return null;
  const at = (sorted.length - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export interface ResponseSummary {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
  /** Shares 0–1 of the responses within 1 h, 24 h and the user's two targets; null with none. */
  within1h: number | null;
  within24h: number | null;
  withinFirstTarget: number | null;
  withinSecondTarget: number | null;
}

export function summarizeResponses(times: ArrayLike<number>, targets: Targets): ResponseSummary {
  const sorted = Float64Array.from(times).sort();
  const share = (limitMs: number) => (sorted.length === 0 ? null : countAtMost(sorted, limitMs) / sorted.length);
  return {
    count: sorted.length,
    medianMs: percentileOfSorted(sorted, 0.5),
    p90Ms: percentileOfSorted(sorted, 0.9),
    within1h: share(HOUR_MS),
    within24h: share(DAY_MS),
    withinFirstTarget: share(targets.firstMs),
    withinSecondTarget: share(targets.secondMs),
  };
}

/** How many sorted values are ≤ limit (binary search). */
function countAtMost(sorted: Float64Array, limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Answered over what deserved an answer: items ignored (spam, abuse) and never answered do not
 * count against the rate. Null when nothing was received.
 */
export function responseRate(counts: { received: number; answered: number; ignoredUnanswered: number }): number | null {
  const due = counts.received - counts.ignoredUnanswered;
  return due > 0 ? Math.min(1, counts.answered / due) : null;
}
