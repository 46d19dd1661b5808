import type { ArchiveDatabase } from '../db/database';
import type { SubscriptionRecord, WatchedPageRecord } from '../db/watch-records';
import { watchedPagesByUrl, watchedPagesOf } from '../db/watch-store';
import { needsRecheck } from '../core/watch/schedule';
import { noValidators, type FeedItem } from '../core/watch/watch-model';

/** One address a check fetches: a feed item seen for the first time, or a watched article again. */
export type Candidate =
  | { readonly kind: 'new'; readonly item: FeedItem }
  | { readonly kind: 'recheck'; readonly page: WatchedPageRecord };

/** A watched page record for an address seen for the first time. */
export function freshPage(
  subscription: SubscriptionRecord,
  item: FeedItem,
  now: number,
): WatchedPageRecord {
  return {
    url: item.url,
    subscriptionId: subscription.id,
    itemKey: item.key,
    firstSeenAt: now,
    lastCheckedAt: 0,
    validators: noValidators,
    articleId: '',
    gone: false,
    failures: 0,
    lastProblem: '',
  };
}

/** Feed items not watched yet (by address or by GUID), in feed order. */
export async function unseenItems(
  db: ArchiveDatabase,
  subscription: SubscriptionRecord,
  items: readonly FeedItem[],
): Promise<FeedItem[]> {
  const known = await watchedPagesByUrl(
    db,
    items.map((item) => item.url),
  );
  const keys = new Set((await watchedPagesOf(db, subscription.id)).map((page) => page.itemKey));
  return items.filter((item) => !known.has(item.url) && !keys.has(item.key));
}

/**
 * The watched articles to fetch again: first seen within the recheck window, not gone, not
 * checked within the interval (unless forced). A page that failed to import waits like the rest.
 */
export async function rechecks(
  db: ArchiveDatabase,
  subscription: SubscriptionRecord,
  now: number,
  force: boolean,
  cap: number,
): Promise<WatchedPageRecord[]> {
  const rules = {
    recheckDays: subscription.recheckDays,
    intervalMs: subscription.intervalMs,
    force,
  };
  return (await watchedPagesOf(db, subscription.id))
    .filter((page) => needsRecheck(page, now, rules))
    .sort((a, b) => a.lastCheckedAt - b.lastCheckedAt)
    .slice(0, cap);
}
