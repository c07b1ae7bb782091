// npm run bench [-- --only <area>] [-- --json]
// Runs every bench/<area>.bench.ts and prints one table. Figures are ratios measured in this run
// (with vs without, ours vs a floor), so they compare across machines; absolute times are context.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Bench, BenchRow } from './types';

const dir = fileURLToPath(new URL('.', import.meta.url));
const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const asJson = argv.includes('--json');

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f === `${only}.bench.ts`)
  .sort();

const rows: BenchRow[] = [];
for (const file of files) {
  const area = file.replace(/\.bench\.ts$/, '');
  process.stderr.write(`bench: ${area}…\n`);
  try {
    const mod = (await import(pathToFileURL(`${dir}${file}`).href)) as { run: Bench };
    rows.push(...(await mod.run()));
  } catch (error) {
    rows.push({ area, name: 'failed', value: NaN, unit: '', note: String(error).split('\n')[0] });
  }
}

if (asJson) {
  process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
} else {
  const fmt = (v: number) => (Number.isNaN(v) ? 'n/a' : Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(3));
  const table = [['area', 'measure', 'value', 'unit', 'compared with'], ...rows.map((r) => [r.area, r.name, fmt(r.value), r.unit, r.note ?? ''])];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => row[c]!.length)));
  for (const row of table) process.stdout.write(`${row.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd()}\n`);
}
