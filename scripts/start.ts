// npm start: builds the Chrome extension and opens Debian's Chromium with it on the demo: our saved
// sample pages (tests/fixtures/<site>/<case>) served offline under their real URLs, times moved
// to today, the real draft-js editor mounted in the X thread's reply box. Nothing goes online.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM, launchBrowser } from '../tests/e2e/browser';
import { xThreadPage } from '../tests/e2e/pages';
import { shiftTimes } from '../tests/fixtures/timeshift';
import { ensureChromeBuild } from './build-once';

interface DemoPage {
  url: string;
  html: string;
  extra: Record<string, { body: string; contentType: string }>;
}

// Saved pages lost the sites' stylesheets; X's virtualised cells are absolutely positioned and
// would pile up. Just enough layout to read them (the demo only; tests serve pages as saved).
const DEMO_CSS = `<style>
  body { font: 15px/1.4 system-ui, sans-serif; max-width: 640px; margin: 0 auto; padding: 12px; }
  [data-testid="cellInnerDiv"] { position: static !important; transform: none !important; border-bottom: 1px solid #ddd; padding: 8px 0; }
  img { max-width: 20px; max-height: 20px; vertical-align: middle; }
  [data-testid="User-Name"] { display: flex; gap: 6px; font-weight: 600; }
  [data-testid="tweetText"] { margin: 4px 0; }
  [role="group"] button, [data-testid="caret"] { font-size: 12px; }
  .DraftEditor-root, [role="dialog"] { border: 1px solid #1d9bf0; border-radius: 8px; padding: 8px; min-height: 48px; }
  [role="dialog"] { position: fixed; top: 80px; left: 50%; transform: translateX(-50%); width: 520px; background: white; box-shadow: 0 4px 24px #0003; }
  .public-DraftEditorPlaceholder-root { position: absolute; color: #888; pointer-events: none; }
</style>`;

const styled = (html: string) => html.replace('</head>', `${DEMO_CSS}</head>`);

/** Every fixture of ours that names the URL it was saved at. */
function fixturePages(now: number): DemoPage[] {
  const pages: DemoPage[] = [];
  for (const site of readdirSync('tests/fixtures', { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const kase of readdirSync(join('tests/fixtures', site.name), { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const dir = join('tests/fixtures', site.name, kase.name);
      if (!existsSync(join(dir, 'page.html')) || !existsSync(join(dir, 'expected.json'))) continue;
      const { url } = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { url?: string };
      if (url) pages.push({ url, html: shiftTimes(readFileSync(join(dir, 'page.html'), 'utf8'), now - 5 * 60_000), extra: {} });
    }
  }
  return pages;
}

async function main() {
  const extensionDir = resolve(ensureChromeBuild((line) => console.log(line)));
  const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
  const manual = `Load it by hand: chrome://extensions → Developer mode → Load unpacked → ${extensionDir}
(Firefox: npm run build:firefox, then about:debugging → Load Temporary Add-on → .output/firefox-mv2/manifest.json)`;
  if (!display) {
    console.log(`No display here (DISPLAY is not set), so no browser window can open.
The built extension is at ${extensionDir}
${manual}
To see the demo on a machine without a screen: xvfb-run -a npm start`);
    return;
  }
  if (!existsSync(CHROMIUM)) {
    console.log(`Chromium is not installed (${CHROMIUM}). Install Debian's: sudo apt-get install -y chromium
${manual}`);
    process.exitCode = 1;
    return;
  }

  const now = Date.now();
  const thread = await xThreadPage(now);
  const pages = [thread, ...fixturePages(now).filter((p) => p.url !== thread.url)];
  const browser = await launchBrowser({ extensionDir, headless: false, profileDir: resolve('.cache/demo-profile') });
  for (const page of pages) await browser.serve(page.url, styled(page.html), page.extra);
  const first = browser.context.pages()[0] ?? (await browser.context.newPage());
  await first.goto(thread.url);
  // The side panel opens from the toolbar; for the demo it also opens as a window beside the page.
  const screen = await first.evaluate(() => ({ width: window.screen.availWidth, height: window.screen.availHeight }));
  const panel = { url: 'sidepanel.html', type: 'popup', width: 440, height: screen.height, left: Math.max(0, screen.width - 460), top: 0 };
  await (await browser.worker()).evaluate(
    (options) => (globalThis as unknown as { chrome: { windows: { create(o: object): Promise<unknown> } } }).chrome.windows.create(options),
    panel,
  );
  console.log(`ReplyDesk demo is open. Pages served offline under their real URLs:
${pages.map((p) => `  ${p.url}`).join('\n')}
The side panel is open in a window beside the page (in normal use: the ReplyDesk toolbar button).
Close the browser window to stop.`);
  await new Promise<void>((done) => browser.context.on('close', () => done()));
}

main().catch((error) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
