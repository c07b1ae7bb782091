import { describe, expect, test } from 'vitest';
import { createDb, versions } from './schema';

// Every schema version must open a database written by any earlier one with nothing lost. Each
// version adds its seed here: rows as that version wrote them, and what they must read as later.
const seeds: Record<number, (db: ReturnType<typeof createDb>) => Promise<void>> = {
  1: async (db) => {
    await db.table('items').bulkPut([
      { key: 'x:1', site: 'x', id: '1', kind: 'reply', author: 'Ana', text: 'where is my order', own: false, postedAtMs: 1_000, firstSeenMs: 2_000, lastSeenMs: 2_000, pageUrl: 'https://x.com/a/status/9', status: 'handled', handledAtMs: 5_000, handledVia: 'manual' },
      { key: 'x:2', site: 'x', id: '2', kind: 'reply', author: 'Bo', text: 'hi', own: false, firstSeenMs: 3_000, lastSeenMs: 3_000, pageUrl: 'https://x.com/a/status/9', status: 'new' },
    ]);
    await db.table('events').bulkPut([
      { id: 'seen:x:1', itemKey: 'x:1', type: 'seen', atMs: 2_000 },
      { id: 'e1', itemKey: 'x:1', type: 'handled', atMs: 5_000, via: 'manual' },
    ]);
    await db.table('templates').put({ id: 't1', title: 'Thanks', body: 'Thanks {first_name|there}!', language: 'en' });
    await db.table('settings').put({ key: 'initials', value: 'AS' });
  },
};

const latest = versions.at(-1)!.version;

describe.each(versions.map((v) => [v.version]))('a database written by schema v%i', (version) => {
  test(`opens at v${latest} with every row kept`, async () => {
    const name = `migrate-${version}-${Math.random()}`;
    const old = createDb(name, version);
    await old.open();
    for (const v of versions.filter((x) => x.version <= version)) await seeds[v.version]?.(old);
    const before = Object.fromEntries(await Promise.all(old.tables.map(async (t) => [t.name, await t.toArray()] as const)));
    old.close();

    const current = createDb(name);
    await current.open();
    expect(current.verno).toBe(latest);
    for (const [table, rows] of Object.entries(before)) {
      const after = await current.table(table).toArray();
      for (const row of rows) expect(after).toContainEqual(expect.objectContaining(row));
    }
    expect(await current.items.where('handledAtMs').aboveOrEqual(0).count()).toBe(1);
    current.close();
    await current.delete();
  });
});

test('every version has a seed, so no upgrade goes untested', () => {
  for (const v of versions) expect(seeds[v.version], `seed for v${v.version}`).toBeDefined();
});
