import type { ElementLike, NodeLike } from './dom-like';

/**
 * Removes event-handler attributes (onclick, onerror…) from the extracted article. The sanitiser
 * would remove them too, but it parses the article in the page, and Chromium checks an inline
 * handler against the page's CSP as soon as any document of the page (an inert DOMParser one too)
 * parses it: each logged a `script-src-attr` violation. Dropped here, in the extractor's DOM (a
 * worker's linkedom in the app), none reaches a document where the CSP applies.
 */
export function dropEventHandlers(content: ElementLike): void {
  const stack: NodeLike[] = [content];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType !== 1) continue;
    const el = node as ElementLike;
    for (const name of el.getAttributeNames()) if (/^on/i.test(name)) el.removeAttribute(name);
    for (let c = node.firstChild; c; c = c.nextSibling) stack.push(c);
  }
}
