import { useMemo } from 'react';
import { useAnsweredSince, useBadgeCandidates, useDayRows, useWaitingItems } from '@/lib/db/hooks';
import type { ReplyDeskDb } from '@/lib/db/schema';
import { summarize } from '@/lib/stats/aggregate';
import { localDate, startOfLocalDayMs } from '@/lib/stats/business';
import { ageLabel, clockState, HOUR_MS } from '@/lib/stats/clock';
import { BADGE, badgeProgress, platformClocks } from '@/lib/stats/platform';
import { firstResponseTimes, median, startedAtMs } from '@/lib/stats/response';
import type { ReportSettings } from '@/lib/stats/settings';
import { duration, percent, SITE_LABELS } from './format';

/** Today in the reports' time zone: what came in, what was answered, who is still waiting. */
export function TodayView({ db, settings, nowMs }: { db: ReplyDeskDb; settings: ReportSettings; nowMs: number }) {
  const zone = settings.business.timeZone;
  const today = localDate(nowMs, zone);
  const rows = useDayRows(db, today, today);
  const answered = useAnsweredSince(db, startOfLocalDayMs(nowMs, zone));
  const waiting = useWaitingItems(db);
  // The badge window moves by the hour; a fresh query every render would never settle.
  const badgeItems = useBadgeCandidates(db, Math.floor(nowMs / HOUR_MS) * HOUR_MS);
  const received = useMemo(() => rows && summarize(rows, { from: today, to: today }, settings.targets).received, [rows, today, settings.targets]);
  const answeredTimes = useMemo(() => answered && firstResponseTimes(answered), [answered]);
  const badge = useMemo(() => badgeItems && badgeProgress(badgeItems, nowMs), [badgeItems, nowMs]);
  if (received === undefined || !answeredTimes || !waiting || !badge) return <p role="status">Loading today…</p>;
  const overdue = waiting.filter((i) => clockState(nowMs - startedAtMs(i), settings.targets) !== 'ok').length;
  return (
    <section aria-label="Today">
      <dl className="figures">
        <div className="figure"><dt>Received today</dt><dd data-testid="today-received">{received}</dd></div>
        <div className="figure"><dt>Answered today</dt><dd data-testid="today-answered">{answeredTimes.length}</dd></div>
        <div className="figure"><dt>Median first response today</dt><dd data-testid="today-median">{duration(median(answeredTimes))}</dd></div>
        <div className="figure"><dt>Waiting now</dt><dd data-testid="waiting">{waiting.length}</dd></div>
        <div className="figure"><dt>Past your first target</dt><dd data-testid="overdue">{overdue}</dd></div>
      </dl>
      <h3>Meta “Very responsive” badge (Facebook messages, last 7 days)</h3>
      <p data-testid="badge">
        {badge.received === 0
          ? 'No Facebook messages in the last 7 days.'
          : `Response rate ${percent(badge.responseRate)} (needs ${percent(BADGE.rate)}) · median response ${duration(badge.medianResponseMs)} (needs ${duration(BADGE.responseMs)} or less) · ${badge.isEarned ? 'on track for the badge' : badge.answersToRate > 0 ? `${badge.answersToRate} more answered messages to reach the rate` : 'rate met, answer faster'}`}
      </p>
      <h3>Waiting longest</h3>
      {waiting.length === 0 ? (
        <p>Nobody is waiting.</p>
      ) : (
        <ol className="waiting">
          {waiting.slice(0, 10).map((item) => (
            <li key={item.key}>
              <span className={`clock clock-${clockState(nowMs - startedAtMs(item), settings.targets)}`}>{ageLabel(nowMs - startedAtMs(item))}</span>{' '}
              {SITE_LABELS[item.site]} · <bdi>{item.author}</bdi>: <bdi className="message">{item.text.slice(0, 140)}</bdi>
              {platformClocks(item, nowMs).filter((c) => c.isOpen).map((c) => (
                <span key={c.id} className="window-open"> {c.label} closes in {duration(c.remainingMs)}</span>
              ))}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
