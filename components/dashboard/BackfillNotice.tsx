import { useEffect, useState } from 'react';
import { watchBackfillProgress, type BackfillProgress } from '@/lib/backfill-progress';
import { sendToBackground } from '@/lib/messaging';

/**
 * Says so while the background reads older items again with the current analysis (their
 * sentiment and intent figures are still moving). A walk left unfinished by a stopped worker is
 * resumed by asking the background once.
 */
export function BackfillNotice() {
  const [progress, setProgress] = useState<BackfillProgress | null>(null);
  useEffect(() => {
    let asked = false;
    return watchBackfillProgress((next) => {
      setProgress(next);
      if (next && !asked) {
        asked = true;
        sendToBackground({ type: 'analysis/refresh' }).catch(() => {});
      }
    });
  }, []);
  if (!progress) return null;
  return (
    <p role="status" className="backfill" data-testid="backfill">
      Re-reading {progress.remaining.toLocaleString()} older {progress.remaining === 1 ? 'item' : 'items'} with the current analysis; sentiment and intent figures follow as they are done.
    </p>
  );
}
