// What each entrypoint weighs, raw and gzipped, against its budget (content script: 40 KB gzip,
// ../shared/SPEED-AND-SAFETY.md). The build is the real one (`wxt build`).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureChromeBuild } from '../scripts/build-once';
import type { Bench, BenchRow } from './types';

const BUDGET_GZIP = { 'content-scripts/content.js': 40 * 1024 } as Record<string, number>;

function files(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? files(path, `${prefix}${f}/`) : [`${prefix}${f}`];
  });
}

export const run: Bench = async () => {
  const out = ensureChromeBuild();
  const rows: BenchRow[] = [];
  for (const file of files(out).filter((f) => /\.(js|css)$/.test(f))) {
    const bytes = readFileSync(join(out, file));
    const gzip = gzipSync(bytes).length;
    const budget = BUDGET_GZIP[file];
    rows.push({ area: 'size', name: `${file} (raw)`, value: bytes.length / 1024, unit: 'KB' });
    rows.push({ area: 'size', name: `${file} (gzip)`, value: gzip / 1024, unit: 'KB', ...(budget ? { note: `${((100 * gzip) / budget).toFixed(0)}% of the ${budget / 1024} KB budget` } : {}) });
  }
  return rows;
};
