// How long a customer has waited, in the words and colours the queue shows.

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Customers expect an answer within the hour, and most within a day. */
export const DEFAULT_TARGETS = { firstMs: HOUR_MS, secondMs: DAY_MS } as const;
export type Targets = { firstMs: number; secondMs: number };

export type ClockState = 'ok' | 'amber' | 'red';

export function clockState(waitedMs: number, targets: Targets = DEFAULT_TARGETS): ClockState {
  if (waitedMs >= targets.secondMs) return 'red';
  if (waitedMs >= targets.firstMs) return 'amber';
  return 'ok';
}

/** "just now", "5 min ago", "3 h ago", "2 d ago"; future times (clock skew) read as just now. */
export function ageLabel(ageMs: number): string {
  if (!(ageMs >= MINUTE_MS)) return 'just now';
  if (ageMs < HOUR_MS) return `${Math.floor(ageMs / MINUTE_MS)} min ago`;
  if (ageMs < DAY_MS) return `${Math.floor(ageMs / HOUR_MS)} h ago`;
  return `${Math.floor(ageMs / DAY_MS)} d ago`;
}

/** A duration: "45 s", "12 min", "3 h 5 min", "2 d 4 h". */
export function durationLabel(ms: number): string {
  if (ms < MINUTE_MS) return `${Math.round(ms / 1000)} s`;
  if (ms < HOUR_MS) return `${Math.round(ms / MINUTE_MS)} min`;
  if (ms < DAY_MS) {
    const m = Math.floor((ms % HOUR_MS) / MINUTE_MS);
    return `${Math.floor(ms / HOUR_MS)} h${m ? ` ${m} min` : ''}`;
  }
  const h = Math.floor((ms % DAY_MS) / HOUR_MS);
  return `${Math.floor(ms / DAY_MS)} d${h ? ` ${h} h` : ''}`;
}
