import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';

/** A saved page as a Document, scripts inert (DOMParser never runs them). */
export function parsePage(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  attachShadowTemplates(doc);
  return doc;
}

/**
 * Declarative shadow DOM (`<template shadowrootmode="open">`), which browsers attach while
 * parsing a page and DOMParser leaves as a template: how our fixtures carry shadow roots.
 */
function attachShadowTemplates(root: ParentNode): void {
  for (const template of [...root.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]')]) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const mode = template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const shadow = host.attachShadow({ mode });
    shadow.append(template.content.cloneNode(true));
    template.remove();
    attachShadowTemplates(shadow);
  }
}

export function loadPage(path: string): Document {
  return parsePage(readFileSync(path, 'utf8'));
}

/**
 * A saved page as the document of a window at its real URL (document.URL is that URL), for code
 * that reads the address from the document, as the content script does. Scripts stay inert.
 */
export function loadPageAt(path: string, url: string): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  const doc = window.document as unknown as Document;
  doc.write(readFileSync(path, 'utf8'));
  attachShadowTemplates(doc);
  return doc;
}
