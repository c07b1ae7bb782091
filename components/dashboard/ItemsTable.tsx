import { useState } from 'react';
import { useItems } from '@/lib/db/hooks';
import type { ReplyDeskDb, StoredItem } from '@/lib/db/schema';
import { MARK_ACTIONS, MARKS, type MarkAction } from '@/lib/db/statuses';
import { safeSiteUrl } from '@/lib/sites/hosts';
import { localDateTime } from '@/lib/stats/business';
import { durationLabel } from '@/lib/stats/clock';
import { platformClocks } from '@/lib/stats/platform';
import { firstResponseMs, isEstimatedStart, startedAtMs } from '@/lib/stats/response';
import type { ReportSettings } from '@/lib/stats/settings';
import { changeItem } from './actions';
import type { Filter } from './Filters';
import { SITE_LABELS } from './format';
import { rangeMs } from './range';

const PAGE = 100;
const ACTION_LABELS: Record<MarkAction, string> = { flag: 'Follow up', ignore: 'Ignore', escalate: 'Escalate', reopen: 'Reopen' };

// Page text (authors, messages) is rendered as React text only, each piece in its own <bdi>;
// links only to https pages of the supported sites.
export function ItemsTable({ db, settings, filter, nowMs }: { db: ReplyDeskDb; settings: ReportSettings; filter: Filter; nowMs: number }) {
  const [limit, setLimit] = useState(PAGE);
  const [notice, setNotice] = useState<string | null>(null);
  const items = useItems(db, { ...rangeMs(filter, settings), site: filter.site || undefined, status: filter.status || undefined, limit: limit + 1 });
  if (items === undefined) return <p role="status">Loading items…</p>;
  if (items.length === 0) return <p role="status">No items first seen in this range match the filters.</p>;
  const act = async (item: StoredItem, action: 'handle' | MarkAction) => setNotice(await changeItem(item.key, action));
  return (
    <section aria-label="Items">
      {notice && <p role="alert" className="error">{notice}</p>}
      <table className="items">
        <thead>
          <tr>
            <th scope="col">Customer time</th>
            <th scope="col">Site</th>
            <th scope="col">From</th>
            <th scope="col">Message</th>
            <th scope="col">Status</th>
            <th scope="col">First response</th>
            <th scope="col">Platform window</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {items.slice(0, limit).map((item) => (
            <ItemRow key={item.key} item={item} settings={settings} nowMs={nowMs} onAction={(a) => void act(item, a)} />
          ))}
        </tbody>
      </table>
      {items.length > limit && (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>Show {PAGE} more</button>
      )}
    </section>
  );
}

function ItemRow({ item, settings, nowMs, onAction }: { item: StoredItem; settings: ReportSettings; nowMs: number; onAction(a: 'handle' | MarkAction): void }) {
  const response = firstResponseMs(item);
  const link = safeSiteUrl(item.permalink);
  const clocks = platformClocks(item, nowMs);
  const isOpen = item.status !== 'handled' && item.status !== 'ignored';
  return (
    <tr data-key={item.key} data-status={item.status}>
      <td>
        {localDateTime(startedAtMs(item), settings.business.timeZone)}
        {isEstimatedStart(item) && <span className="muted" title="The page showed no time: this is when ReplyDesk first saw it"> (first seen)</span>}
      </td>
      <td>{SITE_LABELS[item.site]} <span className="muted">{item.kind}</span></td>
      {/* bdi: a direction override in page text (U+202E) must end with the text, not flip what follows. */}
      <td><bdi>{item.author}</bdi>{item.handle && <span className="muted"> @<bdi>{item.handle}</bdi></span>}</td>
      <td className="message">
        {item.text ? <bdi>{item.text}</bdi> : <span className="muted">(no text)</span>}
        {link && (
          <> <a href={link} target="_blank" rel="noreferrer noopener">open</a></>
        )}
      </td>
      <td>{item.status}</td>
      <td>{response === null ? '–' : durationLabel(response)}{item.handledBy && <span className="muted"> by {item.handledBy}</span>}</td>
      <td>
        {clocks.map((c) => (
          <span key={c.id} className={c.isOpen ? 'window-open' : 'window-closed'}>
            {c.label}: {c.isOpen ? `${durationLabel(c.remainingMs)} left${c.isEstimated ? ' or less' : ''}` : 'closed'}
          </span>
        ))}
      </td>
      <td className="row-actions">
        {isOpen && <button type="button" onClick={() => onAction('handle')}>Mark handled</button>}
        {MARK_ACTIONS.filter((a) => MARKS[a].status !== item.status).map((a) => (
          <button type="button" key={a} onClick={() => onAction(a)}>{ACTION_LABELS[a]}</button>
        ))}
      </td>
    </tr>
  );
}
