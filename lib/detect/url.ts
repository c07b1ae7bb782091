/**
 * An https URL from a page's href (absolute, root-relative or protocol-relative), or undefined
 * when the href is missing, not http(s), or malformed. Page text is untrusted: only https links
 * leave an adapter (javascript: and data: never do).
 */
export function httpsUrl(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    url.protocol = 'https:';
    return url.href;
  } catch {
    return undefined;
  }
}
