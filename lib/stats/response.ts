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
/** The first-response times of the answered items among `items`. */
export function firstResponseTimes(items: ReadonlyArray<Pick<StoredItem, 'postedAtMs' | 'firstSeenMs' | 'handledAtMs'>>): number[] {
  return items.map(firstResponseMs).filter((t): t is number => t !== null);
}

export function percentile(values: ArrayLike<number>, p: number): number | null {
  return percentileInPlace(Float64Array.from(values), p);
}

export const median = (values: ArrayLike<number>) => percentile(values, 0.5);

// Selection instead of sorting: the dashboard asks for a median and a p90 over up to 100,000
// response times, and two selections cost a fraction of one sort. Reorders `values`.
function percentileInPlace(values: Float64Array, p: number): number | null {
  if (values.length === 0) return null;
  const at = (values.length - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(at);
  const low = select(values, lo, 0, values.length - 1);
  if (lo === at) return low;
  // After selecting lo, everything above it is ≥ it: the next order statistic is their minimum.
  let high = Infinity;
  for (let i = lo + 1; i < values.length; i++) if (values[i]! < high) high = values[i]!;
  return low + (high - low) * (at - lo);
}

/** The k-th smallest of values[left..right] (Hoare's quickselect, middle pivot), in place. */
function select(values: Float64Array, k: number, left: number, right: number): number {
  while (left < right) {
    const pivot = values[(left + right) >>> 1]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i++] = values[j]!;
        values[j--] = t;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return values[k]!;
  }
  return values[k]!;
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
  const values = Float64Array.from(times);
  const limits = [HOUR_MS, DAY_MS, targets.firstMs, targets.secondMs];
  const within = [0, 0, 0, 0];
  for (const v of values) for (let i = 0; i < 4; i++) if (v <= limits[i]!) within[i]!++;
  const share = (i: number) => (values.length === 0 ? null : within[i]! / values.length);
  return {
    count: values.length,
    medianMs: percentileInPlace(values, 0.5),
    p90Ms: percentileInPlace(values, 0.9),
    within1h: share(0),
    within24h: share(1),
    withinFirstTarget: share(2),
    withinSecondTarget: share(3),
  };
}

/**
 * Answered over what deserved an answer: items ignored (spam, abuse) and never answered do not
 * count against the rate. Null when nothing was received.
 */
export function responseRate(counts: { received: number; answered: number; ignoredUnanswered: number }): number | null {
  const due = counts.received - counts.ignoredUnanswered;
  return due > 0 ? Math.min(1, counts.answered / due) : null;
}
