import { useState } from 'react';
import { createBackup, parseBackup, restoreBackup } from '@/lib/db/backup';
import { eventsOf, findItems } from '@/lib/db/queries';
import type { ReplyDeskDb } from '@/lib/db/schema';
import { sendToBackground } from '@/lib/messaging';
import { exportRow, toCsv, toJson } from '@/lib/stats/export';
import type { ReportSettings } from '@/lib/stats/settings';
import type { Filter } from './Filters';
import { rangeMs } from './range';

interface Props {
  db: ReplyDeskDb;
  /** Opens the database with strict durability, for the restore. */
  openStrictDb(): ReplyDeskDb;
  settings: ReportSettings;
  filter: Filter;
}

type Status = { ok: boolean; text: string } | null;

export function DataTools({ db, openStrictDb, settings, filter }: Props) {
  const [status, setStatus] = useState<Status>(null);
  const query = { ...rangeMs(filter, settings), site: filter.site || undefined, status: filter.status || undefined };
  const name = `replydesk-${filter.from}-to-${filter.to}${filter.site ? `-${filter.site}` : ''}${filter.status ? `-${filter.status}` : ''}`;

  const exportCsv = async () => {
    const items = await findItems(db, query);
    download(`${name}.csv`, 'text/csv;charset=utf-8', toCsv(items.map((i) => exportRow(i, settings.business)), settings.business.timeZone));
    setStatus({ ok: true, text: `Exported ${items.length} items as CSV.` });
  };
  const exportJson = async () => {
    const items = await findItems(db, query);
    download(`${name}.json`, 'application/json', toJson(items, await eventsOf(db, items.map((i) => i.key)), settings.business, Date.now()));
    setStatus({ ok: true, text: `Exported ${items.length} items as JSON.` });
  };
  const backup = async () => {
    const data = await createBackup(db, Date.now());
    download(`replydesk-backup-${new Date().toISOString().slice(0, 10)}.json`, 'application/json', JSON.stringify(data));
    setStatus({ ok: true, text: `Backed up ${data.items.length} items, ${data.events.length} events, ${data.templates.length} templates.` });
  };
  const restore = async (file: File) => {
    const check = parseBackup(await file.text());
    if (!check.ok) return setStatus({ ok: false, text: check.error });
    const { items, events, templates } = check.counts;
    if (!confirm(`Replace everything ReplyDesk holds with this backup (${items} items, ${events} events, ${templates} templates)?`)) return;
    const strict = openStrictDb();
    try {
      await restoreBackup(strict, check.backup);
      // Items the backup holds without the current analysis are read again by the background.
      sendToBackground({ type: 'analysis/refresh' }).catch(() => {});
      setStatus({ ok: true, text: `Restored ${items} items, ${events} events and ${templates} templates.` });
    } catch (error) {
      setStatus({ ok: false, text: `Restore failed and nothing was changed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      strict.close();
    }
  };

  return (
    <section aria-label="Export and backup" className="data-tools">
      <p>Exports hold the items first seen in the filtered range, one row each.</p>
      <button type="button" onClick={() => void exportCsv()}>Export CSV</button>
      <button type="button" onClick={() => void exportJson()}>Export JSON</button>
      <button type="button" onClick={() => void backup()}>Download full backup</button>
      <label className="file">
        Restore a backup… <input type="file" accept="application/json,.json" aria-label="Restore a backup" onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void restore(f); }} />
      </label>
      {status && <p role={status.ok ? 'status' : 'alert'} className={status.ok ? '' : 'error'}>{status.text}</p>}
    </section>
  );
}

function download(filename: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
