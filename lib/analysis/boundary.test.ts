import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// The trained weights must stay out of the content script (it runs in every page of every site):
// nothing it imports, directly or not, may reach lib/analysis.

const ROOT = process.cwd();
// `import type` is left out: types are erased and ship nothing.
const IMPORT = /(?:^|\n)\s*(?:import|export)\s(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(from), spec) : null;
  if (!base) return null; // a package
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

function importsOf(entry: string): string[] {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolveImport(file, (m[1] ?? m[2])!);
      if (target && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return [...seen].map((f) => relative(ROOT, f));
}

test('the content script imports nothing from lib/analysis', () => {
  const files = importsOf(join(ROOT, 'entrypoints/content/index.ts'));
  expect(files.length).toBeGreaterThan(3); // the crawl follows imports at all
  expect(files.filter((f) => f.startsWith('lib/analysis/'))).toEqual([]);
});

test('the background does reach it (the crawl can see lib/analysis)', () => {
  expect(importsOf(join(ROOT, 'lib/background/router.ts'))).toContain('lib/analysis/index.ts');
});
