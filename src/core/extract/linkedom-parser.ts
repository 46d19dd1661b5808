import { parseHTML } from 'linkedom';
import type { HtmlParser } from './dom-like';

/**
 * linkedom as an HtmlParser: a DOM in plain JavaScript, so pages can be read in a worker (which
 * has no DOMParser) or in Node. It has no named-property access on forms, so a page that clobbers
 * `form.parentNode` (which sends Readability 0.6 into an endless loop in a browser DOM) reads as
 * any other. A `<base>` from `url` resolves relative links, as the browser parser does.
 */
export const parseHtmlWithLinkedom: HtmlParser = (html, url) => {
  // linkedom makes a fragment's first element the root (a <p> holding the <head>), which
  // Readability then misreads: a fragment (pasted HTML) is wrapped in a document first.
  const whole = /<(html|body)[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(whole);
  const head = document.head as typeof document.head | null;
  if (url && head && !document.querySelector('base[href]')) {
    const base = document.createElement('base');
    base.setAttribute('href', url);
    head.prepend(base);
  }
  // linkedom's baseURI falls back to the global `location`: in a worker, the worker script's own
  // address, against which Readability made "#notes" and "figure.png" of a file with no address
  // into links to the script. Without a <base> it is null here, equal to the documentURI Readability
  // compares it with, so in-page anchors stay anchors and other relative links stay as written.
  if (!url) {
    Object.defineProperty(document, 'baseURI', {
      get: () => document.querySelector('base[href]')?.getAttribute('href') ?? null,
    });
    Object.defineProperty(document, 'documentURI', { value: null });
  }
  return document;
};
