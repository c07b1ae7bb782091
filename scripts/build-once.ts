import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// extract, bench and start load the built Chrome extension: rebuild it when a source is newer.
const SOURCES = ['lib', 'entrypoints', 'components', 'wxt.config.ts', 'package.json'];

function newestMs(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newestMs(join(path, f))));
}

export function ensureChromeBuild(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): string {
  const manifest = '.output/chrome-mv3/manifest.json';
  if (existsSync(manifest) && statSync(manifest).mtimeMs >= Math.max(...SOURCES.map(newestMs))) return '.output/chrome-mv3';
  log('Building the Chrome extension (wxt build)…');
  const result = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('wxt build failed');
  return '.output/chrome-mv3';
}
