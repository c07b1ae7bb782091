import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { handleMessage } from '../background/router';
import { starterTemplates } from '../templates/starter';
import { DEFAULT_REPLY_SETTINGS, REPLY_SETTINGS_KEY } from '../templates/settings';
import { insertedTemplateIds, readSetting, readTemplates, seedStarter } from './queries';
import { createDb, type ReplyDeskDb } from './schema';

let db: ReplyDeskDb;
let n = 0;
beforeEach(() => {
  db = createDb(`templates-test-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const send = (message: unknown) => handleMessage(db, message, {}, 1_000);
const thanks = starterTemplates.find((t) => t.id === 'starter:thanks:en')!;

describe('starter seeding', () => {
  test('seeds once; a deleted starter stays deleted, an edited one stays edited', async () => {
    expect(await seedStarter(db, starterTemplates)).toBe(starterTemplates.length);
    await send({ type: 'templates/delete', ids: ['starter:refund:en'] });
    await send({ type: 'templates/save', template: { ...thanks, title: 'Mine now' } });
    expect(await seedStarter(db, starterTemplates)).toBe(0);
    const { templates } = await readTemplates(db);
    expect(templates).toHaveLength(starterTemplates.length - 1);
    expect(templates.find((t) => t.id === thanks.id)?.title).toBe('Mine now');
  });

  test('keeps templates a store already has', async () => {
    await db.templates.put({ ...thanks, title: 'Imported earlier' });
    await seedStarter(db, starterTemplates);
    expect((await db.templates.get(thanks.id))?.title).toBe('Imported earlier');
  });

  test('a new version\'s starters arrive once, and the deleted old ones stay deleted', async () => {
    const english = starterTemplates.filter((t) => t.language === 'en');
    await seedStarter(db, english);
    await send({ type: 'templates/delete', ids: ['starter:refund:en'] });
    expect(await seedStarter(db, starterTemplates)).toBe(starterTemplates.length - english.length);
    expect(await db.templates.get('starter:refund:en')).toBeUndefined();
    expect(await seedStarter(db, starterTemplates)).toBe(0);
  });

  test('an install seeded before ids were recorded gets only the languages added since', async () => {
    const english = starterTemplates.filter((t) => t.language === 'en');
    const italian = starterTemplates.filter((t) => t.language === 'it');
    expect(italian.length).toBeGreaterThan(0);
    await db.settings.put({ key: 'starter-seeded', value: 1_700_000_000_000 });
    expect(await seedStarter(db, [...english, ...italian])).toBe(italian.length);
    expect(await db.templates.get('starter:thanks:it')).toBeDefined();
    expect(await db.templates.get(thanks.id)).toBeUndefined(); // seeded then, deleted since
  });
});

describe('template writes through the background', () => {
  test('an insertion counts on its template once, however often it is retried', async () => {
    await seedStarter(db, starterTemplates);
    const inserted = { type: 'item/inserted', key: 'x:1', eventId: 'e1', atMs: 5, templateId: thanks.id };
    await send(inserted);
    await send(inserted);
    await send({ ...inserted, eventId: 'e2' });
    expect((await db.templates.get(thanks.id))?.usageCount).toBe(2);
    expect(await insertedTemplateIds(db, ['x:1', 'x:2'])).toEqual([thanks.id]);
  });

  test('saving keeps the stored usage count', async () => {
    await db.templates.put({ ...thanks, usageCount: 7 });
    await send({ type: 'templates/save', template: { ...thanks, usageCount: 0, tags: ['kind'] } });
    expect(await db.templates.get(thanks.id)).toMatchObject({ usageCount: 7, tags: ['kind'] });
  });

  test('an import with one bad template changes nothing', async () => {
    await seedStarter(db, starterTemplates);
    const before = await db.templates.toArray();
    const bad = { ...thanks, id: 'new:1', bodies: { warm: '  ' } };
    const answer = await send({ type: 'templates/import', templates: [{ ...thanks, title: 'Changed' }, bad] });
    expect(answer).toEqual({ ok: false, error: 'templates.1.bodies: custom' });
    expect(await db.templates.toArray()).toEqual(before);
  });

  test('an import adds and replaces by id', async () => {
    await seedStarter(db, starterTemplates);
    expect(await send({ type: 'templates/import', templates: [{ ...thanks, title: 'Changed' }, { ...thanks, id: 'new:1', group: 'new:1' }] })).toEqual({ ok: true });
    expect((await db.templates.get(thanks.id))?.title).toBe('Changed');
    expect(await db.templates.count()).toBe(starterTemplates.length + 1);
  });

  test('reply settings are validated before they are stored', async () => {
    const settings = { ...DEFAULT_REPLY_SETTINGS, initials: 'AB', kbLinks: [{ language: '', url: 'https://help.example.com' }] };
    expect(await send({ type: 'reply-settings/save', value: settings })).toEqual({ ok: true });
    expect(await readSetting(db, REPLY_SETTINGS_KEY)).toEqual(settings);
    const bad = { ...settings, kbLinks: [{ language: '', url: 'http://insecure.example.com' }] };
    expect((await send({ type: 'reply-settings/save', value: bad }))?.ok).toBe(false);
    expect(await readSetting(db, REPLY_SETTINGS_KEY)).toEqual(settings);
  });

  test('a schema v1 template reads as a neutral one; a row that reads as nothing is counted, not shown', async () => {
    await db.templates.put({ id: 'old:1', title: 'Old', body: 'Thanks {first_name|there}!', language: 'en' } as never);
    await db.templates.put({ id: 'junk', title: 7 } as never);
    await db.templates.put(thanks);
    const { templates, unreadable } = await readTemplates(db);
    expect(unreadable).toBe(1);
    expect(templates.find((t) => t.id === 'old:1')).toMatchObject({ group: 'old:1', title: 'Old', bodies: { neutral: 'Thanks {first_name|there}!' }, channel: 'both' });
    expect(templates.find((t) => t.id === thanks.id)).toEqual(thanks);
  });
});
