import { describe, expect, test, vi } from 'vitest';
import { waitFor } from './wait';
import { PageWatcher } from './watcher';
import { x } from '../sites/x';
import type { RawItem, SiteAdapter } from '../sites/types';

// A minimal X page: cells hold tweets in X's real test ids (see tests/fixtures/x for full pages).
const tweet = (id: string, text: string) =>
  `<article data-testid="tweet"><div data-testid="User-Name"><a href="/ana"><span>Ana</span></a></div><a href="/ana/status/${id}"><time datetime="2026-11-20T10:00:00.000Z">1h</time></a><div data-testid="tweetText">${text}</div></article>`;

function setup(html: string, adapter: SiteAdapter = x) {
  document.body.innerHTML = `<div data-testid="primaryColumn"><div id="list">${html}</div></div>`;
  const emitted: Array<{ ids: string[]; reset: boolean; reason?: string }> = [];
  const watcher = new PageWatcher({
    adapter,
    doc: document,
    emit: (items: RawItem[], reset, reason) => emitted.push({ ids: items.map((i) => i.id), reset, reason }),
  });
  watcher.start();
  const list = document.getElementById('list')!;
  const add = (h: string) => list.insertAdjacentHTML('beforeend', `<div data-testid="cellInnerDiv">${h}</div>`);
  return { watcher, emitted, list, add };
}

describe('PageWatcher', () => {
  test('reads the page once at start', () => {
    const { emitted, watcher } = setup(tweet('1', 'first'));
    expect(emitted).toEqual([{ ids: ['1'], reset: true }]);
    expect(watcher.report().items.map((i) => i.id)).toEqual(['1']);
    watcher.stop();
  });

  test('picks up only what the page adds, and counts an item once when it leaves and comes back', async () => {
    const { emitted, list, add, watcher } = setup('');
    add(tweet('2', 'second'));
    await waitFor(() => (emitted.length > 1 ? true : null), 2000);
    expect(emitted.at(-1)).toEqual({ ids: ['2'], reset: false });

    // Virtualised list: the cell is removed when scrolled away and re-inserted later.
    const cell = list.lastElementChild!;
    cell.remove();
    list.append(cell);
    add(tweet('3', 'third'));
    await waitFor(() => (emitted.some((e) => e.ids.includes('3')) ? true : null), 2000);
    expect(emitted.flatMap((e) => e.ids).filter((id) => id === '2')).toHaveLength(1);
    expect(watcher.report().items.map((i) => i.id)).toEqual(['2', '3']);
    watcher.stop();
  });

  test('emits an item again when its text changes (a tweet filled in after its shell)', async () => {
    const { emitted, list, watcher } = setup(tweet('4', 'draft'));
    list.querySelector('[data-testid="tweetText"]')!.append(document.createElement('span'));
    list.querySelector('[data-testid="tweetText"] span')!.textContent = ' and more';
    watcher.flush();
    expect(watcher.report().items[0]!.text).toBe('draft and more');
    expect(emitted.map((e) => e.ids)).toEqual([['4'], ['4']]);
    watcher.stop();
  });

  test('a navigation without reload starts a new page', () => {
    const { emitted, watcher, list } = setup(tweet('5', 'old page'));
    list.innerHTML = tweet('6', 'new page');
    watcher.navigated();
    expect(emitted.at(-1)).toEqual({ ids: ['6'], reset: true });
    expect(watcher.report().items.map((i) => i.id)).toEqual(['6']);
    watcher.stop();
  });

  test('an empty page says why', () => {
    const { emitted, watcher } = setup('<p>nothing</p>');
    expect(emitted).toEqual([{ ids: [], reset: true, reason: 'no posts or replies on this page' }]);
    expect(watcher.report().reason).toBe('no posts or replies on this page');
    watcher.stop();
  });

  test('an adapter that throws is reported, never thrown into the page', () => {
    const broken: SiteAdapter = { ...x, readItem: vi.fn(() => { throw new Error('markup moved'); }) };
    const { emitted, watcher } = setup(tweet('7', 'x'), broken);
    expect(emitted[0]).toMatchObject({ ids: [], reset: true, reason: expect.stringMatching(/x adapter failed on 1 item\(s\): Error: markup moved/) });
    watcher.stop();
  });
});
