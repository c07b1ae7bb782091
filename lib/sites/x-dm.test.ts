import { describe, expect, test } from 'vitest';
import { expectFixture, readExpected } from '@/tests/accuracy';
import { loadPage, loadPageAt, parsePage } from '@/tests/page';
import { safeScan } from './registry';
import { x } from './x';
import { testMangledPages } from '@/tests/mangle';

const LEGACY = 'tests/fixtures/x/dm-legacy-built-2026';
const CHAT = 'tests/fixtures/x/dm-chat-built-2026';

describe('x adapter on DMs', () => {
  test('legacy /messages: list rows are previews, the open conversation is DMs with direction', () => {
    expectFixture(x, LEGACY);
  });

  test('/i/chat: reads the conversation inside the embed shadow root, with the rows own ids', () => {
    expectFixture(x, CHAT);
  });

  test('hostile text stays text', () => {
    const items = expectFixture(x, LEGACY);
    expect(items.find((i) => i.handle === 'mallory_x')?.text).toBe('<img src=x onerror="window.__pwned=1">');
  });

  test('hash ids are stable across reads of the same page', () => {
    const url = new URL(readExpected(LEGACY).url);
    const a = safeScan(x, loadPage(`${LEGACY}/page.html`), url).items.map((i) => i.id);
    const b = safeScan(x, loadPage(`${LEGACY}/page.html`), url).items.map((i) => i.id);
    expect(a).toEqual(b);
  });

  test('an incoming message in a group (no sender shown) is skipped, never attributed', () => {
    const doc = parsePage(
      `<div data-testid="dm-conversation-header"><a href="/ana">Ana</a><a href="/ben">Ben</a></div><div data-testid="messageEntry"><div data-testid="tweetText">who wrote me?</div></div>`,
    );
    const result = safeScan(x, doc, new URL('https://x.com/messages/1-2'));
    expect(result.items).toEqual([]);
    expect(result.reason).toMatch(/sender is not shown/);
  });

  test('a message with its sender shown is attributed to that sender, even in a group', () => {
    const doc = parsePage(
      `<div data-testid="dm-conversation-header"><a href="/ana">Ana</a><a href="/ben">Ben</a></div><div data-testid="messageEntry"><a href="/ben"><img alt="Ben"></a><div data-testid="tweetText">hi from <a href="/ana">@ana</a></div></div>`,
    );
    const [item] = safeScan(x, doc, new URL('https://x.com/messages/1-2')).items;
    expect(item).toMatchObject({ kind: 'dm', author: 'Ben', handle: 'ben', own: false, text: 'hi from @ana' });
  });

  test("an own message answers the first of the customer's unanswered messages above it", () => {
    const incoming = (text: string) => `<div data-testid="messageEntry" style="display:flex;align-items:flex-start"><div data-testid="tweetText">${text}</div></div>`;
    const outgoing = (text: string) => `<div data-testid="messageEntry" style="display:flex;align-items:flex-end"><div data-testid="tweetText">${text}</div></div>`;
    const doc = parsePage(
      `<div data-testid="dm-conversation-header"><a href="/ana">Ana</a></div>${incoming('hello?')}${outgoing('hi Ana')}${incoming('my order')}${incoming('is late')}${incoming('any news?')}${outgoing('on it!')}`,
    );
    const items = safeScan(x, doc, new URL('https://x.com/messages/1-2')).items;
    expect(items.map((i) => [i.text, i.own])).toEqual([['hello?', false], ['hi Ana', true], ['my order', false], ['is late', false], ['any news?', false], ['on it!', true]]);
    expect(items[1]!.parentId).toBe(items[0]!.id);
    expect(items[5]!.parentId).toBe(items[2]!.id);
    expect(items.filter((i) => !i.own).every((i) => i.parentId === undefined && i.author === 'Ana')).toBe(true);
  });

  test('a list row whose name and handle are not drawn yet never takes its preview text as the author', () => {
    const doc = parsePage('<div data-testid="conversation"><div><time datetime="2026-11-21T10:05:00.000Z">1h</time></div><div data-testid="tweetText">Still nothing.</div></div>');
    expect(safeScan(x, doc, new URL('https://x.com/messages')).items).toEqual([]);
  });

  test('the messages page without a conversation says so', () => {
    const doc = parsePage('<div data-testid="dm-container"></div>');
    expect(safeScan(x, doc, new URL('https://x.com/i/chat')).reason).toBe('no conversations on screen');
    expect(safeScan(x, parsePage('<p>hi</p>'), new URL('https://x.com/messages')).reason).toMatch(/markup not recognised/);
  });

  test('finds a DM node by id, in the shadow root too', () => {
    const doc = loadPageAt(`${CHAT}/page.html`, readExpected(CHAT).url);
    expect(x.findItemNode(doc, { id: '0c9f8a0e-0003-4aa1-8aa1-000000000003' })?.textContent).toContain('Parfait');
    const legacy = loadPageAt(`${LEGACY}/page.html`, readExpected(LEGACY).url);
    const [, , , first] = safeScan(x, legacy, new URL(readExpected(LEGACY).url)).items;
    expect(x.findItemNode(legacy, first!)?.textContent).toContain('#A12345');
  });
});

describe('x adapter on damaged pages', () => {
  testMangledPages(x, [
  'tests/fixtures/x/dm-legacy-built-2026',
  'tests/fixtures/x/dm-chat-built-2026',
  ]);
});
