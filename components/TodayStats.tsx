import { useAnsweredSince, useReportSettings } from '@/lib/db/hooks';
import type { ReplyDeskDb } from '@/lib/db/schema';
import { startOfLocalDayMs } from '@/lib/stats/business';
import { durationLabel } from '@/lib/stats/clock';
import { firstResponseTimes, median } from '@/lib/stats/response';

export function TodayStats({ db, nowMs }: { db: ReplyDeskDb; nowMs: number }) {
  const timeZone = useReportSettings(db)?.business.timeZone;
  if (timeZone === undefined) return null;
  // The reports' time zone, so the panel and the dashboard agree on where today starts.
  const sinceMs = startOfLocalDayMs(nowMs, timeZone);
  // Keyed by the day: a new day (or time zone) starts a fresh query instead of showing the old figures.
  return <AnsweredSince key={sinceMs} db={db} sinceMs={sinceMs} />;
}

function AnsweredSince({ db, sinceMs }: { db: ReplyDeskDb; sinceMs: number }) {
  const answered = useAnsweredSince(db, sinceMs);
  if (answered === undefined) return null;
  const middle = median(firstResponseTimes(answered));
  return (
    <p className="today" aria-label="Today">
      <span data-testid="handled-today">{answered.length}</span> handled today
      {middle !== null && (
        <>
          {' · median first response '}
          <span data-testid="median-today">{durationLabel(middle)}</span>
        </>
      )}
    </p>
  );
}
