import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { expectFixture } from '@/tests/accuracy';
import { loadBuilt } from '@/tests/built';
import { testMangledPages } from '@/tests/mangle';
import { parsePage } from '@/tests/page';
import { adapterFor, safeReadPage, safeScan } from './registry';
import { whatsapp } from './whatsapp';

const WA = new URL('https://web.whatsapp.com/');
type Local = [number, number, number, number, number];
const localMs = ([y, m, d, h, min]: Local) => new Date(y, m - 1, d, h, min).getTime();

describe.each(['chat-built-2026', 'group-chat-built-2026'])('whatsapp adapter on %s', (name) => {
  const dir = `tests/fixtures/whatsapp/${name}`;
  const built = loadBuilt(whatsapp, dir);
  const locals = (JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as { items: Array<{ id: string; local?: Local }> }).items;

  test('every message reads as expected.json says; date chips, notices, deleted and contact rows are not items', () => {
    expectFixture(whatsapp, dir);
  });

  test('headers become local times; headerless media keep the time shown', () => {
    expect(built.result.items.map((i) => i.postedAtMs)).toEqual(locals.map((e) => (e.local ? localMs(e.local) : undefined)));
  });

  test('the composer in the footer is the reply box', async () => {
    const node = whatsapp.findItemNode(built.doc, { id: built.items[0]!.id! })!;
    expect(node.getAttribute('role')).toBe('row');
    expect((await whatsapp.openReplyBox(node, built.doc))?.getAttribute('data-lexical-editor')).toBe('true');
  });
});

const bubble = (pre: string, text = 'hi', out = false) =>
  `<div role="row"><div data-id="${Math.random().toString(36).slice(2)}"><div class="${out ? 'message-out' : 'message-in'}"><div class="copyable-text" data-pre-plain-text="${pre}"><span class="selectable-text">${text}</span></div></div></div></div>`;
const chat = (...rows: string[]) => parsePage(`<div id="main"><header><span title="Ana">Ana</span></header>${rows.join('')}<footer><div contenteditable="true"></div></footer></div>`);
const times = (...pres: string[]) => safeScan(whatsapp, chat(...pres.map((p) => bubble(p))), WA).items.map((i) => i.postedAtMs ?? i.timeText);

describe('whatsapp message headers in the phone\'s locale', () => {
  test.each([
    ['[12:19, 10/05/2026] Ana: ', localMs([2026, 5, 10, 12, 19])], // en-GB
    ['[8:05 pm, 14/12/2025] Ana: ', localMs([2025, 12, 14, 20, 5])], // en-IN: day > 12 settles it
    ['[9:41 AM, 5/10/2026] Ana: ', localMs([2026, 5, 10, 9, 41])], // en-US: 12-hour clock, month first
    ['[12:00 a.m., 1/2/2026] Ana: ', localMs([2026, 1, 2, 0, 0])],
    ['[21:05, 10.5.2026] Ana: ', localMs([2026, 5, 10, 21, 5])], // de
    ['[21:05, 2026/5/10] Ana: ', localMs([2026, 5, 10, 21, 5])], // ja, year first
    ['[21:05, 10/5/26] Ana: ', localMs([2026, 5, 10, 21, 5])], // two-digit year
    ['[25:99, 1/1/2026] Ana: ', '25:99, 1/1/2026'], // nonsense stays text
    ['[10:00, 31/02/2026] Ana: ', '10:00, 31/02/2026'], // no such day
    ['[yesterday] Ana: ', 'yesterday'],
  ])('%s', (pre, expected) => {
    expect(times(pre)).toEqual([expected]);
  });

  test('the page decides the order when one header is unambiguous', () => {
    expect(times('[10:00, 03/04/2026] Ana: ', '[11:00, 13/04/2026] Ana: ')[0]).toBe(localMs([2026, 4, 3, 10, 0]));
    expect(times('[10:00 AM, 04/03/2026] Ana: ', '[11:00 AM, 04/13/2026] Ana: ')[0]).toBe(localMs([2026, 4, 3, 10, 0]));
    expect(times('[10:00, 04/03/2026] Ana: ', '[11:00, 04/13/2026] Ana: ')[0]).toBe(localMs([2026, 4, 3, 10, 0]));
  });
});

