import { useAnsweredSince } from '@/lib/db/hooks';
import type { ReplyDeskDb } from '@/lib/db/schema';
import { durationLabel, startOfDayMs } from '@/lib/stats/clock';
import { firstResponseMs, median } from '@/lib/stats/response';

export function TodayStats({ db, nowMs }: { db: ReplyDeskDb; nowMs: number }) {
  const answered = useAnsweredSince(db, startOfDayMs(nowMs));
  if (answered === undefined) return null;
  const times = answered.map(firstResponseMs).filter((t): t is number => t !== null);
  const middle = median(times);
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
