// Template bodies: `{name|fallback}` fills itself from the item and settings; `{{slot}}` is a
// blank the agent must complete before inserting.

export type Vars = Record<string, string | undefined>;

const VARIABLE = /\{(?!\{)([a-z_]+)(?:\|([^{}]*))?\}(?!\})/g;
const SLOT = /\{\{([^{}]+)\}\}/g;

export function render(body: string, vars: Vars): string {
  return body.replace(VARIABLE, (_, name: string, fallback?: string) => {
    const value = vars[name]?.trim();
    return value ? value : (fallback ?? '');
  });
}

/** The fill-in slots still in a rendered text ("order number"). */
export function unfilledSlots(text: string): string[] {
  return [...text.matchAll(SLOT)].map((m) => m[1]!.trim());
}

/**
 * The name to greet someone by: the first word of the display name, when it looks like a name
 * (letters, not a handle, not a brand-like shout). "ben g🥦" → "Ben"; "@acme_help" → undefined.
 */
export function firstNameOf(displayName: string | undefined): string | undefined {
  const word = displayName?.normalize('NFC').trim().split(/[\s,|·•]+/u)[0] ?? '';
  const letters = word.replace(/[^\p{L}\p{M}'’-]/gu, '');
  if (letters.length < 2 || letters !== word.replace(/[\p{Extended_Pictographic}\uFE0F\u200D]/gu, '')) return undefined;
  if (letters.length > 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return undefined;
  return letters.charAt(0).toLocaleUpperCase() + letters.slice(1);
}
