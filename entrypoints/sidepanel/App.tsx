import { useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { PageHeader } from '@/components/PageHeader';
import { QueueRow } from '@/components/QueueRow';
import { TodayStats } from '@/components/TodayStats';
import { usePageItems } from '@/lib/db/hooks';
import type { ReplyDeskDb, StoredItem } from '@/lib/db/schema';
import type { InsertReply } from '@/lib/messages';
import { newEventId, sendToBackground } from '@/lib/messaging';
import { useCurrentPage, useNow } from '@/lib/panel/current-page';
import { startedAtMs } from '@/lib/stats/response';
import { starterTemplates } from '@/lib/templates/starter';

/** Unhandled first, newest first within each group; the agent's own posts are not the queue. */
export function queueOrder(items: readonly StoredItem[]): StoredItem[] {
  return items
    .filter((i) => !i.own)
    .sort((a, b) => Number(a.status === 'handled') - Number(b.status === 'handled') || startedAtMs(b) - startedAtMs(a));
}

export function App({ db }: { db: ReplyDeskDb }) {
  const page = useCurrentPage();
  const now = useNow();
  const items = usePageItems(db, page?.keys ?? []);
  const queue = useMemo(() => queueOrder(items ?? []), [items]);
  const [selected, setSelected] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ key: string; text: string } | null>(null);

  const insert = async (item: StoredItem, text: string, templateId: string) => {
    if (!page) return;
    setNotice({ key: item.key, text: 'Inserting…' });
    try {
      const reply = (await browser.tabs.sendMessage(page.tabId, { type: 'reply/insert', key: item.key, text })) as InsertReply;
      if (reply.status === 'inserted') {
        setNotice({ key: item.key, text: 'Inserted in the reply box. Check it and send it on the site.' });
        await sendToBackground({ type: 'item/inserted', key: item.key, eventId: newEventId(), atMs: Date.now(), templateId });
      } else setNotice({ key: item.key, text: `Not inserted: ${reply.reason}` });
    } catch {
      setNotice({ key: item.key, text: 'Not inserted: the page is not reachable (reload it).' });
    }
  };

  const setHandled = (item: StoredItem, handled: boolean) =>
    sendToBackground(
      handled
        ? { type: 'item/handle', key: item.key, eventId: newEventId(), atMs: Date.now() }
        : { type: 'item/mark', action: 'reopen', key: item.key, eventId: newEventId(), atMs: Date.now() },
    ).catch(() => setNotice({ key: item.key, text: 'Not saved: ReplyDesk could not reach its store. Try again.' }));

  return (
    <main className="panel">
      <header className="panel-top">
        <h1>ReplyDesk</h1>
        <a href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noreferrer">Dashboard</a>
        <TodayStats db={db} nowMs={now} />
      </header>
      <PageHeader page={page} count={queue.length} />
      {queue.length > 0 && (
        <ul className="queue" aria-label="Queue">
          {queue.map((item) => (
            <QueueRow
              key={item.key}
              item={item}
              nowMs={now}
              isSelected={selected === item.key}
              onSelect={() => setSelected(item.key)}
              templates={starterTemplates}
              notice={notice?.key === item.key ? notice.text : undefined}
              onInsert={(text, templateId) => void insert(item, text, templateId)}
              onHandled={(handled) => void setHandled(item, handled)}
            />
          ))}
        </ul>
      )}
    </main>
  );
}
