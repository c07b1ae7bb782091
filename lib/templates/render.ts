// Template bodies: `{name|fallback}` fills itself from the item and settings; `{{slot}}` is a
// blank the agent must complete before inserting.

export type Vars = Record<string, string | undefined>;

/** The variables replyVars fills; anything else in braces is a typo the options page points out. */
const VARIABLES = ['first_name', 'initials', 'signature', 'brand', 'kb_link', 'hours'] as const;

const VARIABLE = /\{(?!\{)([a-z_]+)(?:\|([^{}]*))?\}(?!\})/g;
const SLOT = /\{\{([^{}]+)\}\}/g;
// An empty variable must not leave a typo behind: "Hi {first_name|}, thanks" → "Hi, thanks",
// "Thank you, {first_name|}!" → "Thank you!", "سلام {first_name|} عزیز" → "سلام عزیز". Only the
// plain space goes: French keeps its no-break space before "!" and "?".
const EMPTY = '\u0000';
const EMPTY_BEFORE_PUNCTUATION = /[ \t]*,?[ \t]*\u0000(?=[\u00a0\u202f]?[,.!?;:،؛؟।…)\]]|\n|$)/gu;
const EMPTY_BETWEEN_WORDS = /[ \t]*\u0000[ \t]*/g;

export function render(body: string, vars: Vars): string {
  return body
    .replace(VARIABLE, (_, name: string, fallback?: string) => vars[name]?.trim() || fallback || EMPTY)
    .replace(EMPTY_BEFORE_PUNCTUATION, '')
    .replace(EMPTY_BETWEEN_WORDS, (m) => (m.length > 1 && /^[ \t]/.test(m) && /[ \t]$/.test(m) ? ' ' : ''))
    .replace(/[ \t]+$/gm, '')
    .trim();
}

/** The fill-in slots still in a rendered text ("order number"). */
export function unfilledSlots(text: string): string[] {
  return [...text.matchAll(SLOT)].map((m) => m[1]!.trim());
}

/** Variables in a body that nothing fills ("{frist_name}"), for the options page. */
export function unknownVariables(body: string): string[] {
  const known = new Set<string>(VARIABLES);
  return [...body.matchAll(VARIABLE)].map((m) => m[1]!).filter((name) => !known.has(name));
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
