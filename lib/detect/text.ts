// Reading text out of site markup. Sites render emoji as <img alt>, break lines with <br> or
// blocks, and minified pages have no whitespace between blocks, so textContent runs words
// together; this walks the tree and joins it the way a reader sees it.

const BLOCK = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'SECTION', 'ARTICLE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'BUTTON']);
// A zero-width joiner inside an emoji sequence (🐈‍⬛, 👩‍💻) is part of the emoji; elsewhere it is noise.
const INVISIBLE = /[\u200B\u200C\u2060\uFEFF]|(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

export interface ReadOptions {
  /**
   * Sites that style divs inline and put line breaks in the text itself (X's tweetText wraps each
   * @mention in an inline-flex div) read wrong with divs as blocks.
   */
  inlineDivs?: boolean;
}

export function readText(el: Element | null | undefined, options: ReadOptions = {}): string {
  if (!el) return '';
  const parts: string[] = [];
  walk(el, parts, options.inlineDivs ? INLINE_DIV_BLOCKS : BLOCK);
  return tidy(parts.join(''));
}

const INLINE_DIV_BLOCKS = new Set([...BLOCK].filter((t) => t !== 'DIV'));

function walk(node: Node, out: string[], blocks: Set<string>): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      out.push(child.nodeValue ?? '');
    } else if (child.nodeType === 1) {
      const el = child as Element;
      const tag = el.tagName;
      if (SKIP.has(tag) || el.getAttribute('aria-hidden') === 'true') continue;
      if (tag === 'BR') out.push('\n');
      else if (tag === 'IMG') out.push(el.getAttribute('alt') ?? '');
      else {
        const isBlock = blocks.has(tag);
        if (isBlock) out.push('\n');
        walk(el, out, blocks);
        if (isBlock) out.push('\n');
      }
    }
  }
}

/** Collapses runs of spaces, keeps single line breaks, trims. */
export function tidy(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(/[ \t\f\v\u00A0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One line, for names and labels. */
export function readLine(el: Element | null | undefined): string {
  return readText(el).replace(/\s+/g, ' ').trim();
}
