import { useState } from 'react';
import { BackfillNotice } from '@/components/dashboard/BackfillNotice';
import { DataTools } from '@/components/dashboard/DataTools';
import { Filters, type Filter } from '@/components/dashboard/Filters';
import { ItemsTable } from '@/components/dashboard/ItemsTable';
import { ReportView } from '@/components/dashboard/ReportView';
import { SettingsForm } from '@/components/dashboard/SettingsForm';
import { TodayView } from '@/components/dashboard/TodayView';
import { useReportSettings } from '@/lib/db/hooks';
import type { ReplyDeskDb } from '@/lib/db/schema';
import { useNow } from '@/lib/panel/current-page';
import { addDays, localDate } from '@/lib/stats/business';

const TABS = ['Today', 'Reports', 'Items', 'Settings', 'Export'] as const;
type Tab = (typeof TABS)[number];

/** `nowMs` pins the clock (tests); the page itself ticks. */
export function App({ db, openStrictDb, nowMs }: { db: ReplyDeskDb; openStrictDb(): ReplyDeskDb; nowMs?: number }) {
  const settings = useReportSettings(db);
  const ticking = useNow();
  const now = nowMs ?? ticking;
  const [tab, setTab] = useState<Tab>('Today');
  const [filter, setFilter] = useState<Filter | null>(null);
  if (!settings) return <p role="status">Opening ReplyDesk…</p>;
  const today = localDate(now, settings.business.timeZone);
  const active = filter ?? { from: addDays(today, -29), to: today, site: '', status: '' };
  return (
    <main className="dashboard">
      <header>
        <h1>ReplyDesk dashboard</h1>
        <nav aria-label="Sections">
          {TABS.map((t) => (
            <button type="button" key={t} aria-current={tab === t ? 'page' : undefined} onClick={() => setTab(t)}>{t}</button>
          ))}
        </nav>
        <BackfillNotice />
      </header>
      {(tab === 'Reports' || tab === 'Items' || tab === 'Export') && <Filters filter={active} onChange={setFilter} />}
      {tab === 'Today' && <TodayView db={db} settings={settings} nowMs={now} />}
      {tab === 'Reports' && <ReportView db={db} settings={settings} filter={active} />}
      {tab === 'Items' && <ItemsTable db={db} settings={settings} filter={active} nowMs={now} />}
      {/* Keyed by the stored settings: a save elsewhere (another tab) resets the form to them. */}
      {tab === 'Settings' && <SettingsForm key={JSON.stringify(settings)} settings={settings} />}
      {tab === 'Export' && <DataTools db={db} openStrictDb={openStrictDb} settings={settings} filter={active} />}
    </main>
  );
}
