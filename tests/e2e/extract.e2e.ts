import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { hasShared, sharedPages } from '../shared';

// `npm run extract` is how users report broken sites and how adapters are measured on unseen
// pages: its output shape is a contract.
const extract = (url: string, file: string) =>
  JSON.parse(execFileSync('npx', ['tsx', 'scripts/extract.ts', '--url', url, file, '--wait-ms', '500'], { encoding: 'utf8' }));

describe('npm run extract', () => {
  test('prints the items of a saved X thread in the stable shape', () => {
    const expected = JSON.parse(readFileSync('tests/fixtures/x/status-thread-built-2026/expected.json', 'utf8'));
    const out = extract(expected.url, 'tests/fixtures/x/status-thread-built-2026/page.html');
    expect(Object.keys(out)).toEqual(['url', 'site', 'adapter', 'count', 'items']);
    expect(out).toMatchObject({ url: expected.url, site: 'x', adapter: 'X', count: 7 });
    expect(out.items.map((i: { id: string }) => i.id)).toEqual(expected.items.map((i: { id: string }) => i.id));
    expect(out.items[1]).toEqual({
      id: '1990000000000000002',
      author: 'María López',
      text: "@acmehelp my order #A12345 still hasn't arrived after 2 weeks. This is ridiculous.",
      time: '2026-11-20T09:10:00.000Z',
      kind: 'reply',
      permalink: 'https://x.com/marialopez_/status/1990000000000000002',
      own: false,
      handle: 'marialopez_',
      parentId: '1990000000000000001',
    });
  });

  test('says why when a page has nothing it recognises', () => {
    const out = extract('https://x.com/acme/status/5', 'tests/fixtures/x/not-a-timeline.html');
    expect(out).toMatchObject({ site: 'x', count: 0, items: [], reason: expect.stringMatching(/not recognised/) });
  });

  test.runIf(hasShared)('agrees with the truth of a real saved page', () => {
    const [page] = sharedPages('x').filter((p) => p.name === 'x-likes-feed-2025');
    const out = extract(page!.truth.url, page!.htmlPath);
    expect(out.items.map((i: { id: string }) => i.id)).toEqual(page!.truth.items.map((i) => i.id));
  });
});
