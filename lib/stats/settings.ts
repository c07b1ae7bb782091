import { defaultBusinessHours, type BusinessHours } from './business';
import { DEFAULT_TARGETS, type Targets } from './clock';

// What the user sets for reports: response targets, business hours (with the time zone the
// reports' days are cut in) and how long items are kept. Stored under one key in `settings`.

export interface ReportSettings {
  targets: Targets;
  business: BusinessHours;
  /** Items not seen for this many days are deleted with their events; null keeps everything. */
  retentionDays: number | null;
}

export const REPORT_SETTINGS_KEY = 'reports';

export function defaultReportSettings(): ReportSettings {
  return { targets: { ...DEFAULT_TARGETS }, business: defaultBusinessHours(), retentionDays: null };
}

/** Whether stored aggregates must be recomputed: days are cut and business time counted by these. */
export function changesAggregates(before: ReportSettings, after: ReportSettings): boolean {
  return JSON.stringify(before.business) !== JSON.stringify(after.business);
}
