import type { DocumentLike } from './dom-like';
import { webAddress } from './web-address';

// One walk over the document for every hint (each querySelector is a walk of its own in linkedom).
const seen = new WeakMap<DocumentLike, Map<string, string>>();

function hints(doc: DocumentLike): Map<string, string> {
  const cached = seen.get(doc);
  if (cached) return cached;
  const found = new Map<string, string>();
  seen.set(doc, found);
  const keep = (key: string, value: string | null): void => {
    const clean = value?.trim();
    if (clean && !found.has(key)) found.set(key, clean);
  };
  const elements = doc.querySelectorAll('link[rel], meta, time[datetime]');
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    if (!el) continue;
    const tag = el.nodeName.toLowerCase();
    if (tag === 'time') keep('time', el.getAttribute('datetime'));
    else if (tag === 'link') {
      const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      if (rel.includes('canonical')) keep('canonical', el.getAttribute('href'));
    } else {
      const key = (
        el.getAttribute('property') ??
        el.getAttribute('name') ??
        el.getAttribute('itemprop') ??
        ''
      ).toLowerCase();
      if (key) keep(key, el.getAttribute('content'));
    }
  }
  return found;
}

function absolute(url: string, base: string): string {
  return webAddress(url, base)?.href ?? '';
}

/** The page's canonical URL (link rel=canonical, then og:url, then where it was fetched from). */
export function canonicalUrlOf(doc: DocumentLike, fetchedFrom = ''): string {
  const found = hints(doc);
  const declared = found.get('canonical') ?? found.get('og:url') ?? '';
  return absolute(declared, fetchedFrom) || absolute(fetchedFrom, '');
}

/** A publication time from meta tags Readability does not read (it handles JSON-LD and og/article). */
export function fallbackPublishedTime(doc: DocumentLike): string {
  const found = hints(doc);
  const keys = ['date', 'pubdate', 'dc.date', 'datepublished', 'time'];
  return keys.map((key) => found.get(key)).find(Boolean) ?? '';
}

/** When the page says it was last changed (meta tags: Open Graph, schema.org, Dublin Core), or ''. */
export function modifiedTimeOf(doc: DocumentLike): string {
  const found = hints(doc);
  const keys = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified'];
  return keys.map((key) => found.get(key)).find(Boolean) ?? '';
}

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  let head = '';
  for (const b of bytes.subarray(0, 2048)) head += String.fromCharCode(b);
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
}

/** The publisher a page names in its meta tags ("publisher", Dublin Core), '' when none. */
export function publisherOf(doc: DocumentLike): string {
  const found = hints(doc);
  return found.get('publisher') ?? found.get('dc.publisher') ?? '';
}
