import type { ArchiveDatabase } from '../db/database';
import { importItems } from '../import/import-items';
import type { FetchedPage, ImportItem, ImportResult } from '../import/import-types';
import type { FeedItem } from '../core/watch/watch-model';
import type { WatchEnv } from './watch-env';

/** A page a check fetched with a body, to go through the URL import. */
export interface Capture {
  readonly url: string;
  readonly page: Extract<FetchedPage, { kind: 'ok' }>;
  /** The feed's item for a new article (title, author, date as fallbacks); none on a recheck. */
  readonly item?: FeedItem;
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
  const items: ImportItem[] = captures.map((capture) => ({
    kind: 'url',
    url: capture.url,
    ...(capture.item
      ? {
          fallback: {
            title: capture.item.title,
            byline: capture.item.author,
            publishedAt: capture.item.published,
          },
        }
      : {}),
  }));
  return importItems(db, items, {
    ...env.importOptions,
    retitledIsNewVersion: true,
    fetchUrl: async (url) =>
      pages.get(url) ?? { kind: 'failed', reason: 'The page was not fetched this round.' },
  });
}
