import { readFileSync } from 'node:fs';

/** A saved page as a Document, scripts inert (DOMParser never runs them). */
export function parsePage(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function loadPage(path: string): Document {
  return parsePage(readFileSync(path, 'utf8'));
}
