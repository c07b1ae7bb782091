import { useMemo, useState } from 'react';
import { sendToBackground } from '@/lib/messaging';
import type { Ack, MessageOf } from '@/lib/messages';
import { isValidTimeZone, parsePeriods, periodsLabel, WEEKDAYS, weekProblem } from '@/lib/stats/business';
import { MINUTE_MS } from '@/lib/stats/clock';
import type { ReportSettings } from '@/lib/stats/settings';

const HOLIDAY = /^\d{4}-\d{2}-\d{2}$/;

/** Targets, business hours, time zone, holidays and retention; the background validates and saves. */
export function SettingsForm({ settings }: { settings: ReportSettings }) {
  const [firstMin, setFirstMin] = useState(String(settings.targets.firstMs / MINUTE_MS));
  const [secondMin, setSecondMin] = useState(String(settings.targets.secondMs / MINUTE_MS));
  const [zone, setZone] = useState(settings.business.timeZone);
  const [week, setWeek] = useState(settings.business.week.map((p) => periodsLabel(p)));
  const [holidays, setHolidays] = useState(settings.business.holidays.join('\n'));
  const [retention, setRetention] = useState(settings.retentionDays === null ? '' : String(settings.retentionDays));
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const zones = useMemo(() => (Intl as { supportedValuesOf?(k: string): string[] }).supportedValuesOf?.('timeZone') ?? [], []);

  const read = (): MessageOf<'settings/save'>['settings'] | string => {
    const first = Number(firstMin);
    const second = Number(secondMin);
    if (!(first > 0 && second > 0 && Number.isInteger(first) && Number.isInteger(second))) return 'Targets are whole minutes above 0.';
    if (!isValidTimeZone(zone)) return `"${zone}" is not a time zone (try Europe/Paris).`;
    const periods: Array<Array<[number, number]>> = [];
    for (const [i, text] of week.entries()) {
      const parsed = parsePeriods(text);
      if ('error' in parsed) return `${WEEKDAYS[i]}: ${parsed.error}.`;
      periods.push(parsed.periods.map(([a, b]) => [a, b]));
    }
    const overlap = weekProblem(periods);
    if (overlap) return `${overlap}.`;
    const days = holidays.split(/\s+/).filter(Boolean);
    const badDay = days.find((d) => !HOLIDAY.test(d));
    if (badDay) return `Holiday "${badDay}" is not a date like 2026-12-25.`;
    const keep = retention.trim() === '' ? null : Number(retention);
    if (keep !== null && !(Number.isInteger(keep) && keep >= 1)) return 'Keep items for a whole number of days (1 or more), or leave it empty to keep everything.';
    return { targets: { firstMs: first * MINUTE_MS, secondMs: second * MINUTE_MS }, business: { timeZone: zone, week: periods, holidays: days }, retentionDays: keep };
  };

  const save = async () => {
    const next = read();
    if (typeof next === 'string') return setStatus({ ok: false, text: next });
    if (next.retentionDays !== null && (settings.retentionDays === null || next.retentionDays < settings.retentionDays) && !confirm(`Delete items not seen for ${next.retentionDays} days now? This cannot be undone.`)) return;
    setStatus({ ok: true, text: 'Saving…' });
    try {
      const ack = await sendToBackground<Ack>({ type: 'settings/save', settings: next });
      setStatus(ack?.ok ? { ok: true, text: 'Saved. Reports use the new settings.' } : { ok: false, text: `Not saved: ${ack?.error ?? 'no answer'}` });
    } catch {
      setStatus({ ok: false, text: 'Not saved: ReplyDesk could not reach its store. Try again.' });
    }
  };

  return (
    <form className="settings" aria-label="Settings" onSubmit={(e) => (e.preventDefault(), void save())}>
      <fieldset>
        <legend>Response targets</legend>
        <label>First target (minutes) <input inputMode="numeric" value={firstMin} onChange={(e) => setFirstMin(e.target.value)} /></label>
        <label>Second target (minutes) <input inputMode="numeric" value={secondMin} onChange={(e) => setSecondMin(e.target.value)} /></label>
      </fieldset>
      <fieldset>
        <legend>Business hours</legend>
        <label>
          Time zone <input list="zones" value={zone} onChange={(e) => setZone(e.target.value)} />
          <datalist id="zones">{zones.map((z) => <option key={z} value={z} />)}</datalist>
        </label>
        {WEEKDAYS.map((day, i) => (
          <label key={day}>
            {day}{' '}
            <input value={week[i]} placeholder="09:00-12:30, 13:30-18:00 or closed" onChange={(e) => setWeek(week.map((w, j) => (j === i ? e.target.value : w)))} />
          </label>
        ))}
        <label>
          Holidays (one date per line)
          <textarea rows={4} value={holidays} onChange={(e) => setHolidays(e.target.value)} placeholder="2026-12-25" />
        </label>
      </fieldset>
      <fieldset>
        <legend>Keep data</legend>
        <label>Keep items for (days; empty keeps everything) <input inputMode="numeric" value={retention} onChange={(e) => setRetention(e.target.value)} /></label>
      </fieldset>
      <button type="submit">Save settings</button>
      {status && <p role={status.ok ? 'status' : 'alert'} className={status.ok ? '' : 'error'}>{status.text}</p>}
    </form>
  );
}
