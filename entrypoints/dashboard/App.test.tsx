import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDb, rawItem } from '@/tests/db';
import { handleMessage } from '@/lib/background/router';
import { isCurrentAnalysis } from '@/lib/background/analysis-version';
import { createBackup } from '@/lib/db/backup';
import { createDb, type ReplyDeskDb } from '@/lib/db/schema';
import { defaultBusinessHours } from '@/lib/stats/business';
import { HOUR_MS, MINUTE_MS } from '@/lib/stats/clock';
import { defaultReportSettings } from '@/lib/stats/settings';
import { App } from './App';

// Charts draw on canvas, which happy-dom lacks; the numbers under each chart are still rendered.
vi.mock('uplot', () => ({
  default: class {
    static tzDate = (d: Date) => d;
    destroy() {}
  },
}));

let db: ReplyDeskDb;
const now = Date.UTC(2026, 6, 15, 12); // a Wednesday noon, in UTC as the settings below say

beforeEach(async () => {
  db = freshDb();
  // The background's router answers the page's messages, as in the extension.
  fakeBrowser.runtime.onMessage.addListener((message, sender, respond) => {
    void handleMessage(db, message, sender).then(respond);
    return true;
  });
  const send = (m: unknown, at: number) => handleMessage(db, m, {}, at);
  await send({ type: 'settings/save', settings: { ...defaultReportSettings(), business: defaultBusinessHours('UTC') } }, now - HOUR_MS * 3);
  await send({ type: 'items/seen', url: 'https://x.com/shop/status/1', site: 'x', adapter: 'X', reset: true, items: [
    rawItem('1', { postedAtMs: now - 2 * HOUR_MS, author: 'Ana', text: 'Where is my refund?' }),
    rawItem('2', { postedAtMs: now - HOUR_MS, author: 'Bo', text: '<img src=x onerror="alert(1)"> refund please', permalink: 'javascript:alert(1)' }),
    rawItem('3', { author: 'Cy', text: 'thanks!', permalink: 'https://x.com/cy/status/3' }),
  ] }, now - 30 * MINUTE_MS);
  await send({ type: 'item/handle', key: 'x:1', eventId: 'h1', atMs: now - 90 * MINUTE_MS, initials: 'AB' }, now);
});

const openApp = () => render(<App db={db} openStrictDb={() => db} nowMs={now} />);

test('today: received, answered with its median, waiting', async () => {
  openApp();
  await waitFor(() => expect(screen.getByTestId('today-answered').textContent).toBe('1'));
  expect(screen.getByTestId('today-median').textContent).toBe('30 min');
  expect(screen.getByTestId('today-received').textContent).toBe('3');
  expect(screen.getByTestId('waiting').textContent).toBe('2');
});

test('reports: figures over the range, by site and by agent', async () => {
  openApp();
  fireEvent.click(await screen.findByRole('button', { name: 'Reports' }));
  await waitFor(() => expect(screen.getByTestId('received').textContent).toBe('3'));
  expect(screen.getByTestId('answered').textContent).toBe('1');
  expect(screen.getByTestId('response-rate').textContent).toBe('33.3%');
  expect(screen.getByTestId('median').textContent).toBe('30 min');
  expect(screen.getByTestId('within-1h').textContent).toBe('100%');
  expect(screen.getByTestId('estimated-note').textContent).toMatch(/^33.3% of these items showed no time/);
  expect(within(screen.getByRole('table', { name: 'By agent' })).getByText('AB')).toBeTruthy();
  expect(await within(screen.getByRole('table', { name: 'Top keywords' })).findByText('refund')).toBeTruthy();
});

test('items: hostile text stays text, unsafe links are dropped, actions go through the background', async () => {
  const { container } = openApp();
  fireEvent.click(await screen.findByRole('button', { name: 'Items' }));
  const row = await waitFor(() => {
    const found = container.querySelector<HTMLTableRowElement>('tr[data-key="x:2"]');
    if (!found) throw new Error('no row yet');
    return found;
  });
  expect(row.querySelector('.message bdi')?.textContent).toBe('<img src=x onerror="alert(1)"> refund please');
  expect(container.querySelector('img')).toBeNull();
  expect(within(row).queryByRole('link')).toBeNull();
  expect(within(container.querySelector<HTMLElement>('tr[data-key="x:3"]')!).getByRole('link').getAttribute('href')).toBe('https://x.com/cy/status/3');

  fireEvent.click(within(row).getByRole('button', { name: 'Mark handled' }));
  await waitFor(() => expect(container.querySelector('tr[data-key="x:2"]')?.getAttribute('data-status')).toBe('handled'));
  expect((await db.events.where('itemKey').equals('x:2').toArray()).map((e) => e.type).sort()).toEqual(['handled', 'seen']);

  fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'new' } });
  await waitFor(() => expect(container.querySelectorAll('tbody tr[data-key]')).toHaveLength(1));
});

test('settings: a bad time zone is refused in the form; a good one is saved by the background', async () => {
  openApp();
  fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
  const zone = screen.getByRole('combobox', { name: /Time zone/ });
  fireEvent.change(zone, { target: { value: 'Mars/Olympus' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
  expect((await screen.findByRole('alert')).textContent).toMatch(/not a time zone/);
  fireEvent.change(zone, { target: { value: 'Asia/Kolkata' } });
  fireEvent.change(screen.getByRole('textbox', { name: 'Saturday' }), { target: { value: '10:00-14:00' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
  await waitFor(async () => expect((await db.settings.get('reports'))?.value).toMatchObject({ business: { timeZone: 'Asia/Kolkata', week: expect.arrayContaining([[[600, 840]]]) } }));
});

test('restore: a foreign file is refused with a reason and nothing changes', async () => {
  openApp();
  fireEvent.click(await screen.findByRole('button', { name: 'Export' }));
  const before = await db.items.toArray();
  const file = new File(['{"name":"not-a-backup"}'], 'other.json', { type: 'application/json' });
  fireEvent.change(screen.getByLabelText('Restore a backup'), { target: { files: [file] } });
  expect((await screen.findByRole('alert')).textContent).toMatch(/not a ReplyDesk backup/);
  expect(await db.items.toArray()).toEqual(before);
});

test('restore: items the backup holds without an analysis are read again by the background', async () => {
  const backup = await createBackup(db, now);
  for (const item of backup.items) delete item.analysis; // as a ReplyDesk without the analysis wrote it
  render(<App db={db} openStrictDb={() => createDb(db.name)} nowMs={now} />);
  vi.stubGlobal('confirm', () => true);
  fireEvent.click(await screen.findByRole('button', { name: 'Export' }));
  const file = new File([JSON.stringify(backup)], 'backup.json', { type: 'application/json' });
  fireEvent.change(screen.getByLabelText('Restore a backup'), { target: { files: [file] } });
  expect((await screen.findByText(/^Restored 3 items/)).textContent).toMatch(/3 items/);
  await waitFor(async () => expect((await db.items.toArray()).map((i) => isCurrentAnalysis(i.analysis))).toEqual([true, true, true]));
  expect(await db.items.get('x:1')).toMatchObject({ status: 'handled', handledBy: 'AB' });
  vi.unstubAllGlobals();
});
