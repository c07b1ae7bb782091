// Bundled into a plain Chromium page by bench/sites.bench.ts: the adapters' full scan and the bare
// querySelectorAll floor, timed on the live DOM of a served page.
import { adapters, safeScan } from '../lib/sites/registry';

function median(fn: () => void, minMs: number): number {
  fn();
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < 5 || (performance.now() - start < minMs && samples.length < 200)) {
    document.body.setAttribute('data-bench-run', String(samples.length)); // as between two scans
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

(window as unknown as { __bench: object }).__bench = {
  run(siteId: string, minMs: number) {
    const site = adapters.find((a) => a.id === siteId)!;
    const url = new URL(location.href);
    const items = safeScan(site, document, url).items.length;
    return {
      items,
      scanMs: median(() => safeScan(site, document, url), minMs),
      floorMs: median(() => document.querySelectorAll(site.itemSelector).length, minMs),
    };
  },
};
