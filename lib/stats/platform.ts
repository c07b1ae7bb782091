import type { StoredItem } from '../db/schema';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './clock';
import { isEstimatedStart, median, startedAtMs } from './response';

// The platforms' own clocks. Meta's messaging policy lets a Page answer a person's message within
// 24 hours of it (Messenger and Instagram DMs), and an Instagram comment can get one private reply
// (a DM) within 7 days of being posted. Past that, the platform refuses the reply: the agent must
// see the window closing, not only our own targets.

export const MESSAGING_WINDOW_MS = 24 * HOUR_MS;
export const INSTAGRAM_PRIVATE_REPLY_MS = 7 * DAY_MS;

export interface PlatformClock {
  id: 'messenger-24h' | 'instagram-dm-24h' | 'instagram-private-reply';
  label: string;
  endsAtMs: number;
  /** Time left; 0 once the window has closed. */
  remainingMs: number;
  isOpen: boolean;
  /** The item's page showed no posted time: the window may close earlier than shown. */
  isEstimated: boolean;
}

type ClockItem = Pick<StoredItem, 'site' | 'kind' | 'own' | 'postedAtMs' | 'firstSeenMs'>;

const CLOCKS: ReadonlyArray<{ id: PlatformClock['id']; label: string; spanMs: number; applies(item: ClockItem): boolean }> = [
  { id: 'messenger-24h', label: 'Messenger reply window', spanMs: MESSAGING_WINDOW_MS, applies: (i) => i.site === 'facebook' && i.kind === 'dm' },
  { id: 'instagram-dm-24h', label: 'Instagram reply window', spanMs: MESSAGING_WINDOW_MS, applies: (i) => i.site === 'instagram' && i.kind === 'dm' },
  {
    id: 'instagram-private-reply',
    label: 'Instagram private reply',
    spanMs: INSTAGRAM_PRIVATE_REPLY_MS,
    applies: (i) => i.site === 'instagram' && (i.kind === 'comment' || i.kind === 'reply'),
  },
];

/** The platform windows running on an item (none for most sites and for own items). */
export function platformClocks(item: ClockItem, nowMs: number): PlatformClock[] {
  if (item.own) return [];
  return CLOCKS.filter((c) => c.applies(item)).map((c) => {
    const endsAtMs = startedAtMs(item) + c.spanMs;
    return { id: c.id, label: c.label, endsAtMs, remainingMs: Math.max(0, endsAtMs - nowMs), isOpen: nowMs < endsAtMs, isEstimated: isEstimatedStart(item) };
  });
}

/** Meta's "Very responsive to messages" badge: over the last 7 days, ≥ 90% answered and ≤ 15 min. */
export const BADGE = { windowMs: 7 * DAY_MS, rate: 0.9, responseMs: 15 * MINUTE_MS } as const;

export interface BadgeProgress {
  received: number;
  answered: number;
  responseRate: number | null;
  /** Meta speaks of "response time" without saying which average; we take the median. */
  medianResponseMs: number | null;
  isRateMet: boolean;
  isTimeMet: boolean;
  isEarned: boolean;
  /** More answered messages needed to reach 90% if every new one were answered. */
  answersToRate: number;
}

/** Progress from the Facebook messages that arrived in the 7 days before `nowMs`. */
export function badgeProgress(items: ReadonlyArray<Pick<StoredItem, 'site' | 'kind' | 'own' | 'postedAtMs' | 'firstSeenMs' | 'handledAtMs'>>, nowMs: number): BadgeProgress {
  const since = nowMs - BADGE.windowMs;
  const messages = items.filter((i) => i.site === 'facebook' && i.kind === 'dm' && !i.own && startedAtMs(i) >= since && startedAtMs(i) <= nowMs);
  const times = messages.filter((i) => i.handledAtMs !== undefined).map((i) => Math.max(0, i.handledAtMs! - startedAtMs(i)));
  const received = messages.length;
  const answered = times.length;
  const rate = received > 0 ? answered / received : null;
  const medianResponseMs = median(times);
  const isRateMet = rate !== null && rate >= BADGE.rate;
  const isTimeMet = medianResponseMs !== null && medianResponseMs <= BADGE.responseMs;
  // (answered + n) / (received + n) ≥ 0.9  ⇔  n ≥ (0.9·received − answered) / 0.1
  const answersToRate = isRateMet ? 0 : Math.max(0, Math.ceil((BADGE.rate * received - answered) / (1 - BADGE.rate) - 1e-9));
  return { received, answered, responseRate: rate, medianResponseMs, isRateMet, isTimeMet, isEarned: isRateMet && isTimeMet, answersToRate };
}
