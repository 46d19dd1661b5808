import type { ArchiveDatabase } from '../db/database';
import { getArticles } from '../db/articles';
import { archivedAt } from '../db/archived-at';
import { urlKeyOf } from '../core/extract/normalise-url';
import type { ArticleRecord } from '../db/records';
import { undated } from '../core/extract/parse-instant';
import { importItems } from '../import/import-items';
import type { FetchedPage, ImportItem, ImportResult, UrlFallback } from '../import/import-types';
import type { FeedItem } from '../core/watch/watch-model';
import type { WatchEnv } from './watch-env';

/** A page a check fetched with a body, to go through the URL import. */
export interface Capture {
  readonly url: string;
  readonly page: Extract<FetchedPage, { kind: 'ok' }>;
  /** The feed's item for a new article (title, author, date as fallbacks); none on a recheck. */
  readonly item?: FeedItem;
  /** On a recheck, the archived article fetched again (its facts fill what the page lacks). */
  readonly articleId?: string;
  /** For a new item on its feed's own host, the site the feed names (see feedSiteName). */
  readonly siteName?: string;
}

// A recheck has no feed item (the feed is often answered 304), so the facts the feed gave the
// first capture live on in its article: without them a silent edit's version lost its date
// and byline and sorted as undated.
function archivedFallback(article: ArticleRecord | undefined): UrlFallback | undefined {
  if (!article) return undefined;
  return {
    title: article.title,
    byline: article.byline,
    // Its source as first filed (a feed's title, say): a recheck of a page that names no site
    // would otherwise file the same text under the host, another printing.
    siteName: article.source,
    ...(article.publishedAt !== undated
      ? { publishedAt: new Date(article.publishedAt).toISOString() }
      : {}),
  };
}

// A new item's addresses once normalised: its link, and where the fetch ended.
const addressesOf = (capture: Capture): string[] =>
  capture.item ? [urlKeyOf(capture.url), urlKeyOf(capture.page.finalUrl)] : [];

function feedFallback(item: FeedItem, siteName = ''): UrlFallback {
  return { title: item.title, byline: item.author, publishedAt: item.published, siteName };
}

/**
 * Imports fetched pages through the app's own URL import (extraction, sanitising, dedupe and
 * versions as for any URL the person imports), handing it the bytes already fetched. A page
 * retitled with its text untouched becomes a new version too. One result per capture, in order.
 */
export async function importCaptures(
  env: WatchEnv,
  db: ArchiveDatabase,
  captures: readonly Capture[],
): Promise<ImportResult[]> {
  if (captures.length === 0) return [];
  const pages = new Map(captures.map((capture) => [capture.url, capture.page]));
  const rechecked = captures.flatMap((c) => (!c.item && c.articleId ? [c.articleId] : []));
  const archived = new Map(
    (await getArticles(db, rechecked)).flatMap((a) => (a ? [[a.id, a] as const] : [])),
  );
  const known = await archivedAt(db, captures.flatMap(addressesOf));
  const items: ImportItem[] = captures.map((capture) => {
    // A new item whose page is archived already (pasted, or through another feed or short link)
    // is filed as that article is, as a pasted address would be: with the feed's site name the
    // same text became another printing, a "changed" version of it.
    const earlier = addressesOf(capture)
      .map((key) => known.get(key))
      .find(Boolean);
    const fallback =
      capture.item && !earlier
        ? feedFallback(capture.item, capture.siteName)
        : archivedFallback(earlier ?? archived.get(capture.articleId ?? ''));
    return { kind: 'url', url: capture.url, ...(fallback ? { fallback } : {}) };
  });
  return importItems(db, items, {
    ...env.importOptions,
    retitledIsNewVersion: true,
    fetchUrl: async (url) =>
      pages.get(url) ?? { kind: 'failed', reason: 'The page was not fetched this round.' },
  });
}
