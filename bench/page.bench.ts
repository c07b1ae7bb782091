// The extension's cost to the host page: main-thread time on a large X thread with the extension
// vs the same page in the same browser build without it. Alternating runs, medians with IQR,
// because identical runs vary by ±13% (SPEED-AND-SAFETY.md).
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from '../tests/e2e/browser';
import { xLargeThreadHtml, X_THREAD_URL } from '../tests/e2e/pages';
import { ensureChromeBuild } from '../scripts/build-once';
import type { Bench } from './types';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const ITEMS = 2_000;

async function metrics(browser: Browser): Promise<{ task: number; script: number }> {
  const page: Page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(X_THREAD_URL, { waitUntil: 'load' });
  await page.waitForTimeout(1_500); // the content script runs at document_idle, then scans in slices
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  await page.close();
  const get = (name: string) => (list.find((m) => m.name === name)?.value ?? NaN) * 1000;
  return { task: get('TaskDuration'), script: get('ScriptDuration') };
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  return s[Math.floor(at)]! + (s[Math.ceil(at)]! - s[Math.floor(at)]!) * (at - Math.floor(at));
};

export const run: Bench = async () => {
  const html = xLargeThreadHtml(ITEMS);
  const withExt = await launchBrowser({ extensionDir: ensureChromeBuild() });
  const without = await launchBrowser({ extensionDir: null });
  try {
    for (const b of [withExt, without]) await b.serve(X_THREAD_URL, html);
    const on: Array<{ task: number; script: number }> = [];
    const off: Array<{ task: number; script: number }> = [];
    await metrics(withExt); // warm both (disk cache, first service worker start)
    await metrics(without);
    for (let i = 0; i < RUNS; i++) {
      on.push(await metrics(withExt));
      off.push(await metrics(without));
    }
    const med = (xs: number[]) => quantile(xs, 0.5);
    const iqr = (xs: number[]) => `IQR ${quantile(xs, 0.25).toFixed(0)}–${quantile(xs, 0.75).toFixed(0)} ms`;
    const onTask = on.map((m) => m.task);
    const offTask = off.map((m) => m.task);
    const onScript = on.map((m) => m.script);
    const offScript = off.map((m) => m.script);
    return [
      { area: 'page', name: `main-thread time, ${ITEMS}-reply X thread (ratio)`, value: med(onTask) / med(offTask), unit: '×', note: `with/without the extension, median of ${RUNS} alternating runs` },
      { area: 'page', name: 'main-thread time with the extension', value: med(onTask), unit: 'ms', note: iqr(onTask) },
      { area: 'page', name: 'main-thread time without', value: med(offTask), unit: 'ms', note: iqr(offTask) },
      { area: 'page', name: 'script time added by the extension', value: med(onScript) - med(offScript), unit: 'ms', note: `${((med(onScript) - med(offScript)) / (ITEMS / 1000)).toFixed(1)} ms per 1,000 items` },
    ];
  } finally {
    await withExt.close();
    await without.close();
  }
};
