import { parseFeed } from 'feedsmith';
import type { FeedItem, FeedReading } from './watch-model';
import { absoluteWebUrl, firstText, textOf } from './feed-values';
import { itemsOf, type RawItem } from './feed-formats';

/** Items a feed may list before the rest are left out (a feed of 10,000 is read, not 100,000). */
export const maxFeedItems = 10_000;

function looksLikeJson(text: string): boolean {
  const first = text.trimStart()[0];
  return first === '{' || first === '[';
}

function toItem(raw: RawItem, base: string): FeedItem | undefined {
  const url = absoluteWebUrl(raw.link, base);
  if (!url) return undefined;
  return {
    key: firstText(raw.id) || url,
    url,
    title: textOf(raw.title),
    author: textOf(raw.author),
    published: textOf(raw.published),
  };
}

/**
 * Reads a feed's text (RSS, RDF, Atom or JSON Feed) into items with absolute links, in feed order.
 * Items without an http(s) link are counted and left out; an item whose GUID (or link) repeats an
 * earlier one is kept once. Text that is no feed fails with a reason in words.
 */
export function readFeed(text: string, feedUrl: string): FeedReading {
  if (!text.trim()) return { kind: 'failed', reason: 'The feed is empty.' };
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(looksLikeJson(text) ? (JSON.parse(text) as unknown) : text);
  } catch {
    return {
      kind: 'failed',
      reason: /^\s*<(!doctype\s+html|html)/i.test(text)
        ? 'This address gives a web page, not a feed: watch it as a page, or find its RSS or Atom link.'
        : 'This is not a feed Verso can read (RSS, Atom, RDF or JSON Feed).',
    };
  }
  const { title, items: raw } = itemsOf(parsed);
  const items: FeedItem[] = [];
  const seen = new Set<string>();
  let withoutLink = 0;
  let duplicates = 0;
  for (const entry of raw) {
    if (items.length >= maxFeedItems) break;
    const item = toItem(entry, feedUrl);
    if (!item) {
      withoutLink++;
      continue;
    }
    if (seen.has(item.key) || seen.has(item.url)) {
      duplicates++;
      continue;
    }
    seen.add(item.key);
    seen.add(item.url);
    items.push(item);
  }
  return { kind: 'ok', format: parsed.format, title, items, withoutLink, duplicates };
}
