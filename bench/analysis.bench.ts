import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import type { analyze as Analyze } from '../lib/analysis';
import type { Bench, BenchRow } from './types';

// Messages per second on one core for the whole analysis, on a realistic mix (our fixture
// messages in 12 languages, plus one long post in fifty), and what lib/analysis adds to the
// background bundle. Goal: ≥ 50,000 msg/s per core.

const FIXTURES = ['tests/fixtures/analysis/sentiment.jsonl', 'tests/fixtures/analysis/spam.jsonl'];

function mix(): string[] {
  const texts = FIXTURES.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
  const long = `${texts.slice(0, 12).join(' ')} `.repeat(8); // ~4 KB: a long review
  const out: string[] = [];
  for (let i = 0; i < 50; i++) out.push(i === 0 ? long : texts[i % texts.length]!);
  return out;
}

/**
 * The analysis as it ships, bundled and minified as in the extension build. Run from source under
 * tsx, every function would also pay for tsx's keepNames wrappers, which no build has.
 */
async function importBundle(code: Uint8Array): Promise<typeof Analyze> {
  const dir = mkdtempSync(join(tmpdir(), 'replydesk-bench-'));
  try {
    const file = join(dir, 'analysis.mjs');
    writeFileSync(file, code);
    return ((await import(pathToFileURL(file).href)) as { analyze: typeof Analyze }).analyze;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Messages per second of this process's CPU time: "per core", whatever else shares the machine. */
function messagesPerSecond(analyze: typeof Analyze, texts: readonly string[]): number {
  for (let i = 0; i < 2000; i++) analyze(texts[i % texts.length]!); // warm the JIT
  let n = 0;
  const start = process.cpuUsage();
  let cpuMs = 0;
  while (cpuMs < 1500) {
    for (const t of texts) analyze(t);
    n += texts.length;
    const used = process.cpuUsage(start);
    cpuMs = (used.user + used.system) / 1000;
  }
  return n / (cpuMs / 1000);
}

function bundle(entry: string, external: string[] = []): Uint8Array {
  return buildSync({ entryPoints: [entry], bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', external }).outputFiles[0]!.contents;
}

export const run: Bench = async () => {
  const texts = mix();
  const shipped = bundle('lib/analysis/index.ts');
  const rate = messagesPerSecond(await importBundle(shipped), texts);
  const size = (code: Uint8Array) => ({ raw: code.length, gz: gzipSync(code).length });
  const all = size(shipped);
  // eld's data is imported by path from lib/analysis/eld-scores.ts
  const ours = size(bundle('lib/analysis/index.ts', ['eld', 'eld/*', '../../node_modules/eld/*']));
  const weights = readFileSync('lib/analysis/weights.json');
  const kb = (bytes: number) => Math.round(bytes / 1024);
  const rows: BenchRow[] = [
    { area: 'analysis', name: 'messages per second per core', value: Math.round(rate), unit: 'msg/s', note: `goal ≥ 50,000 (${(rate / 50_000).toFixed(2)}× goal); mix of ${texts.length} messages, 1 of ~4 KB; the bundle as shipped` },
    { area: 'analysis', name: 'background bundle added (code + weights + eld)', value: kb(all.raw), unit: 'KB raw', note: `${kb(all.gz)} KB gzipped` },
    { area: 'analysis', name: 'of which our code + weights (without eld)', value: kb(ours.raw), unit: 'KB raw', note: `${kb(ours.gz)} KB gzipped` },
    { area: 'analysis', name: 'trained weights (weights.json)', value: kb(weights.length), unit: 'KB raw', note: `${kb(gzipSync(weights).length)} KB gzipped` },
  ];
  return rows;
};
