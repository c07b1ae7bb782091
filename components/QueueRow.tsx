import type { ReactNode, Ref } from 'react';
import type { StoredItem } from '@/lib/db/schema';
import { displayText } from '@/lib/detect/display';
import { AnalysisBadges } from './AnalysisBadges';
import { ageLabel, clockState, durationLabel } from '@/lib/stats/clock';
import { firstResponseMs, startedAtMs } from '@/lib/stats/response';

interface Props {
  item: StoredItem;
  nowMs: number;
  isSelected: boolean;
  onSelect(): void;
  /** The row's own button, focused when j/k moves the selection here. */
  buttonRef?: Ref<HTMLButtonElement>;
  notice?: string;
  onHandled(handled: boolean): void;
  /** The reply composer of the selected row. */
  children?: ReactNode;
}

const CLOCK_WORDS = { ok: 'within 1 h', amber: 'over 1 h', red: 'over 24 h' } as const;
const STATUS_WORDS: Partial<Record<StoredItem['status'], string>> = {
  'needs-follow-up': 'flagged for follow-up',
  escalated: 'escalated',
  ignored: 'ignored',
};

// Page text is rendered as React text only: never as HTML.
export function QueueRow({ item, nowMs, isSelected, onSelect, buttonRef, notice, onHandled, children }: Props) {
  const isHandled = item.status === 'handled';
  const waited = nowMs - startedAtMs(item);
  const clock = clockState(waited);
  const response = firstResponseMs(item);
  const status = STATUS_WORDS[item.status];
  const label = `${item.author}${item.handle ? ` @${item.handle}` : ''}, ${item.kind}, ${isHandled ? 'handled' : ageLabel(waited)}${status ? `, ${status}` : ''}`;

  return (
    <li className={`row ${isHandled ? 'is-handled' : ''} ${isSelected ? 'is-selected' : ''}`} data-key={item.key} aria-current={isSelected ? 'true' : undefined}>
      <button type="button" ref={buttonRef} className="row-main" onClick={onSelect} aria-expanded={isSelected} aria-label={label}>
        <span className="row-meta">
          <strong className="author" dir="auto">{item.author}</strong>
          {item.handle && <span className="handle">@{item.handle}</span>}
          <span className="kind">{item.kind}</span>
          {status && <span className="status">{status}</span>}
          {isHandled ? (
            <span className="clock clock-done">{response !== null ? `answered in ${durationLabel(response)}` : 'handled'}</span>
          ) : (
            <span className={`clock clock-${clock}`} title={CLOCK_WORDS[clock]} data-clock={clock}>
              {item.postedAtMs === undefined ? `seen ${ageLabel(waited)}` : ageLabel(waited)}
            </span>
          )}
        </span>
        <span className="text" dir="auto">{item.text ? displayText(item.text) : '(no text: media only)'}</span>
      </button>
      {/* Outside the row button: a list inside a button is invalid, and its titles must be reachable. */}
      {item.analysis && <AnalysisBadges analysis={item.analysis} />}
      {isSelected && children}
      <div className="actions">
        <button type="button" onClick={() => onHandled(!isHandled)} aria-keyshortcuts={isSelected ? 'e' : undefined}>
          {isHandled ? 'Reopen' : 'Mark handled'}
        </button>
      </div>
      {notice && <p className="notice" role="status">{notice}</p>}
    </li>
  );
}
