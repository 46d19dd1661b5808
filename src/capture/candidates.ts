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
 * A feed's watched articles to fetch again: first seen within the recheck window, not gone, not
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

/**
 * A watched page subscription's one fetch: the page itself, new the first time, then again at
 * every check for as long as it is watched — not only in the week a feed's items are rechecked,
 * and after a 404 too (a page taken down may come back; the back-off spaces the asks). Left to
 * `rechecks`, a front page went quiet after 7 days and a removed one said "Nothing new." from its
 * second check on.
 */
export async function watchedPageCandidate(
  db: ArchiveDatabase,
  subscription: SubscriptionRecord,
): Promise<Candidate> {
  const known = (await watchedPagesByUrl(db, [subscription.url])).get(subscription.url);
  if (known) return { kind: 'recheck', page: known };
  const { url } = subscription;
  return { kind: 'new', item: { key: url, url, title: '', author: '', published: '' } };
}
