import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// ../shared (read-only, beside the project) holds the real saved pages and labelled data. Suites
// over it run when it is there; `npm test` passes without it on our own fixtures.
export const SHARED_DIR = process.env.REPLYDESK_SHARED ?? resolve(process.cwd(), '../shared'); // tests run from the project root
export const hasShared = existsSync(join(SHARED_DIR, 'fixtures'));

export interface TruthItem {
  author: string;
  handle?: string;
  textStart: string;
  kind: string;
  id: string | null;
  permalink?: string;
  time?: string;
  own?: boolean | null;
}

export interface Truth {
  file: string;
  site: string;
  url: string;
  count: number;
  loggedInAs?: string;
  items: TruthItem[];
}

export interface SharedPage {
  name: string;
  htmlPath: string;
  truth: Truth;
}

/** Every saved page of a site folder in ../shared/fixtures with its truth file. */
export function sharedPages(siteDir: string): SharedPage[] {
  const dir = join(SHARED_DIR, 'fixtures', siteDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({
      name: f.replace(/\.html$/, ''),
      htmlPath: join(dir, f),
      truth: JSON.parse(readFileSync(join(dir, f.replace(/\.html$/, '.truth.json')), 'utf8')) as Truth,
    }));
}

export const squash = (s: string) => s.replace(/\s+/g, '');

/** The fixtures README's match rule: same id when both have one, else author + text prefix. */
export function matchesTruth(candidate: { id: string; author: string; text: string }, truth: TruthItem): boolean {
  if (truth.id) return candidate.id === truth.id;
  return candidate.author === truth.author && squash(candidate.text).startsWith(squash(truth.textStart));
}
