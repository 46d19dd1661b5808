import { parsedWebAddress } from '../extract/web-address';
import { samePublisher } from '../sources/publisher';

// The host a page or feed is on, `www.` aside (a feed at www.x.example serves pages at x.example).
const hostOf = (url: string): string | undefined =>
  parsedWebAddress(url)?.host.replace(/^www\./, '');

// Separators between a feed title's parts: "Politics | The Guardian", "BBC News - Home".
const parts = /\s+[-–—|»:·]+\s+/;

/**
 * The site name a feed gives the pages it links to on its own host: its title, or the part of
 * it that names the host's paper ("The Guardian" of "Politics | The Guardian" on
 * theguardian.com). '' for a page on another host: an aggregator's feed spans many sites, and
 * its title is not theirs. Used only where the page names no site of its own.
 */
export function feedSiteName(feedUrl: string, feedTitle: string, pageUrl: string): string {
  const title = feedTitle.trim();
  const host = hostOf(feedUrl);
  if (!title || !host || host !== hostOf(pageUrl)) return '';
  const named = title.split(parts).find((part) => samePublisher(part.trim(), host));
  return named?.trim() ?? title;
}
