import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { reportSettingsSchema } from '../messages';
import { applyContribution, contributionOf, emptyRow, isEmptyRow, rowsFromItems, rowsOf, sameContribution, type Contribution, type DayRow } from '../stats/aggregate';
import type { BusinessHours } from '../stats/business';
import { defaultReportSettings, REPORT_SETTINGS_KEY, type ReportSettings } from '../stats/settings';
import type { Setting, StoredItem } from './schema';

// The `daily` report rows follow every write to `items`, whoever makes it (the router's writers,
// retention, restore): a DBCore middleware adds each read-write transaction on `items` the
// `daily` and `settings` stores, reads the rows it replaces, and moves their contributions in
// the same transaction. A write that fails leaves both untouched. Upgrades (versionchange)
// rebuild the rows themselves.

// DBCoreRangeType.Any, a const enum that isolated modules cannot import.
const ANY_RANGE = 3;

export function aggregatesMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'ReplyDeskDaily',
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        const scope = mode === 'readwrite' && stores.includes('items') ? [...new Set([...stores, 'daily', 'settings'])] : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'items') return table;
        return { ...table, mutate: (req) => mutateItems(down, table, req) };
      },
    }),
  };
}

async function mutateItems(down: DBCore, items: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  if ((trans as unknown as IDBTransaction).mode === 'versionchange') return items.mutate(req);
  if (req.type === 'deleteRange' && req.range.type === ANY_RANGE) {
    // clear(): no item is left to count, so no row either (a restore of 100,000 items starts here).
    const result = await items.mutate(req);
    await down.table('daily').mutate({ trans, type: 'deleteRange', range: req.range });
    return result;
  }
  const keys: unknown[] =
    req.type === 'deleteRange'
      ? await items.query({ trans, values: false, query: { index: items.schema.primaryKey, range: req.range } }).then((r) => r.result)
      : req.type === 'delete'
        ? req.keys
        : (req.keys ?? req.values.map((v: StoredItem) => v.key));
  const before = (await items.getMany({ trans, keys })) as Array<StoredItem | undefined>;
  const result = await items.mutate(req);
  const after = req.type === 'add' || req.type === 'put' ? req.values.map((v: StoredItem, i) => (result.failures[i] ? before[i] : v)) : [];
  await moveContributions(down, trans, before, after);
  return result;
}

async function moveContributions(down: DBCore, trans: DBCoreTransaction, before: ReadonlyArray<StoredItem | undefined>, after: ReadonlyArray<StoredItem | undefined>): Promise<void> {
  const { business } = await readSettingsCore(down, trans);
  const moves: Array<[Contribution, 1 | -1]> = [];
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const was = before[i] ? contributionOf(before[i]!, business) : null;
    const now = after[i] ? contributionOf(after[i]!, business) : null;
    if (sameContribution(was, now)) continue;
    if (was) moves.push([was, -1]);
    if (now) moves.push([now, 1]);
  }
  if (moves.length === 0) return;
  const daily = down.table('daily');
  const places = new Map(moves.flatMap(([c]) => rowsOf(c)).map((at) => [at.key, at]));
  const rowKeys = [...places.keys()];
  const rows = new Map<string, DayRow>();
  ((await daily.getMany({ trans, keys: rowKeys })) as Array<DayRow | undefined>).forEach((row, i) => rows.set(rowKeys[i]!, row ?? emptyRow(places.get(rowKeys[i]!)!)));
  for (const [c, sign] of moves) for (const at of rowsOf(c)) applyContribution(rows.get(at.key)!, c, sign);
  const kept = [...rows.values()].filter((r) => !isEmptyRow(r));
  const emptied = [...rows.values()].filter(isEmptyRow).map((r) => r.key);
  if (kept.length) await daily.mutate({ trans, type: 'put', values: kept, keys: kept.map((r) => r.key) });
  if (emptied.length) await daily.mutate({ trans, type: 'delete', keys: emptied });
}

/** The stored report settings; an unreadable row reads as the defaults. */
export function settingsFromRow(row: Setting | undefined): ReportSettings | null {
  if (!row) return null;
  const parsed = reportSettingsSchema.safeParse(row.value);
  return parsed.success ? parsed.data : null;
}

/**
 * Reads the settings inside a write, saving the defaults the first time: the days and business
 * time of the stored rows must not move when the machine's time zone does.
 */
async function readSettingsCore(down: DBCore, trans: DBCoreTransaction): Promise<ReportSettings> {
  const table = down.table('settings');
  const stored = settingsFromRow((await table.get({ trans, key: REPORT_SETTINGS_KEY })) as Setting | undefined);
  if (stored) return stored;
  const defaults = defaultReportSettings();
  await table.mutate({ trans, type: 'put', values: [{ key: REPORT_SETTINGS_KEY, value: defaults }], keys: [REPORT_SETTINGS_KEY] });
  return defaults;
}

/** The same, through a Dexie table (upgrades, and readers outside a write). */
export async function readSettingsIn(settings: { get(key: string): PromiseLike<Setting | undefined>; put(row: Setting): PromiseLike<unknown> }, save = true): Promise<ReportSettings> {
  const stored = settingsFromRow(await settings.get(REPORT_SETTINGS_KEY));
  if (stored) return stored;
  const defaults = defaultReportSettings();
  if (save) await settings.put({ key: REPORT_SETTINGS_KEY, value: defaults });
  return defaults;
}

/** Recomputes every row from the items (an upgrade, or new business hours / time zone). */
export async function rebuildDaily(
  items: { toArray(): PromiseLike<StoredItem[]> },
  daily: { clear(): PromiseLike<unknown>; bulkPut(rows: DayRow[]): PromiseLike<unknown> },
  business: BusinessHours,
): Promise<void> {
  const rows = rowsFromItems(await items.toArray(), business);
  await daily.clear();
  await daily.bulkPut([...rows.values()]);
}
