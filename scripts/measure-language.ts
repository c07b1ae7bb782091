// Measures the installed language detectors on the labelled dev data (accuracy per language,
// speed, bundle size) so the choice in lib/analysis/language.ts is a measurement, not a guess.
// Run: npx tsx scripts/measure-language.ts [DIR]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';

const dir = process.argv[2] ?? '../shared/data/sentiment';
const PER_LANG = 400;

function files(d: string): string[] {
  return readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : f.endsWith('.jsonl') ? [join(d, f)] : []));
}

const byLang = new Map<string, string[]>();
for (const f of files(dir)) {
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    if (!line) continue;
    const row = JSON.parse(line) as { text: string; lang?: string };
    const list = byLang.get(row.lang ?? 'en') ?? [];
    if (list.length < PER_LANG * 20) list.push(row.text);
    byLang.set(row.lang ?? 'en', list);
  }
}
// every 20th row, so each language sample spans its files
const samples = [...byLang].map(([lang, texts]) => [lang, texts.filter((_, i) => i % Math.max(1, Math.floor(texts.length / PER_LANG)) === 0).slice(0, PER_LANG)] as const);

const iso3to1: Record<string, string> = { spa: 'es', eng: 'en', por: 'pt', fra: 'fr', deu: 'de', ita: 'it', arb: 'ar', hin: 'hi', hrv: 'hr', bos: 'hr', srp: 'hr', ukr: 'uk', rus: 'ru', pes: 'fa', urd: 'ur' };

const { eld } = await import('eld/small');
const eldXs = (await import('eld/extrasmall')).eld;
const eldL = (await import('eld/large')).eld;
const tinyld = await import('tinyld/light');
const tinyNormal = await import('tinyld');
const { franc } = await import('franc-min');

const detectors: Record<string, { detect: (t: string) => string; entry: string }> = {
  'eld/small': { detect: (t) => eld.detect(t).language || 'und', entry: "export { eld } from 'eld/small'" },
  'eld/extrasmall': { detect: (t) => eldXs.detect(t).language || 'und', entry: "export { eld } from 'eld/extrasmall'" },
  'eld/large': { detect: (t) => eldL.detect(t).language || 'und', entry: "export { eld } from 'eld/large'" },
  'eld/xs 240ch': { detect: (t) => eldXs.detect(t.slice(0, 240)).language || 'und', entry: "export { eld } from 'eld/extrasmall'" },
  'tinyld/light': { detect: (t) => tinyld.detect(t) || 'und', entry: "export { detect } from 'tinyld/light'" },
  tinyld: { detect: (t) => tinyNormal.detect(t) || 'und', entry: "export { detect } from 'tinyld'" },
  'franc-min': { detect: (t) => iso3to1[franc(t)] ?? franc(t), entry: "export { franc } from 'franc-min'" },
};

// hr/bs/sr are one written standard for our purpose (Latin-script Croatian replies fit all).
const same = (got: string, want: string) => got === want || (want === 'hr' && (got === 'bs' || got === 'sr'));

console.log(`sample: ${samples.map(([l, t]) => `${l}:${t.length}`).join(' ')}`);
for (const [name, d] of Object.entries(detectors)) {
  const per: string[] = [];
  let right = 0;
  let total = 0;
  let n = 0;
  const t0 = performance.now();
  for (const [lang, texts] of samples) {
    let ok = 0;
    for (const t of texts) if (same(d.detect(t), lang)) ok++;
    per.push(`${lang} ${(ok / texts.length).toFixed(2)}`);
    right += ok / texts.length;
    total++;
    n += texts.length;
  }
  const ms = performance.now() - t0;
  const out = buildSync({ stdin: { contents: d.entry, resolveDir: process.cwd() }, bundle: true, minify: true, write: false, format: 'esm', platform: 'browser' });
  const code = out.outputFiles[0]!.contents;
  console.log(`${name.padEnd(13)} mean acc ${(right / total).toFixed(3)}  ${(n / (ms / 1000)).toFixed(0).padStart(7)} msg/s  bundle ${(code.length / 1024).toFixed(0)} KB raw, ${(gzipSync(code).length / 1024).toFixed(0)} KB gz  | ${per.join(', ')}`);
}
