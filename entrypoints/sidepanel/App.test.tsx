import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '@/lib/background/router';
import { saveReportSettings, seedStarter } from '@/lib/db/queries';
import { defaultBusinessHours } from '@/lib/stats/business';
import { defaultReportSettings } from '@/lib/stats/settings';
import { createDb, type ReplyDeskDb, type StoredItem } from '@/lib/db/schema';
import { writePage } from '@/lib/pages';
import { DEFAULT_REPLY_SETTINGS, REPLY_SETTINGS_KEY } from '@/lib/templates/settings';
import { starterTemplates } from '@/lib/templates/starter';
import { analysisOf } from '@/tests/analysis';
import { App, threadOf } from './App';

// The side panel against a real (fake-indexeddb) store: messages to the background go through
// the real router; the content script's reply/insert is the only stand-in.

let db: ReplyDeskDb;
let n = 0;
let insertCalls: unknown[] = [];
const NOW = Date.parse('2026-11-25T11:00:00Z'); // a Wednesday, inside the default service hours in UTC

const base = { site: 'x' as const, kind: 'reply' as const, own: false, firstSeenMs: NOW - 60_000, lastSeenMs: NOW, pageUrl: 'https://x.com/acme/status/1', status: 'new' as const, threadId: '1' };
const items: StoredItem[] = [
  { ...base, key: 'x:11', id: '11', author: 'Lucía Gómez', postedAtMs: NOW - 5 * 60_000, text: '¡Me encanta el pedido! 😍😍', analysis: analysisOf({ language: 'es', sentiment: 'positive', warm: true, registerBecause: ['😍'], intents: [['praise', 0.9, ['encanta']]] }) },
  { ...base, key: 'x:12', id: '12', author: 'Max Weber', postedAtMs: NOW - 10 * 60_000, text: 'Meine Bestellung #A12345 ist nicht angekommen. Können Sie das prüfen?', analysis: analysisOf({ language: 'de', formality: 'formal', registerBecause: ['Sie'], sentiment: 'negative', intents: [['complaint', 0.8, ['nicht angekommen']]], privateReasons: [['order-number', ['#A12345']]] }) },
  { ...base, key: 'x:13', id: '13', author: 'Spam Bot', postedAtMs: NOW - 20 * 60_000, text: 'Earn crypto now, DM me', analysis: analysisOf({ intents: [['spam', 0.95, ['crypto']]] }) },
  { ...base, key: 'x:14', id: '14', author: 'Ann Lee', postedAtMs: NOW - 30 * 60_000, text: 'The app keeps crashing, not happy' },
  { ...base, key: 'x:15', id: '15', author: 'Sara', postedAtMs: NOW - 40 * 60_000, text: 'سلام، لطفاً بفرمایید سفارش من کجاست؟ از شما ممنونم', analysis: analysisOf({ language: 'fa', formality: 'formal', registerBecause: ['شما'], intents: ['question'] }) },
];

beforeEach(async () => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  db = createDb(`panel-test-${n++}`);
  await seedStarter(db, starterTemplates);
  await db.settings.put({ key: REPLY_SETTINGS_KEY, value: { ...DEFAULT_REPLY_SETTINGS, initials: 'AB' } });
  await saveReportSettings(db, { ...defaultReportSettings(), business: defaultBusinessHours('UTC') });
  await db.items.bulkPut(items);
  await writePage({ tabId: 7, url: base.pageUrl, site: 'x', adapter: 'X', keys: items.map((i) => i.key), updatedAtMs: NOW });
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => handleMessage(db, message, {}, NOW));
  insertCalls = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, message: unknown) => {
    insertCalls.push(message);
    return { status: 'inserted' };
  }) as never);
});

afterEach(async () => {
  vi.useRealTimers();
  db.close();
  await db.delete();
});

const press = (key: string, target: Element = document.activeElement ?? document.body) => act(() => void fireEvent.keyDown(target, { key }));
const row = (author: string) => screen.getByRole('button', { name: new RegExp(`^${author}`) }).closest('li')!;

// Live queries re-render after the background's write; on a busy machine that can take a while.

async function openPanel() {
  render(<App db={db} />);
  await screen.findByText('Lucía Gómez');
}

