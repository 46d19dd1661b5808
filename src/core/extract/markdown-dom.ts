import type { HtmlParser } from './dom-like';
import { dropEventHandlers } from './drop-handlers';

/**
 * Markdown's rendered HTML read through a DOM of the extractor's (linkedom in a worker) and written
 * out again without event handlers or `<base>`. Markdown keeps its inline HTML, and the sanitiser
 * parses the article in the page, where Chromium checks each handler and `<base>` against the
 * page's CSP even in an inert document (a `script-src-attr` or `base-uri` violation each); the
 * sanitiser drops them anyway, so only where they are dropped changes. `<svg>` and `<math>` go
 * whole (the sanitiser drops them with their content too): linkedom reads a `<style>` in them as
 * raw text and writes it out so, where the browser reads markup (a DOMPurify vector hid an
 * `<img onerror>` there).
 */
export function markdownHtmlOffPage(html: string, parseHtml: HtmlParser): string {
  // Always a whole document: a fragment that starts with <body> or <html> is not mistaken for one.
  const doc = parseHtml(`<!doctype html><html><head></head><body>${html}</body></html>`, '');
  const body = doc.body;
  if (!body) return '';
  for (const gone of Array.from(doc.querySelectorAll('base, svg, math')))
    gone.parentNode?.removeChild(gone);
  dropEventHandlers(body);
  return body.innerHTML;
}
