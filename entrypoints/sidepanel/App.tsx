import { useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { PageHeader } from '@/components/PageHeader';
import { QueueRow } from '@/components/QueueRow';
import { ReplyComposer, type Draft } from '@/components/ReplyComposer';
import { ShortcutHelp } from '@/components/ShortcutHelp';
import { TemplateSearch } from '@/components/TemplateSearch';
import { TodayStats } from '@/components/TodayStats';
import { useInsertedTemplateIds, usePageItems, useReplySettings, useReportSettings, useTemplates } from '@/lib/db/hooks';
import type { MarkAction, ReplyDeskDb, StoredItem } from '@/lib/db/schema';
import type { InsertReply, Message } from '@/lib/messages';
import { newEventId, sendToBackground } from '@/lib/messaging';
import { useCurrentPage, useNow } from '@/lib/panel/current-page';
import { startedAtMs } from '@/lib/stats/response';
import { checkReply } from '@/lib/templates/guards';
import type { Template } from '@/lib/templates/model';
import { channelOf, fillTemplate, rankTemplates, type Rendered } from '@/lib/templates/rank';

/** Unhandled first, newest first within each group; the agent's own posts are not the queue. */
export function queueOrder(items: readonly StoredItem[]): StoredItem[] {
  return items
    .filter((i) => !i.own)
    .sort((a, b) => Number(a.status === 'handled') - Number(b.status === 'handled') || startedAtMs(b) - startedAtMs(a));
}

/** The item's thread on this page: our replies in it, the other items' keys, and whether it answers us. */
export function threadOf(item: StoredItem | null, items: readonly StoredItem[]) {
  if (!item) return { otherKeys: [] as string[], ownReplies: [] as string[], answersUs: false };
  const same = item.threadId ? items.filter((i) => i.threadId === item.threadId) : [];
  return {
    otherKeys: same.filter((i) => i.key !== item.key).map((i) => i.key),
    ownReplies: same.filter((i) => i.own && i.kind !== 'post').map((i) => i.text),
    // A customer replying to one of our replies is waiting on an earlier answer (a reply to the
    // account's own post is just a comment).
    answersUs: items.some((i) => i.own && i.kind !== 'post' && i.key === item.parentKey),
  };
}

/**
 * The library as ranking sees it: a new list only when a template itself changed, not when an
 * insertion bumped a usage count, so the numbers the agent presses do not move under them.
 */
function useStableTemplates(templates: readonly Template[] | undefined): readonly Template[] | undefined {
  const signature = useMemo(() => templates && JSON.stringify(templates.map(({ usageCount: _, ...rest }) => rest)), [templates]);
  // Keyed on the signature on purpose: same templates, same list object.
  return useMemo(() => templates, [signature]);
}

const draftOf = (itemKey: string, s: Rendered | undefined): Draft =>
  s ? { itemKey, text: s.text, templateId: s.template.id, language: s.template.language } : { itemKey, text: '' };

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;

const uiLanguage = () => (typeof navigator !== 'undefined' ? navigator.language.slice(0, 2).toLowerCase() : 'en');

export function App({ db }: { db: ReplyDeskDb }) {
  const page = useCurrentPage();
  const now = useNow();
  const items = usePageItems(db, page?.keys ?? []);
  const queue = useMemo(() => queueOrder(items ?? []), [items]);
  const library = useTemplates(db);
  const settings = useReplySettings(db);
  const hours = useReportSettings(db)?.business;
  const [selected, setSelected] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ key: string; text: string } | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [dialog, setDialog] = useState<'search' | 'help' | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [warningsShown, setWarningsShown] = useState(0);
  const rowButtons = useRef(new Map<string, HTMLButtonElement>());
  const warningsBox = useRef<HTMLDivElement>(null);

  const item = queue.find((i) => i.key === selected) ?? null;
  const thread = useMemo(() => threadOf(item, items ?? []), [item, items]);
  const usedInThread = useInsertedTemplateIds(db, thread.otherKeys);
  const minute = Math.floor(now / 60_000);
  const templates = useStableTemplates(library?.templates);
  const ranking = useMemo(
    () =>
      item && templates && settings && hours
        ? rankTemplates(item, { templates, settings, hours, nowMs: minute * 60_000, uiLanguage: uiLanguage(), threadAnswered: thread.answersUs })
        : null,
    [item, templates, settings, hours, minute, thread.answersUs],
  );

  // A newly selected item starts with its best suggestion, already adapted.
  useEffect(() => {
    if (item && ranking) setDraft((d) => (d?.itemKey === item.key ? d : draftOf(item.key, ranking.suggestions[0])));
  }, [item, ranking]);

  const warningsFor = (d: Draft) =>
    item
      ? checkReply({
          text: d.text,
          site: item.site,
          channel: channelOf(item.kind),
          analysis: item.analysis,
          replyLanguage: d.language,
          templateId: d.templateId,
          threadReplies: thread.ownReplies,
          threadTemplateIds: usedInThread ?? [],
        })
      : [];
  const current = draft && item && draft.itemKey === item.key ? draft : null;
  const warnings = current ? warningsFor(current) : [];

  useEffect(() => {
    if (warningsShown > 0) warningsBox.current?.focus();
  }, [warningsShown]);

  const insert = async (target: StoredItem, text: string, templateId?: string) => {
    if (!page) return;
    setNotice({ key: target.key, text: 'Inserting…' });
    try {
      const reply = (await browser.tabs.sendMessage(page.tabId, { type: 'reply/insert', key: target.key, text })) as InsertReply;
      if (reply.status === 'inserted') {
        setNotice({ key: target.key, text: 'Inserted in the reply box. Check it and send it on the site.' });
        await sendToBackground({ type: 'item/inserted', key: target.key, eventId: newEventId(), atMs: Date.now(), ...(templateId ? { templateId } : {}) });
      } else setNotice({ key: target.key, text: `Not inserted: ${reply.reason}` });
    } catch {
      setNotice({ key: target.key, text: 'Not inserted: the page is not reachable (reload it).' });
    }
  };

  /** Inserts unless a send-guard objects and the agent has not overridden it yet. */
  const tryInsert = (d: Draft, overridden: boolean) => {
    if (!item || d.text.trim() === '') return;
    setDraft(d);
    if (!overridden && warningsFor(d).length > 0) {
      setWarningsShown((n) => n + 1);
      return;
    }
    void insert(item, d.text, d.templateId);
  };

  const write = (target: StoredItem, message: Message, done: string) =>
    sendToBackground(message)
      .then(() => setAnnouncement(done))
      .catch(() => setNotice({ key: target.key, text: 'Not saved: ReplyDesk could not reach its store. Try again.' }));

  const stamp = () => ({ eventId: newEventId(), atMs: Date.now(), ...(settings?.initials ? { initials: settings.initials } : {}) });
  const setHandled = (target: StoredItem, handled: boolean) =>
    write(
      target,
      handled ? { type: 'item/handle', key: target.key, ...stamp() } : { type: 'item/mark', action: 'reopen', key: target.key, ...stamp() },
      handled ? `Marked handled: ${target.author}` : `Reopened: ${target.author}`,
    );
  const mark = (target: StoredItem, action: MarkAction, done: string) => write(target, { type: 'item/mark', action, key: target.key, ...stamp() }, done);

  const focusRow = (key: string | null) => {
    const button = key ? rowButtons.current.get(key) : undefined;
    button?.focus();
    button?.scrollIntoView?.({ block: 'nearest' });
  };
  const move = (step: number) => {
    if (queue.length === 0) return;
    const at = queue.findIndex((i) => i.key === selected);
    const next = queue[at === -1 ? 0 : Math.min(queue.length - 1, Math.max(0, at + step))]!;
    setSelected(next.key);
    focusRow(next.key);
  };
  const closeDialog = () => {
    setDialog(null);
    focusRow(selected);
  };

  const onKey = useRef<(e: KeyboardEvent) => void>(() => {});
  onKey.current = (e) => {
    if (dialog || e.ctrlKey || e.metaKey || e.altKey) return;
    if (isTyping(e.target)) {
      if (e.key === 'Escape') focusRow(selected);
      return;
    }
    if (e.key === 'j') move(1);
    else if (e.key === 'k') move(-1);
    else if (e.key === '/') setDialog('search');
    else if (e.key === '?') setDialog('help');
    else if (e.key === 'e' && item) void setHandled(item, item.status !== 'handled');
    else if (e.key === 'f' && item) void mark(item, 'flag', `Flagged for follow-up: ${item.author}`);
    else if (/^[1-9]$/.test(e.key) && item && ranking) {
      const suggestion = ranking.suggestions[Number(e.key) - 1];
      if (!suggestion) return;
      tryInsert(draftOf(item.key, suggestion), false);
    } else return;
    e.preventDefault();
  };
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey.current(e);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  return (
    <main className="panel">
      <header className="panel-top">
        <h1>ReplyDesk</h1>
        <a href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noreferrer">Dashboard</a>
        <TodayStats db={db} nowMs={now} />
        <div className="top-actions">
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            Templates &amp; settings
          </button>
          <button type="button" onClick={() => setDialog('help')} aria-keyshortcuts="?" aria-label="Keyboard shortcuts">
            ?
          </button>
        </div>
      </header>
      <PageHeader page={page} count={queue.length} />
      {library && library.templates.length === 0 && <p className="hint">No templates yet: add some under Templates &amp; settings.</p>}
      {queue.length > 0 && (
        <ul className="queue" aria-label="Queue">
          {queue.map((row) => (
            <QueueRow
              key={row.key}
              item={row}
              nowMs={now}
              isSelected={selected === row.key}
              onSelect={() => setSelected(row.key)}
              buttonRef={(el) => {
                if (el) rowButtons.current.set(row.key, el);
                else rowButtons.current.delete(row.key);
              }}
              notice={notice?.key === row.key ? notice.text : undefined}
              onHandled={(handled) => void setHandled(row, handled)}
            >
              {ranking && current && current.itemKey === row.key && (
                <ReplyComposer
                  ranking={ranking}
                  draft={current}
                  onDraft={setDraft}
                  warnings={warnings}
                  warningsRef={warningsBox}
                  onInsert={() => tryInsert(current, true)}
                  onIgnore={() => void mark(row, 'ignore', `Ignored: ${row.author}`)}
                />
              )}
            </QueueRow>
          ))}
        </ul>
      )}
      {queue.length > 0 && <p className="hint">j/k move · 1–9 insert · e handled · f flag · / search · ? help</p>}
      {dialog === 'help' && <ShortcutHelp onClose={closeDialog} />}
      {dialog === 'search' && library && (
        <TemplateSearch
          templates={library.templates}
          language={ranking?.reading.language ?? uiLanguage()}
          onClose={closeDialog}
          onPick={(template) => {
            closeDialog();
            if (!item || !settings || !hours) return setAnnouncement('Select an item first (j/k), then search.');
            const filled = fillTemplate(template, ranking?.reading.tone ?? 'neutral', { settings, hours }, item.author);
            setDraft(draftOf(item.key, filled));
          }}
        />
      )}
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </main>
  );
}
