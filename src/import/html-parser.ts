import type { DocumentLike, HtmlParser } from '../core/extract/dom-like';

/** The browser's DOMParser as an HtmlParser; relative links resolve against `url` when given. */
export const parseHtmlInBrowser: HtmlParser = (html, url) => {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  if (url && !doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.href = url;
    doc.head.prepend(base);
  }
  return doc as unknown as DocumentLike;
};

/** The default parser: DOMParser where it exists (not in workers or Node), else none. */
export function defaultHtmlParser(): HtmlParser | undefined {
  return typeof DOMParser === 'undefined' ? undefined : parseHtmlInBrowser;
}
