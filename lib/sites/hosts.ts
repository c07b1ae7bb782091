import type { SiteId } from './types';

// Match patterns per site. The manifest's host_permissions and the content script's matches are
// built from this one table, so a site is added in one place.
export const SITE_HOSTS: Record<SiteId, readonly string[]> = {
  x: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*'],
  youtube: ['https://www.youtube.com/*', 'https://m.youtube.com/*', 'https://studio.youtube.com/*'],
  facebook: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*', 'https://www.messenger.com/*'],
  instagram: ['https://www.instagram.com/*'],
  linkedin: ['https://www.linkedin.com/*'],
  reddit: ['https://www.reddit.com/*', 'https://old.reddit.com/*', 'https://new.reddit.com/*', 'https://sh.reddit.com/*'],
  tiktok: ['https://www.tiktok.com/*'],
  whatsapp: ['https://web.whatsapp.com/*'],
};

export const hostPermissions: string[] = Object.values(SITE_HOSTS).flat();

/** Whether the content script runs at `url` (the manifest's https://host/* patterns). */
export function isSupportedUrl(url: URL): boolean {
  return url.protocol === 'https:' && hostPermissions.some((p) => new URL(p.replace('/*', '/')).hostname === url.hostname);
}

/** The URL when our pages may link to it: https on a supported site (page text can hold `javascript:` or `data:`). */
export function safeSiteUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return isSupportedUrl(parsed) ? parsed.href : null;
  } catch {
    return null;
  }
}
