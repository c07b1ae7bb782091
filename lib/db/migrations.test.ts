import { rowsFromItems } from '../stats/aggregate';
import { normalizeRows } from '../../tests/db';
import { readReportSettings } from './queries';
import { createDb, versions, type ReplyDeskDb } from './schema';

// Every earlier schema version, seeded with data as that version wrote it, upgrades to the
// latest without losing a field. A new version appends its seed here: the test fails without one.

const T0 = Date.UTC(2026, 5, 1, 9, 0);
type Seed = Record<string, Array<Record<string, unknown>>>;

const seeds: Record<number, Seed> = {
  1: {
    items: [
      { key: 'x:1', site: 'x', id: '1', kind: 'reply', author: 'Ana', handle: 'ana', text: 'where is my order?', postedAtMs: T0, permalink: 'https://x.com/ana/status/1', own: false, pageUrl: 'https://x.com/shop/status/9', firstSeenMs: T0 + 60_000, lastSeenMs: T0 + 60_000, status: 'handled', handledAtMs: T0 + 600_000, handledVia: 'manual' },
      { key: 'x:2', site: 'x', id: '2', kind: 'reply', author: 'Bo', text: 'love it', own: false, pageUrl: 'https://x.com/shop/status/9', firstSeenMs: T0, lastSeenMs: T0, status: 'needs-follow-up' },
      { key: 'x:3', site: 'x', id: '3', kind: 'reply', author: 'Shop', text: 'on its way!', postedAtMs: T0 + 300_000, parentKey: 'x:1', own: true, pageUrl: 'https://x.com/shop/status/9', firstSeenMs: T0 + 400_000, lastSeenMs: T0 + 400_000, status: 'new' },
      { key: 'youtube:Ug1', site: 'youtube', id: 'Ug1', kind: 'comment', author: 'Cy', text: '', own: false, pageUrl: 'https://www.youtube.com/watch?v=a', firstSeenMs: T0, lastSeenMs: T0 + 5_000, status: 'ignored', analysis: { sentiment: { label: 'negative', score: -2, because: ['scam'] }, intents: [{ intent: 'spam', score: 0.9, because: ['free'] }] } },
    ],
    events: [
      { id: 'seen:x:1', itemKey: 'x:1', type: 'seen', atMs: T0 + 60_000 },
      { id: 'e-handled', itemKey: 'x:1', type: 'handled', atMs: T0 + 600_000, via: 'manual', initials: 'AB' },
      { id: 'e-inserted', itemKey: 'x:1', type: 'inserted', atMs: T0 + 500_000, templateId: 'starter:thanks' },
      { id: 'e-flag', itemKey: 'x:2', type: 'flagged', atMs: T0 + 1_000, initials: 'CD' },
      { id: 'e-ignore', itemKey: 'youtube:Ug1', type: 'ignored', atMs: T0 + 2_000 },
    ],
    templates: [{ id: 'mine:1', title: 'Mine', body: 'Hi {first_name|there}', language: 'en' }],
    settings: [{ key: 'initials', value: 'AB' }],
  },
};

let n = 0;
async function seeded(upTo: number, seed: Seed): Promise<string> {
  const name = `migrate-${upTo}-${n++}`;
  const db = createDb(name, upTo);
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(seed)) await db.table(table).bulkPut(rows);
  });
  db.close();
  return name;
}

const earlier = versions.slice(0, -1).map((v) => v.version);
const latest = versions.at(-1)!.version;

test('every earlier version has a seed', () => {
  expect(earlier.filter((v) => !seeds[v])).toEqual([]);
});

describe.each(earlier)('from version %i to the latest', (from) => {
  let db: ReplyDeskDb;
  beforeEach(async () => {
    db = createDb(await seeded(from, seeds[from]!));
    await db.open();
  });
  afterEach(() => db.close());

  test('opens at the latest version', () => {
    expect(db.verno).toBe(latest);
  });

  test('keeps every row and every field', async () => {
    for (const [table, rows] of Object.entries(seeds[from]!)) {
      const stored = await db.table(table).toArray();
      for (const row of rows) expect(stored).toContainEqual(expect.objectContaining(row));
      expect(stored.length).toBeGreaterThanOrEqual(rows.length);
    }
  });

  test('builds the report rows from the kept items', async () => {
    const settings = await readReportSettings(db);
    expect(normalizeRows(await db.daily.toArray())).toEqual(normalizeRows(rowsFromItems(await db.items.toArray(), settings.business).values()));
    expect(await db.daily.count()).toBeGreaterThan(0);
  });

  test('new indexes answer for old rows', async () => {
    expect(await db.items.where('[site+firstSeenMs]').between(['x', 0], ['x', Infinity]).count()).toBe(3);
    expect(await db.items.where('lastSeenMs').above(0).count()).toBe(4);
  });

  test('who handled an item comes from its first handled event', async () => {
    expect((await db.items.get('x:1'))?.handledBy).toBe('AB');
  });

  test('an upgraded database takes new writes into its rows', async () => {
    await db.items.update('x:2', { status: 'handled', handledAtMs: T0 + 3_600_000 });
    const settings = await readReportSettings(db);
    expect(normalizeRows(await db.daily.toArray())).toEqual(normalizeRows(rowsFromItems(await db.items.toArray(), settings.business).values()));
  });
});
