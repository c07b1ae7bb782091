import { addDays, zonedTimeMs } from '@/lib/stats/business';
import type { ReportSettings } from '@/lib/stats/settings';

/** The filter's local dates as instants: from the first day's midnight to the day after the last. */
export function rangeMs(range: { from: string; to: string }, settings: ReportSettings): { fromMs: number; toMs: number } {
  const zone = settings.business.timeZone;
  return { fromMs: zonedTimeMs(range.from, 0, zone), toMs: zonedTimeMs(addDays(range.to, 1), 0, zone) };
}