describe('side panel', () => {
  test('j selects the first item, focuses it, and shows adapted suggestions with reasons', async () => {
    await openPanel();
    await press('j');
    const first = row('Lucía Gómez');
    expect(document.activeElement).toBe(within(first).getAllByRole('button')[0]);
    const list = await within(first).findByRole('list', { name: 'Suggested replies' });
    const suggestions = within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
    expect(suggestions.length).toBeGreaterThanOrEqual(3);
    expect(suggestions.length).toBeLessThanOrEqual(5);
    expect(suggestions[0]!.textContent).toContain('Thanks for the kind words');
    expect(within(suggestions[0]!).getByRole('list', { name: 'Why suggested' }).textContent).toContain('fits their praise (“encanta”)');
    // The top one is already adapted: warm Spanish, her name, our initials.
    const draft = within(first).getByRole('textbox', { name: 'Reply text' }) as HTMLTextAreaElement;
    expect(draft.value).toMatch(/^¡Muchísimas gracias, Lucía! 😊.*\^AB$/u);
    expect(within(first).getByText(/Reply in Spanish · warm/)).toBeTruthy();
    await press('j');
    expect(document.activeElement).toBe(within(row('Max Weber')).getAllByRole('button')[0]);
    await press('k');
    expect(document.activeElement).toBe(within(row('Lucía Gómez')).getAllByRole('button')[0]);
  });

  test('1 inserts the first suggestion through the content script and counts it', async () => {
    await openPanel();
    await press('j');
    await within(row('Lucía Gómez')).findByRole('list', { name: 'Suggested replies' });
    await press('1');
    await waitFor(() => expect(insertCalls).toHaveLength(1));
    expect(insertCalls[0]).toMatchObject({ type: 'reply/insert', key: 'x:11', text: expect.stringMatching(/^¡Muchísimas gracias, Lucía!/u) });
    await waitFor(async () => expect((await db.templates.get('starter:thanks:es'))?.usageCount).toBe(1));
    expect(await within(row('Lucía Gómez')).findByText(/Inserted in the reply box/)).toBeTruthy();
  });

  test('inserting does not reorder the numbers the agent is pressing', async () => {
    // Ann's item is not analysed: her suggestions are ordered by usage, so a count bumped by the
    // insertion would move the one just used to the top.
    await openPanel();
    await act(() => void fireEvent.click(screen.getByRole('button', { name: /^Ann Lee/ })));
    const ann = row('Ann Lee');
    await within(ann).findByRole('list', { name: 'Suggested replies' });
    const titles = () => within(ann).getAllByRole('button', { name: /^Use suggestion/ }).map((b) => b.getAttribute('aria-label')!.replace(/^Use suggestion \d: /, ''));
    const before = titles();
    fireEvent.click(within(ann).getAllByRole('button', { name: /^Use suggestion/ })[2]!);
    fireEvent.click(within(ann).getByRole('button', { name: /^Insert (reply|anyway)$/ }));
    await waitFor(() => expect(insertCalls).toHaveLength(1));
    const third = before[2]!.replace(/, \w+$/, '');
    const id = (await db.templates.toArray()).find((t) => t.title === third && t.language === 'en')!.id;
    await waitFor(async () => expect((await db.templates.get(id))?.usageCount).toBe(1));
    await act(() => new Promise((r) => setTimeout(r, 200)));
    expect(titles()).toEqual(before);
  });

  test('a private follow-up: says why, offers the DM pair, and guards the formal German reply', async () => {
    await openPanel();
    await press('j');
    await press('j');
    const max = row('Max Weber');
    const flagged = await within(max).findByRole('note', { name: 'Why this needs a private follow-up' });
    expect(flagged.textContent).toContain('order number (“#A12345”)');
    const draft = within(max).getByRole('textbox', { name: 'Reply text' }) as HTMLTextAreaElement;
    expect(draft.value).toBe('Guten Tag Max, wir haben Ihnen eine Direktnachricht gesendet, damit wir Ihr Anliegen vertraulich prüfen können. ^AB');
    expect(within(max).getByText(/Then in their DMs/)).toBeTruthy();
    expect(within(max).getByRole('button', { name: 'Copy DM opener' })).toBeTruthy();
    // The agent types the order number into the public reply: the guard stops the 1-key path…
    fireEvent.change(draft, { target: { value: `${draft.value} Bestellung #A12345.` } });
    const alert = within(max).getByRole('alert', { name: 'Check before inserting' });
    expect(alert.textContent).toContain('This public reply shows order number “#A12345”');
    // …and the agent may override it explicitly.
    fireEvent.click(within(max).getByRole('button', { name: 'Insert anyway' }));
    await waitFor(() => expect(insertCalls).toHaveLength(1));
  });

  test('a suggestion with a slot is not inserted by its key until the agent overrides', async () => {
    await openPanel();
    await act(() => void fireEvent.click(screen.getByRole('button', { name: /^Ann Lee/ })));
    const ann = row('Ann Lee');
    expect(await within(ann).findByText(/Not analysed: replying in English/)).toBeTruthy();
    const use = within(ann).getAllByRole('button', { name: /^Use suggestion/ });
    const complaint = use.findIndex((b) => /Complaint/.test(b.getAttribute('aria-label') ?? ''));
    expect(complaint).toBeGreaterThanOrEqual(0);
    await press(String(complaint + 1), document.body);
    const alert = within(ann).getByRole('alert', { name: 'Check before inserting' });
    expect(alert.textContent).toContain('Fill in before sending: when.');
    expect(document.activeElement).toBe(alert);
    expect(insertCalls).toHaveLength(0);
    fireEvent.click(within(ann).getByRole('button', { name: 'Insert anyway' }));
    await waitFor(() => expect(insertCalls).toHaveLength(1));
  });

  test('spam gets no suggestion: advice to hide or report, and it can be ignored', async () => {
    await openPanel();
    await act(() => void fireEvent.click(screen.getByRole('button', { name: /^Spam Bot/ })));
    const spam = row('Spam Bot');
    expect(within(spam).queryByRole('list', { name: 'Suggested replies' })).toBeNull();
    expect(within(spam).getByRole('note').textContent).toContain('Looks like spam: no reply. Hide or report it on the site (never delete genuine criticism: answer that).');
    fireEvent.click(within(spam).getByRole('button', { name: 'Mark ignored' }));
    await waitFor(async () => expect((await db.items.get('x:13'))?.status).toBe('ignored'));
  });

  test('Persian: the formal شما reply, shown and edited right to left', async () => {
    await openPanel();
    await act(() => void fireEvent.click(screen.getByRole('button', { name: /^Sara/ })));
    const sara = row('Sara');
    const draft = (await within(sara).findByRole('textbox', { name: 'Reply text' })) as HTMLTextAreaElement;
    expect(draft.value).toMatch(/^Sara گرامی، /u);
    expect(draft.getAttribute('dir')).toBe('rtl');
    expect(draft.getAttribute('lang')).toBe('fa');
    const previews = sara.querySelectorAll('.suggestion .preview');
    expect(previews.length).toBeGreaterThanOrEqual(3);
    for (const p of previews) expect([p.getAttribute('dir'), p.getAttribute('lang')]).toEqual(['rtl', 'fa']);
    // The customer's own text is laid out by its content.
    expect(sara.querySelector('.text')?.getAttribute('dir')).toBe('auto');
  });

  test('e marks handled, f flags for follow-up', async () => {
    await openPanel();
    await press('j');
    await press('e');
    await waitFor(async () => expect((await db.items.get('x:11'))?.status).toBe('handled'));
    await press('j');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Max Weber/));
    await press('f');
    await waitFor(async () => expect((await db.items.get('x:12'))?.status).toBe('needs-follow-up'));
    expect(await screen.findByText('Flagged for follow-up: Max Weber')).toBeTruthy();
  });

  test('/ searches every template and puts the pick in the reply box', async () => {
    await openPanel();
    await press('j');
    await within(row('Lucía Gómez')).findByRole('list', { name: 'Suggested replies' });
    await press('/');
    const search = screen.getByRole('combobox', { name: 'Search templates' });
    expect(document.activeElement).toBe(search);
    fireEvent.change(search, { target: { value: 'reembols devolución' } });
    expect(screen.getAllByRole('option')).toHaveLength(1);
    await press('Enter', search);
    expect(screen.queryByRole('dialog')).toBeNull();
    const draft = within(row('Lucía Gómez')).getByRole('textbox', { name: 'Reply text' }) as HTMLTextAreaElement;
    expect(draft.value).toMatch(/^Hola, Lucía\. ¡Sentimos las molestias! 🙏/u);
  });

  test('? shows the shortcuts; Escape closes; keys typed in the reply box stay text', async () => {
    await openPanel();
    await press('?');
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' }).textContent).toContain('flag for private follow-up');
    await press('Escape');
    expect(screen.queryByRole('dialog')).toBeNull();
    await press('j');
    const draft = await within(row('Lucía Gómez')).findByRole('textbox', { name: 'Reply text' });
    draft.focus();
    await press('e', draft);
    await press('j', draft);
    expect((await db.items.get('x:11'))?.status).toBe('new');
    expect(document.activeElement).toBe(draft);
  });
});

test('threadOf: a reply to our reply is chasing; a comment on our post is not', () => {
  const post: StoredItem = { ...base, key: 'x:1', id: '1', kind: 'post', own: true, author: 'Acme', text: 'New colours!' };
  const ours: StoredItem = { ...base, key: 'x:2', id: '2', own: true, author: 'Acme', text: 'Looking into it', parentKey: 'x:3' };
  const first: StoredItem = { ...base, key: 'x:3', id: '3', author: 'Ann', text: 'broken', parentKey: 'x:1' };
  const chase: StoredItem = { ...base, key: 'x:4', id: '4', author: 'Ann', text: 'any news?', parentKey: 'x:2' };
  const all = [post, ours, first, chase];
  expect(threadOf(first, all)).toMatchObject({ answersUs: false, ownReplies: ['Looking into it'], otherKeys: ['x:1', 'x:2', 'x:4'] });
  expect(threadOf(chase, all).answersUs).toBe(true);
});
