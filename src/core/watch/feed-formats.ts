import type { parseFeed } from 'feedsmith';
import { firstText, textOf } from './feed-values';

/** One feed entry before checks: where its fields were found, whatever the format. */
export interface RawItem {
  readonly id: string;
  readonly link: string;
  readonly title: string;
  readonly author: string;
  readonly published: string;
}

type Parsed = ReturnType<typeof parseFeed>;
type Fields = Record<string, unknown>;

const fieldsOf = (value: unknown): Fields =>
  typeof value === 'object' && value !== null ? (value as Fields) : {};

const listOf = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

// Dublin Core is how RSS and RDF feeds usually name the author and the date.
function dublinCore(item: Fields): { creator: string; date: string } {
  const dc = fieldsOf(item.dc);
  return { creator: firstText(dc.creators, dc.creator), date: firstText(dc.dates, dc.date) };
}

function rssItem(raw: unknown): RawItem {
  const item = fieldsOf(raw);
  const guid = fieldsOf(item.guid);
  const dc = dublinCore(item);
  // A GUID is the item's address too unless the feed says it is not (isPermaLink="false").
  const guidLink = guid.isPermaLink === false ? '' : textOf(guid.value);
  return {
    id: textOf(guid.value),
    link: firstText(item.link, /^https?:/i.test(guidLink) ? guidLink : ''),
    title: textOf(item.title),
    author: firstText(dc.creator, item.authors),
    published: firstText(item.pubDate, dc.date),
  };
}

function atomEntry(raw: unknown): RawItem {
  const entry = fieldsOf(raw);
  const links = listOf(entry.links).map(fieldsOf);
  const alternate = links.find((l) => l.rel === undefined || l.rel === 'alternate') ?? links[0];
  return {
    id: textOf(entry.id),
    link: textOf(alternate?.href),
    title: textOf(entry.title),
    author: firstText(entry.authors),
    published: firstText(entry.published, entry.updated),
  };
}

function rdfItem(raw: unknown): RawItem {
  const item = fieldsOf(raw);
  const dc = dublinCore(item);
  return {
    id: firstText(item.rdf, item.about),
    link: textOf(item.link),
    title: textOf(item.title),
    author: dc.creator,
    published: dc.date,
  };
}

function jsonItem(raw: unknown): RawItem {
  const item = fieldsOf(raw);
  return {
    id: textOf(item.id),
    link: firstText(item.url, item.external_url),
    title: textOf(item.title),
    author: firstText(item.authors, item.author),
    published: firstText(item.date_published, item.date_modified),
  };
}

/** The feed's title and its entries as raw items, whatever its format. */
export function itemsOf(parsed: Parsed): { title: string; items: RawItem[] } {
  const feed = fieldsOf(parsed.feed);
  const title = textOf(feed.title);
  if (parsed.format === 'atom') return { title, items: listOf(feed.entries).map(atomEntry) };
  if (parsed.format === 'json') return { title, items: listOf(feed.items).map(jsonItem) };
  if (parsed.format === 'rdf') return { title, items: listOf(feed.items).map(rdfItem) };
  return { title, items: listOf(feed.items).map(rssItem) };
}
