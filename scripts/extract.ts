// npm run extract -- --url URL page.html
// Loads the built extension in headless Chromium, serves the saved page under URL (every other
// request aborted), and prints what the content script found, as JSON: the same data the side
// panel gets. Output shape (keep it stable): {url, site, adapter, count, items:[{id, author, text,
// time, kind, permalink, own, handle?, parentId?}], reason?}
import { existsSync, readFileSync } from 'node:fs';
import { eventually, launchBrowser, reportOf, withoutScripts } from '../tests/e2e/browser';
import { ensureChromeBuild } from './build-once';
import { isSupportedUrl } from '../lib/sites/hosts';
import type { PageReport } from '../lib/messages';

const USAGE = 'usage: npm run extract -- --url https://x.com/<user>/status/<id> page.html [--keep-scripts] [--wait-ms 1500]';

function parseArgs(argv: string[]) {
  const args = { url: '', file: '', keepScripts: false, waitMs: 1500 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--url') args.url = argv[++i] ?? '';
    else if (a === '--keep-scripts') args.keepScripts = true;
    else if (a === '--wait-ms') args.waitMs = Number(argv[++i]);
    else if (a === '--help' || a === '-h') fail(USAGE, 0);
    else if (!args.file) args.file = a;
    else fail(`unexpected argument ${a}\n${USAGE}`);
  }
  if (!args.url || !args.file) fail(USAGE);
  try {
    if (!/^https?:$/.test(new URL(args.url).protocol)) fail(`--url must be http(s): ${args.url}`);
  } catch {
    fail(`--url is not a URL: ${args.url}`);
  }
  if (!existsSync(args.file)) fail(`no such file: ${args.file}`);
  return args;
}

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

export function toOutput(url: string, report: PageReport | null, reason?: string) {
  const items = (report?.items ?? []).map((i) => ({
    id: i.id,
    author: i.author,
    text: i.text,
    time: i.postedAtMs !== undefined ? new Date(i.postedAtMs).toISOString() : (i.timeText ?? null),
    kind: i.kind,
    permalink: i.permalink ?? null,
    own: i.own,
    ...(i.handle ? { handle: i.handle } : {}),
    ...(i.parentId ? { parentId: i.parentId } : {}),
  }));
  const why = report?.reason ?? reason;
  return {
    url,
    site: report?.site ?? null,
    adapter: report?.adapter ?? null,
    count: items.length,
    items,
    ...(items.length === 0 && why ? { reason: why } : {}),
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const raw = readFileSync(args.file, 'utf8');
  const html = args.keepScripts ? raw : withoutScripts(raw);
  if (!isSupportedUrl(new URL(args.url))) {
    process.stdout.write(`${JSON.stringify(toOutput(args.url, null, 'ReplyDesk does not run on this site (not a supported site)'), null, 2)}\n`);
    return;
  }
  const extensionDir = ensureChromeBuild();
  const browser = await launchBrowser({ extensionDir });
  try {
    await browser.serve(args.url, html);
    await browser.openPage(args.url);
    let report: PageReport | null = null;
    let reason: string | undefined;
    try {
      // The page is settled when the count stops changing for waitMs.
      let last = -1;
      let stableSince = Date.now();
      report = await eventually(async () => {
        const r = await reportOf(browser, args.url);
        if (r.items.length !== last) {
          last = r.items.length;
          stableSince = Date.now();
        }
        return Date.now() - stableSince >= args.waitMs ? r : null;
      }, 30_000, 'the content script');
    } catch (error) {
      reason = `the content script did not answer: ${String(error).split('\n')[0]}`;
    }
    process.stdout.write(`${JSON.stringify(toOutput(args.url, report, reason), null, 2)}\n`);
  } finally {
    await browser.close();
  }
}

if (process.argv[1]?.endsWith('extract.ts')) {
  main().catch((error) => fail(`extract failed: ${error instanceof Error ? error.message : String(error)}`, 1));
}
