import { useMemo } from 'react';
import { INTENTS } from '@/lib/analysis/types';
import { useDayRows, useItems } from '@/lib/db/hooks';
import type { ReplyDeskDb } from '@/lib/db/schema';
import { dailySeries, summarize } from '@/lib/stats/aggregate';
import { datesBetween } from '@/lib/stats/business';
import { HOUR_MS } from '@/lib/stats/clock';
import { topKeywords } from '@/lib/stats/keywords';
import type { ResponseSummary } from '@/lib/stats/response';
import type { ReportSettings } from '@/lib/stats/settings';
import { DayChart } from './DayChart';
import type { Filter } from './Filters';
import { duration, percent, SITE_LABELS } from './format';
import { rangeMs } from './range';

const INTENT_COLORS = ['#3366cc', '#c62828', '#2e7d32', '#8e24aa', '#757575', '#ef6c00'];

/** Texts for top keywords: the newest this many items of the range (an indexed read, never a scan). */
const KEYWORD_SAMPLE = 2_000;

export function ReportView({ db, settings, filter }: { db: ReplyDeskDb; settings: ReportSettings; filter: Filter }) {
  const rows = useDayRows(db, filter.from, filter.to, filter.site || undefined);
  const sample = useItems(db, { ...rangeMs(filter, settings), site: filter.site || undefined, limit: KEYWORD_SAMPLE });
  const reportFilter = useMemo(() => ({ from: filter.from, to: filter.to, sites: filter.site ? [filter.site] : [] }), [filter]);
  const days = useMemo(() => datesBetween(filter.from, filter.to), [filter.from, filter.to]);
  const report = useMemo(() => rows && summarize(rows, reportFilter, settings.targets), [rows, reportFilter, settings.targets]);
  const series = useMemo(() => rows && dailySeries(rows, reportFilter, days), [rows, reportFilter, days]);
  const keywords = useMemo(() => sample && topKeywords(sample.map((i) => i.text)), [sample]);
  const volume = useMemo(() => series && [
    { label: 'Received', values: series.map((p) => p.received), color: '#3366cc' },
    { label: 'Answered', values: series.map((p) => p.answered), color: '#2e8540' },
  ], [series]);
  const speed = useMemo(() => series && [{ label: 'Median first response (h)', values: series.map((p) => (p.medianMs === null ? null : Math.round((p.medianMs / HOUR_MS) * 100) / 100)), color: '#b35900' }], [series]);
  const topics = useMemo(() => series && INTENTS.map((intent, i) => ({ label: intent, values: series.map((p) => p.intents[intent] ?? 0), color: INTENT_COLORS[i]! })), [series]);
  const mood = useMemo(() => series && [
    { label: 'Negative', values: series.map((p) => p.sentiment.negative ?? 0), color: '#c62828' },
    { label: 'Neutral', values: series.map((p) => p.sentiment.neutral ?? 0), color: '#757575' },
    { label: 'Positive', values: series.map((p) => p.sentiment.positive ?? 0), color: '#2e7d32' },
  ], [series]);

  if (!report || !volume || !speed || !mood || !topics) return <p role="status">Loading the report…</p>;
  if (report.received === 0) return <p role="status">Nothing received in this range{filter.site ? ` on ${SITE_LABELS[filter.site]}` : ''}.</p>;
  const t = settings.targets;
  return (
    <section aria-label="Report">
      <dl className="figures">
        <Figure id="received" label="Received" value={String(report.received)} />
        <Figure id="answered" label="Answered" value={String(report.answered)} />
        <Figure id="response-rate" label="Response rate" value={percent(report.responseRate)} note="ignored spam does not count against it" />
        <Figure id="median" label="Median first response" value={duration(report.calendar.medianMs)} />
        <Figure id="p90" label="90th percentile" value={duration(report.calendar.p90Ms)} />
        <Figure id="within-1h" label="Within 1 h" value={percent(report.calendar.within1h)} />
        <Figure id="within-24h" label="Within 24 h" value={percent(report.calendar.within24h)} />
        <Figure id="within-target-1" label={`Within your first target (${duration(t.firstMs)})`} value={percent(report.calendar.withinFirstTarget)} />
        <Figure id="within-target-2" label={`Within your second target (${duration(t.secondMs)})`} value={percent(report.calendar.withinSecondTarget)} />
      </dl>
      {report.estimatedShare !== null && report.estimatedShare > 0 && (
        <p className="note" data-testid="estimated-note">
          {percent(report.estimatedShare)} of these items showed no time on the page: their clock starts when ReplyDesk first saw them, so their response times are at least this good, not exact.
        </p>
      )}
      <h3>In business hours ({settings.business.timeZone})</h3>
      <BusinessLine summary={report.business} />
      <div className="charts">
        <DayChart title="Volume per day" days={days} series={volume} unit="items" />
        <DayChart title="Median first response per day" days={days} series={speed} unit="hours" />
        <DayChart title="Sentiment per day" days={days} series={mood} unit="items" />
        <DayChart title="Intent per day" days={days} series={topics} unit="items" />
      </div>
      <div className="breakdowns">
        <table aria-label="By site">
          <caption>By site</caption>
          <thead><tr><th scope="col">Site</th><th scope="col">Received</th><th scope="col">Answered</th><th scope="col">Rate</th><th scope="col">Median</th></tr></thead>
          <tbody>
            {report.bySite.map((s) => (
              <tr key={s.site}><th scope="row">{SITE_LABELS[s.site]}</th><td>{s.received}</td><td>{s.answered}</td><td>{percent(s.responseRate)}</td><td>{duration(s.medianMs)}</td></tr>
            ))}
          </tbody>
        </table>
        <table aria-label="By agent">
          <caption>By agent</caption>
          <thead><tr><th scope="col">Initials</th><th scope="col">Answered</th><th scope="col">Median</th></tr></thead>
          <tbody>
            {report.byAgent.map((a) => (
              <tr key={a.initials}><th scope="row">{a.initials || '(none given)'}</th><td>{a.answered}</td><td>{duration(a.medianMs)}</td></tr>
            ))}
          </tbody>
        </table>
        <Counts caption="Intents" counts={report.intents} />
        <Counts caption="Status now" counts={report.byStatus} />
        <table aria-label="Top keywords">
          <caption>Top keywords{sample && sample.length >= KEYWORD_SAMPLE ? ` (newest ${KEYWORD_SAMPLE} items)` : ''}</caption>
          <tbody>
            {(keywords ?? []).map((k) => (
              <tr key={k.word}><th scope="row" dir="auto">{k.word}</th><td>{k.count}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Figure({ id, label, value, note }: { id: string; label: string; value: string; note?: string }) {
  return (
    <div className="figure" title={note}>
      <dt>{label}</dt>
      <dd data-testid={id}>{value}</dd>
    </div>
  );
}

function BusinessLine({ summary }: { summary: ResponseSummary }) {
  return (
    <p data-testid="business">
      Median {duration(summary.medianMs)} · 90th percentile {duration(summary.p90Ms)} · within 1 h {percent(summary.within1h)} · within 24 h {percent(summary.within24h)}
    </p>
  );
}

function Counts({ caption, counts }: { caption: string; counts: Partial<Record<string, number>> }) {
  const entries = Object.entries(counts).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0));
  return (
    <table aria-label={caption}>
      <caption>{caption}</caption>
      <tbody>
        {entries.length === 0 ? (
          <tr><td>none yet</td></tr>
        ) : (
          entries.map(([k, n]) => (
            <tr key={k}><th scope="row">{k}</th><td>{n}</td></tr>
          ))
        )}
      </tbody>
    </table>
  );
}
