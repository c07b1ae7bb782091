import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

let cached: Promise<string> | undefined;

/** The editors harness as one browser script (built once per test process). */
export function harnessScript(): Promise<string> {
  cached ??= build({
    entryPoints: [fileURLToPath(new URL('./editors.tsx', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    minify: true,
    // draft-js reads `global` and React reads process.env (TOOLCHAIN.md).
    define: { global: 'window', 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return cached;
}

/** The path pages load the harness from, on whatever origin they are served. */
export const HARNESS_PATH = '/__replydesk_harness__/editors.js';

/** Serve options for browser.serve(): the harness script under the page's own origin. */
export async function harnessFiles(pageUrl: string): Promise<Record<string, { body: string; contentType: string }>> {
  return { [new URL(HARNESS_PATH, pageUrl).href]: { body: await harnessScript(), contentType: 'text/javascript' } };
}

/** Adds the harness script tag at the end of a page's body. */
export function withHarness(html: string): string {
  const tag = `<script src="${HARNESS_PATH}"></script>`;
  return html.includes('</body>') ? html.replace('</body>', `${tag}</body>`) : html + tag;
}
