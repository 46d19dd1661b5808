import type { Capture } from './import-captures';

// A feed's root element, near the start of its bytes (after an XML declaration, comments or a BOM).
const feedRoot = /<(?:rss|feed|rdf:RDF)[\s>]/;

/**
 * What to say when a page watched as a page is a feed: the import refuses it by its type
 * ("…not application/rss+xml"), which does not say that the address was added as the wrong
 * kind. Undefined when the page is no feed. Read from the bytes too, since feeds are often
 * served as text/xml or application/xml.
 */
export function feedWatchedAsPage(capture: Capture): string | undefined {
  const type = capture.page.contentType.toLowerCase();
  const head = new TextDecoder().decode(capture.page.bytes.subarray(0, 1024));
  const isFeed = /(?:rss|atom|rdf)\+xml|feed\+json/.test(type) || feedRoot.test(head);
  return isFeed
    ? 'This address is a feed, not a page: stop watching it, then add it again as a feed (RSS, Atom, JSON Feed) to archive its articles.'
    : undefined;
}
