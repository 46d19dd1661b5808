import type { DocumentLike } from './dom-like';

function attribute(doc: DocumentLike, selector: string, name: string): string {
  return doc.querySelector(selector)?.getAttribute(name)?.trim() ?? '';
}

function absolute(url: string, base: string): string {
  try {
    const parsed = new URL(url, base || undefined);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : '';
  } catch {
    return '';
  }
}

/** The page's canonical URL (link rel=canonical, then og:url, then where it was fetched from). */
export function canonicalUrlOf(doc: DocumentLike, fetchedFrom = ''): string {
  const declared =
    attribute(doc, 'link[rel~="canonical" i]', 'href') ||
    attribute(doc, 'meta[property="og:url" i]', 'content');
  return absolute(declared, fetchedFrom) || absolute(fetchedFrom, '');
}

/** A publication time from meta tags Readability does not read (it handles JSON-LD and og/article). */
export function fallbackPublishedTime(doc: DocumentLike): string {
  return (
    attribute(doc, 'meta[name="date" i]', 'content') ||
    attribute(doc, 'meta[name="pubdate" i]', 'content') ||
    attribute(doc, 'meta[name="dc.date" i]', 'content') ||
    attribute(doc, 'meta[itemprop="datePublished" i]', 'content') ||
    attribute(doc, 'time[datetime]', 'datetime')
  );
}

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
}
