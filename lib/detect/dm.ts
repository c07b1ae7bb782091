import type { RawItem } from '../sites/types';
import { readText } from './text';

// DM direction: an outgoing message answers the customer's unanswered run of messages just above
// it, and names the first of them as its parentId, so response time runs from the customer's first
// message to our first reply after it (the rule X's DMs follow too). Every DM adapter reads its
// own rows; this walks them the same way for all.

/** How far back to look: a longer run than this is not answering anything on screen. */
const LOOKBACK = 200;

export interface DmRow {
  id: string;
  isIncoming: boolean;
}

/**
 * The first message of the incoming run just above `row`, walking back with `previous` and reading
 * each earlier row with `read` (null for rows that are not messages: date chips, system notes).
 * Undefined when the message just above is ours too: that run was answered already.
 */
export function firstOfUnansweredRun(
  row: Element,
  previous: (el: Element) => Element | null,
  read: (el: Element) => DmRow | null,
): string | undefined {
  let first: string | undefined;
  let el = previous(row);
  for (let steps = 0; el && steps < LOOKBACK; steps++, el = previous(el)) {
    const earlier = read(el);
    if (!earlier) continue;
    if (!earlier.isIncoming) break;
    first = earlier.id;
  }
  return first;
}

/** The previous element sibling of `el`'s ancestor that is a direct child of a list, i.e. the row before. */
export function previousRow(rowSelector: string): (el: Element) => Element | null {
  return (el) => {
    const row = el.closest(rowSelector) ?? el;
    for (let prev = row.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (prev.matches(rowSelector)) return prev;
    }
    return null;
  };
}

/**
 * An own message's parentId, for adapters whose reader tells direction by `own`. `read` must not
 * itself look for parents (the walk would recurse through every earlier run).
 */
export function answeredBy(row: Element, previous: (el: Element) => Element | null, read: (el: Element) => RawItem | null): string | undefined {
  return firstOfUnansweredRun(row, previous, (el) => {
    const earlier = read(el);
    return earlier ? { id: earlier.id, isIncoming: !earlier.own } : null;
  });
}

/** Position among the conversation's rows: the same words sent twice are two messages. */
export function rowIndex(row: Element): number {
  let n = 0;
  for (let prev = row.previousElementSibling; prev; prev = prev.previousElementSibling) n++;
  return n;
}

/** A chat row's words: its outermost text blocks, outside the sender's link. */
export function readRowText(row: Element, blockSelector: string): string {
  return [...row.querySelectorAll(blockSelector)]
    .filter((d) => !d.parentElement?.closest(blockSelector) && !d.closest('a'))
    .map((d) => readText(d))
    .join('\n')
    .trim();
}

/**
 * Own messages sit at the end of the line (right in LTR, left in RTL); the chat apps draw that
 * with flex alignment, not with a word or an attribute, so the computed style is the structural
 * hook (X, Instagram, Messenger).
 */
export function isEndAligned(node: Element): boolean {
  const view = node.ownerDocument.defaultView;
  if (!view) return false;
  let el: Element | null = node;
  for (let depth = 0; el && depth < 4; depth++, el = el.firstElementChild) {
    const style = view.getComputedStyle(el);
    if ([style.alignItems, style.justifyContent, style.alignSelf].some((v) => /end$/.test(v ?? ''))) return true;
  }
  return false;
}

const aligningPages = new WeakMap<Document, { rows: number; aligns: boolean }>();

/**
 * Whether the page draws direction by alignment at all: without the site's styles (a saved page,
 * blocked CSS) no row is end-aligned and our own messages would pass for the other person's.
 * One end-aligned row settles it; a "no" is asked again when the rows change.
 */
export function pageAlignsRows(doc: Document, rows: readonly Element[]): boolean {
  const known = aligningPages.get(doc);
  if (known && (known.aligns || known.rows === rows.length)) return known.aligns;
  const aligns = rows.some(isEndAligned);
  aligningPages.set(doc, { rows: rows.length, aligns });
  return aligns;
}
