// Page text is shown as text (React escapes it); these are the two ways plain text can still
// mislead or overwhelm the agent.

// Bidi embeddings, overrides and isolates: "\u202Egnp.exe" would read as "exe.png".
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export const DISPLAY_LIMIT = 2_000;

/** The text as the queue shows it: bidi controls removed, very long text cut with a count. */
export function displayText(text: string, limit = DISPLAY_LIMIT): string {
  const clean = text.replace(BIDI_CONTROLS, '');
  if (clean.length <= limit) return clean;
  return `${clean.slice(0, limit)}… (${(clean.length - limit).toLocaleString('en')} more characters)`;
}