describe('whatsapp adapter on odd pages', () => {
  test('no open chat says so', () => {
    expect(safeScan(whatsapp, parsePage('<div id="app"><div id="side"></div></div>'), WA).reason).toBe('open a chat to see its messages');
  });

  test('an empty chat says so', () => {
    expect(safeScan(whatsapp, chat(), WA).reason).toBe('no messages in this chat yet');
  });

  test('bubbles we cannot read say "not recognised"', () => {
    const doc = parsePage('<div id="main"><div role="row"><div class="message-in"><div>??</div></div></div></div>');
    expect(safeScan(whatsapp, doc, WA).reason).toMatch(/markup not recognised/);
  });

  test('a quoted message inside a bubble is not its text nor its author', () => {
    const quoted = `<div role="row"><div data-id="q1"><div class="message-out"><div class="copyable-text" data-pre-plain-text="[10:00, 01/01/2026] Me: "><div role="button"><span data-testid="author">Ana</span><span class="quoted-mention"><span class="selectable-text">old question</span></span></div><span class="selectable-text">new answer</span></div></div></div></div>`;
    const [item] = safeScan(whatsapp, chat(quoted), WA).items;
    expect(item).toMatchObject({ author: 'Me', text: 'new answer', own: true });
  });

  test('in a group, a photo with no header after our own message is skipped, not pinned on someone', () => {
    const group = parsePage(
      `<div id="main"><header><span title="Team">Team</span></header>${bubble('[10:00, 01/01/2026] Me: ', 'hello', true)}<div role="row"><div data-id="p"><div class="message-in"><span data-testid="author">Bo</span><img src="blob:x"></div></div></div>` +
        `<div role="row"><div data-id="p2"><div class="message-in"><img src="blob:y"></div></div></div>${bubble('[10:05, 01/01/2026] Bo: ', 'x')}</div>`,
    );
    const items = safeScan(whatsapp, group, WA).items;
    expect(items.map((i) => [i.id, i.author])).toContainEqual(['p', 'Bo']);
    expect(items.find((i) => i.id === 'p2')).toBeUndefined();
  });

  test('the old packed data-id (true_/false_) still reads, direction from the classes', () => {
    const old = `<div role="row"><div data-id="false_4915112345678@c.us_3EB0OLD"><div class="message-in"><div class="copyable-text" data-pre-plain-text="[10:00, 01/01/2022] Ana: "><span class="selectable-text copyable-text">old markup</span></div></div></div></div>`;
    expect(safeScan(whatsapp, chat(old), WA).items[0]).toMatchObject({ id: 'false_4915112345678@c.us_3EB0OLD', author: 'Ana', own: false });
  });

  test('knows the logged-in name from our own headers', () => {
    expect(safeReadPage(whatsapp, chat(bubble('[10:00, 01/01/2026] Acme Support: ', 'x', true)), WA).ownHandle).toBe('acme support');
  });

  test('10,000 generated messages: every one read, each with its own sender and direction', () => {
    const rows = Array.from({ length: 10_000 }, (_, n) => bubble(`[10:00, 01/01/2026] ${n % 2 ? 'Acme' : `Customer ${n}`}: `, `message ${n}`, n % 2 === 1)).join('');
    const items = safeScan(whatsapp, chat(rows), WA).items;
    expect(items).toHaveLength(10_000);
    expect(items.every((i, n) => i.text === `message ${n}` && i.own === (n % 2 === 1) && i.author === (n % 2 ? 'Acme' : `Customer ${n}`))).toBe(true);
    expect(items[3]!.parentId).toBe(items[2]!.id);
  }, 60_000); // a hang guard for a loaded machine, not a speed goal (bench/ measures speed)

  test('matches web.whatsapp.com only', () => {
    expect(adapterFor(WA)?.id).toBe('whatsapp');
    expect(adapterFor(new URL('https://whatsapp.com/'))).toBeNull();
  });
});

describe('whatsapp adapter on damaged pages', () => {
  testMangledPages(whatsapp, [
    'tests/fixtures/whatsapp/chat-built-2026',
    'tests/fixtures/whatsapp/group-chat-built-2026',
  ]);
});
