import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { saveReportSettings } from '@/lib/db/queries';
import { createDb, type ReplyDeskDb, type StoredItem } from '@/lib/db/schema';
import { defaultReportSettings } from '@/lib/stats/settings';
import { analysisOf } from '@/tests/analysis';
import { queueOrder } from '@/entrypoints/sidepanel/App';
import { PageHeader } from './PageHeader';
import { QueueRow } from './QueueRow';
import { TodayStats } from './TodayStats';

// 15:00 on the machine's clock: with default settings "today" is the machine's day, in any time zone.
const NOW = new Date(2026, 10, 25, 15, 0).getTime();
const item = (over: Partial<StoredItem>): StoredItem => ({
  key: 'x:1', site: 'x', id: '1', kind: 'reply', author: 'Ana Díaz', text: 'hi', own: false,
  firstSeenMs: NOW - 60_000, lastSeenMs: NOW, pageUrl: 'https://x.com/a/status/9', status: 'new', ...over,
});

describe('PageHeader', () => {
  test('says no comments were found, and why', () => {
    render(<PageHeader page={{ tabId: 1, url: 'u', site: 'x', adapter: 'X', keys: [], reason: 'no replies found on this page yet', updatedAtMs: 0 }} count={0} />);
    expect(screen.getByRole('status').textContent).toBe('X: no comments found on this page (no replies found on this page yet).');
  });
});

describe('QueueRow', () => {
  const row = (it: StoredItem, onHandled: (handled: boolean) => void = () => {}) =>
    render(
      <ul>
        <QueueRow item={it} nowMs={NOW} isSelected={false} onSelect={() => {}} onHandled={onHandled} />
      </ul>,
    );

  test.each([
    [10 * 60_000, 'ok', '10 min ago'],
    [3 * 3_600_000, 'amber', '3 h ago'],
    [30 * 3_600_000, 'red', '1 d ago'],
  ])('waited %i ms: clock %s, "%s"', (waited, clock, label) => {
    row(item({ postedAtMs: NOW - waited }));
    const el = screen.getByText(label);
    expect(el.getAttribute('data-clock')).toBe(clock);
  });

  test('an item without a posted time counts from first seen and says so', () => {
    row(item({ postedAtMs: undefined, firstSeenMs: NOW - 5 * 60_000 }));
    expect(screen.getByText('seen 5 min ago')).toBeTruthy();
  });

  test('hostile text is text', () => {
    const { container } = row(item({ text: '<img src=x onerror="alert(1)">', author: '<b>Bob</b>' }));
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)">')).toBeTruthy();
    expect(screen.getByRole('button', { name: '<b>Bob</b>, reply, 1 min ago' })).toBeTruthy();
  });

  test('shows the analysis badges when the item has been read', () => {
    const { container, rerender } = row(item({}));
    expect(container.querySelector('.analysis-badges')).toBeNull();
    rerender(
      <ul>
        <QueueRow item={item({ analysis: analysisOf({ language: 'es', intents: [['complaint', 0.9, ['roto']]] }) })} nowMs={NOW} isSelected={false} onSelect={() => {}} onHandled={() => {}} />
      </ul>,
    );
    const badges = screen.getByRole('list', { name: 'What the message says' });
    expect(badges.textContent).toContain('complaint');
    expect(badges.closest('button')).toBeNull();
  });

  test('says when an item was flagged for follow-up', () => {
    row(item({ status: 'needs-follow-up' }));
    expect(screen.getByText('flagged for follow-up')).toBeTruthy();
  });

  test('a handled item shows its response time and reopens', () => {
    const onHandled = vi.fn();
    row(item({ status: 'handled', postedAtMs: NOW - 2 * 3_600_000, handledAtMs: NOW - 3_600_000 }), onHandled);
    expect(screen.getByText('answered in 1 h')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reopen' }));
    expect(onHandled).toHaveBeenCalledWith(false);
  });
});

describe('queueOrder', () => {
  test('unhandled newest first, then handled; own posts are not the queue', () => {
    const order = queueOrder([
      item({ key: 'a', postedAtMs: 1 }),
      item({ key: 'b', postedAtMs: 3, status: 'handled' }),
      item({ key: 'c', postedAtMs: 2 }),
      item({ key: 'd', postedAtMs: 4, own: true }),
    ]);
    expect(order.map((i) => i.key)).toEqual(['c', 'a', 'b']);
  });
});

describe('TodayStats', () => {
  let db: ReplyDeskDb;
  beforeEach(async () => {
    db = createDb(`stats-${Math.random()}`);
    await db.items.bulkPut([
      item({ key: 'x:1', postedAtMs: NOW - 3_600_000, handledAtMs: NOW - 3_000_000, status: 'handled' }), // 10 min
      item({ key: 'x:2', postedAtMs: NOW - 3_600_000, handledAtMs: NOW - 1_800_000, status: 'handled' }), // 30 min
      item({ key: 'x:3', postedAtMs: NOW - 3_600_000, handledAtMs: NOW - 2 * 86_400_000, status: 'handled' }), // another day
      item({ key: 'x:4', own: true, handledAtMs: NOW - 60_000 }),
    ]);
  });
  afterEach(async () => db.delete());

  test("today is the reports' day: their time zone decides where midnight falls", async () => {
    const at = Date.parse('2026-11-25T01:00:00Z');
    await db.items.clear();
    await db.items.bulkPut([
      item({ key: 'x:a', postedAtMs: at - 3_600_000, handledAtMs: at - 1_800_000, status: 'handled' }), // 00:30Z
      item({ key: 'x:b', postedAtMs: at - 7_200_000, handledAtMs: at - 5_400_000, status: 'handled' }), // 23:30Z the day before
    ]);
    const settings = (timeZone: string) => ({ ...defaultReportSettings(), business: { ...defaultReportSettings().business, timeZone } });
    await saveReportSettings(db, settings('UTC'));
    const { unmount } = render(<TodayStats db={db} nowMs={at} />);
    expect((await screen.findByTestId('handled-today')).textContent).toBe('1');
    unmount();
    await saveReportSettings(db, settings('America/New_York')); // still Nov 24 there: both count
    render(<TodayStats db={db} nowMs={at} />);
    await waitFor(() => expect(screen.getByTestId('handled-today').textContent).toBe('2'));
  });

  test("counts today's first responses and their median, live from the store", async () => {
    render(<TodayStats db={db} nowMs={NOW} />);
    expect((await screen.findByTestId('handled-today')).textContent).toBe('2');
    expect(screen.getByTestId('median-today').textContent).toBe('20 min');
    await db.items.put(item({ key: 'x:5', postedAtMs: NOW - 600_000, handledAtMs: NOW - 300_000, status: 'handled' }));
    await screen.findByText('3');
  });
});
