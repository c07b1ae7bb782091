import type { StoredItem } from '../db/schema';
import { analysisOf } from '../../tests/db';
import { dailySeries, rowsFromItems, summarize, type ReportFilter } from './aggregate';
import { defaultBusinessHours } from './business';
import { DEFAULT_TARGETS, HOUR_MS, MINUTE_MS } from './clock';
import { firstResponseMs, median, percentile } from './response';

const D1 = Date.UTC(2026, 6, 13, 10); // Monday
const D2 = Date.UTC(2026, 6, 14, 10);
const business = defaultBusinessHours('UTC');

function item(key: string, o: Partial<StoredItem>): StoredItem {
  return { key, site: 'x', id: key, kind: 'reply', author: 'a', text: '', own: false, pageUrl: 'u', firstSeenMs: D1, lastSeenMs: D1, status: 'new', ...o };
}

const items: StoredItem[] = [
  item('1', { postedAtMs: D1, handledAtMs: D1 + 10 * MINUTE_MS, status: 'handled', handledBy: 'AB', analysis: analysisOf('negative', 'complaint') }),
  item('2', { postedAtMs: D1, handledAtMs: D1 + 2 * HOUR_MS, status: 'handled', handledBy: 'CD' }),
  item('3', { firstSeenMs: D1 + HOUR_MS, status: 'ignored' }),
  item('4', { site: 'youtube', kind: 'comment', postedAtMs: D2, handledAtMs: D2 + 30 * MINUTE_MS, status: 'new', analysis: analysisOf('positive', 'praise') }),
  item('5', { site: 'youtube', kind: 'comment', postedAtMs: D2, status: 'needs-follow-up' }),
  item('6', { own: true, postedAtMs: D1 }),
];

const all: ReportFilter = { from: '2026-07-13', to: '2026-07-14' };

test.each([
  ['everything', all, ['1', '2', '3', '4', '5']],
  ['one site', { ...all, sites: ['youtube'] }, ['4', '5']],
  ['one day', { from: '2026-07-14', to: '2026-07-14' }, ['4', '5']],
  ['no day', { from: '2026-07-15', to: '2026-07-20' }, []],
] as const)('report over %s equals the figures over its items', (_, filter, keys) => {
  const report = summarize([...rowsFromItems(items, business).values()], filter, DEFAULT_TARGETS);
  const picked = items.filter((i) => (keys as readonly string[]).includes(i.key));
  const times = picked.map(firstResponseMs).filter((t): t is number => t !== null);
  expect(report.received).toBe(picked.length);
  expect(report.answered).toBe(times.length);
  expect(report.calendar.medianMs).toBe(median(times));
  expect(report.calendar.p90Ms).toBe(percentile(times, 0.9));
});

test('everything: rates, statuses, sentiment, agents, business time', () => {
  const report = summarize([...rowsFromItems(items, business).values()], all, DEFAULT_TARGETS);
  expect(report).toMatchObject({
    received: 5,
    answered: 3,
    estimatedShare: 1 / 5,
    responseRate: 3 / 4, // item 3 was ignored unanswered
    byStatus: { handled: 2, ignored: 1, new: 1, 'needs-follow-up': 1 },
    sentiment: { negative: 1, positive: 1 },
    intents: { complaint: 1, praise: 1 },
    calendar: { count: 3, medianMs: 30 * MINUTE_MS, within1h: 2 / 3 },
    business: { count: 3, medianMs: 30 * MINUTE_MS },
  });
  expect(report.bySite).toEqual([
    { site: 'x', received: 3, answered: 2, responseRate: 1, medianMs: (10 * MINUTE_MS + 2 * HOUR_MS) / 2 },
    { site: 'youtube', received: 2, answered: 1, responseRate: 0.5, medianMs: 30 * MINUTE_MS },
  ]);
  expect(report.byAgent.map((a) => [a.initials, a.answered])).toEqual([['AB', 1], ['CD', 1], ['', 1]]);
});

test('daily series has every day, empty ones as zeros', () => {
  const series = dailySeries([...rowsFromItems(items, business).values()], { from: '2026-07-12', to: '2026-07-14' }, ['2026-07-12', '2026-07-13', '2026-07-14']);
  expect(series.map((p) => [p.day, p.received, p.answered, p.medianMs])).toEqual([
    ['2026-07-12', 0, 0, null],
    ['2026-07-13', 3, 2, (10 * MINUTE_MS + 2 * HOUR_MS) / 2],
    ['2026-07-14', 2, 1, 30 * MINUTE_MS],
  ]);
});
