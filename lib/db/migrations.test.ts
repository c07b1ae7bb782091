import { describe, expect, test } from 'vitest';
import { analysisOf } from '../../tests/analysis';
import { normalizeRows } from '../../tests/db';
import { rowsFromItems } from '../stats/aggregate';
import { readReportSettings } from './queries';
import { createDb, versions } from './schema';

// Every schema version must open a database written by any earlier one with nothing lost. Each
// version adds its seed here: rows as that version wrote them, and what they must read as later.
const seeds: Record<number, (db: ReturnType<typeof createDb>) => Promise<void>> = {
  1: async (db) => {
    await db.table('items').bulkPut([
      { key: 'x:1', site: 'x', id: '1', kind: 'reply', author: 'Ana', text: 'where is my order', own: false, postedAtMs: 1_000, firstSeenMs: 2_000, lastSeenMs: 2_000, pageUrl: 'https://x.com/a/status/9', status: 'handled', handledAtMs: 5_000, handledVia: 'manual' },
      { key: 'x:2', site: 'x', id: '2', kind: 'reply', author: 'Bo', text: 'hi', own: false, firstSeenMs: 3_000, lastSeenMs: 3_000, pageUrl: 'https://x.com/a/status/9', status: 'new' },
      // v1 rows can carry an analysis and an own reply pointing at its parent.
      { key: 'x:3', site: 'x', id: '3', kind: 'reply', author: 'Shop', text: 'on its way', own: true, parentKey: 'x:1', postedAtMs: 4_000, firstSeenMs: 4_500, lastSeenMs: 4_500, pageUrl: 'https://x.com/a/status/9', status: 'new' },
      { key: 'youtube:Ug1', site: 'youtube', id: 'Ug1', kind: 'comment', author: 'Cy', text: 'free followers', own: false, firstSeenMs: 3_000, lastSeenMs: 3_000, pageUrl: 'https://www.youtube.com/watch?v=a', status: 'ignored', analysis: { sentiment: { label: 'neutral', score: 0, because: [] }, intents: [{ intent: 'spam', score: 0.9, because: ['free'] }] } },
    ]);
    await db.table('events').bulkPut([
      { id: 'seen:x:1', itemKey: 'x:1', type: 'seen', atMs: 2_000 },
      { id: 'e1', itemKey: 'x:1', type: 'handled', atMs: 5_000, via: 'manual', initials: 'AB' },
      { id: 'e2', itemKey: 'x:1', type: 'handled', atMs: 6_000, via: 'manual', initials: 'CD' },
      { id: 'e3', itemKey: 'youtube:Ug1', type: 'ignored', atMs: 3_500 },
    ]);
    await db.table('templates').put({ id: 't1', title: 'Thanks', body: 'Thanks {first_name|there}!', language: 'en' });
    await db.table('settings').put({ key: 'initials', value: 'AS' });
  },
  2: async (db) => {
    await db.table('items').put({ key: 'facebook:m1', site: 'facebook', id: 'm1', kind: 'dm', author: 'Di', text: 'refund?', own: false, postedAtMs: 7_000, firstSeenMs: 7_500, lastSeenMs: 7_500, pageUrl: 'https://www.facebook.com/messages/t/1', status: 'handled', handledAtMs: 9_000, handledVia: 'manual', handledBy: 'EF' });
    await db.table('events').put({ id: 'e4', itemKey: 'facebook:m1', type: 'handled', atMs: 9_000, via: 'manual', initials: 'EF' });
  },
  3: async (db) => {
    // v3 analyses carry the version of the analysis that made them (indexed).
    await db.table('items').put({ key: 'reddit:t1_a', site: 'reddit', id: 't1_a', kind: 'comment', author: 'Ed', text: 'love it', own: false, firstSeenMs: 8_000, lastSeenMs: 8_000, pageUrl: 'https://www.reddit.com/r/a/comments/b/c/', status: 'new', analysis: { ...analysisOf({ sentiment: 'positive', intents: ['praise'] }), version: '1.aaaaaaaa.bbbbbbbb' } });
  },
};

const latest = versions.at(-1)!.version;

async function seededDb(version: number) {
  const name = `migrate-${version}-${Math.random()}`;
  const old = createDb(name, version);
  await old.open();
  for (const v of versions.filter((x) => x.version <= version)) await seeds[v.version]?.(old);
  const before = Object.fromEntries(await Promise.all(old.tables.map(async (t) => [t.name, await t.toArray()] as const)));
  old.close();
  const current = createDb(name);
  await current.open();
  return { before, current };
}

describe.each(versions.map((v) => [v.version]))('a database written by schema v%i', (version) => {
  test(`opens at v${latest} with every row kept`, async () => {
    const { before, current } = await seededDb(version);
    expect(current.verno).toBe(latest);
    for (const [table, rows] of Object.entries(before)) {
      const after = await current.table(table).toArray();
      for (const row of rows) expect(after).toContainEqual(expect.objectContaining(row));
    }
    expect(await current.items.where('handledAtMs').aboveOrEqual(0).count()).toBe(version >= 2 ? 2 : 1);
    current.close();
    await current.delete();
  });

  test('has report rows equal to a rebuild from its items, and takes new writes into them', async () => {
    const { current } = await seededDb(version);
    const expectRows = async () => {
      const { business } = await readReportSettings(current);
      expect(normalizeRows(await current.daily.toArray())).toEqual(normalizeRows(rowsFromItems(await current.items.toArray(), business).values()));
    };
    await expectRows();
    expect(await current.daily.count()).toBeGreaterThan(0);
    await current.items.update('x:2', { status: 'handled', handledAtMs: 8_000 });
    await expectRows();
    current.close();
    await current.delete();
  });

  test('answers the new indexes for old rows, and knows who handled what first', async () => {
    const { current } = await seededDb(version);
    expect(await current.items.where('[site+firstSeenMs]').between(['x', 0], ['x', Infinity]).count()).toBe(3);
    expect(await current.items.where('lastSeenMs').above(0).count()).toBe(version >= 3 ? 6 : version >= 2 ? 5 : 4);
    // v2's upgrade fills handledBy from the first handled event's initials.
    if (version < 2) expect((await current.items.get('x:1'))?.handledBy).toBe('AB');
    // Analyses from before v3 have no stamp: they are not in the index, so the background reads them again.
    expect(await current.items.where('analysis.version').equals('1.aaaaaaaa.bbbbbbbb').primaryKeys()).toEqual(version >= 3 ? ['reddit:t1_a'] : []);
    expect(await current.items.where('analysis.version').above('').count()).toBe(version >= 3 ? 1 : 0);
    current.close();
    await current.delete();
  });
});

test('every version has a seed, so no upgrade goes untested', () => {
  for (const v of versions) expect(seeds[v.version], `seed for v${v.version}`).toBeDefined();
});
