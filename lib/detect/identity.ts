import type { RawItem, SiteId } from '../sites/types';

/** The key an item is stored under: one per platform item, across pages and visits. */
export function itemKey(item: Pick<RawItem, 'site' | 'id'>): string {
  return `${item.site}:${item.id}`;
}

export function splitKey(key: string): { site: SiteId; id: string } | null {
  const at = key.indexOf(':');
  if (at <= 0) return null;
  return { site: key.slice(0, at) as SiteId, id: key.slice(at + 1) };
}

/**
 * A stable id for items whose page shows none (TikTok comments, WhatsApp rows): FNV-1a over the
 * parts, so the same comment seen again gets the same id. Prefixed "h" to never clash with a
 * platform id.
 */
export function hashId(...parts: Array<string | undefined>): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const text = parts.map((p) => p ?? '').join('\u241F');
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return `h${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}`;
}
