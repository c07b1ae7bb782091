import fc from 'fast-check';
import { expect, test } from 'vitest';
import { safeScan } from '@/lib/sites/registry';
import type { SiteAdapter } from '@/lib/sites/types';
import { readExpected } from './accuracy';
import { loadPage } from './page';

// Bad input, generated: a fixture page with random elements removed and random attributes
// stripped, as a partial render or a newer/older markup would leave it. Whatever the damage, the
// adapter never throws and never gives an item it still finds a different author or side than the
// intact page did (it may drop the item or lose its text; it must not pin it on someone else, nor
// call a customer's item ours).

/** The names one writer may go by: a half-drawn item shows the handle where the name is missing. */
const sameWriter = (item: { author: string; handle?: string }) => (item.handle ? [item.author, item.handle] : [item.author]);

export function testMangledPages(adapter: SiteAdapter, dirs: readonly string[], numRuns = 60): void {
  test.each(dirs.map((d) => [d]))('mangled %s: no throw, no item moves to another author', (dir) => {
    const url = new URL(readExpected(dir).url);
    const intact = new Map(safeScan(adapter, loadPage(`${dir}/page.html`), url).items.map((i) => [i.id, i]));
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 6 }), (removals, strips) => {
        const doc = loadPage(`${dir}/page.html`);
        const all = [...doc.body.querySelectorAll('*')];
        for (const n of strips) {
          const el = all[n % all.length]!;
          const attr = el.attributes[n % Math.max(1, el.attributes.length)];
          if (attr) el.removeAttribute(attr.name);
        }
        for (const n of removals) all[n % all.length]!.remove();
        const result = safeScan(adapter, doc, url);
        expect(result.reason ?? '').not.toMatch(/adapter failed/);
        for (const item of result.items) {
          const before = intact.get(item.id);
          if (!before) continue;
          if (before.own) {
            // Without the page's identity hook (a removed nav or comment box) our item reads as
            // someone's: under our own name, never another's.
            if (!item.own) expect(sameWriter(before), item.id).toContain(item.author);
          } else {
            expect(item.own, item.id).toBe(false);
            expect(sameWriter(before), item.id).toContain(item.author);
          }
        }
      }),
      { numRuns },
    );
  }, 120_000);
}
