import type { ArchiveDatabase } from './database';
import { defaultIntervalMs, defaultRecheckDays } from '../core/watch/schedule';
import { noValidators, type SubscriptionKind } from '../core/watch/watch-model';
import type { SubscriptionRecord, WatchedPageRecord, WatchMarkRecord } from './watch-records';

/** What the person asks to watch. */
export interface NewSubscription {
  readonly kind: SubscriptionKind;
  readonly url: string;
  readonly title?: string;
  readonly intervalMs?: number;
  readonly recheckDays?: number;
}

/**
 * Adds subscriptions, due at once; an address already watched is left as it is. Returns the ones
 * added and how many were already there.
 */
export async function addSubscriptions(
  db: ArchiveDatabase,
  wanted: readonly NewSubscription[],
  now = Date.now(),
): Promise<{ added: SubscriptionRecord[]; existing: number }> {
  return db.transaction('rw', db.subscriptions, async () => {
    const added: SubscriptionRecord[] = [];
    let existing = 0;
    for (const entry of wanted) {
      const taken =
        (await db.subscriptions.where('url').equals(entry.url).count()) > 0 ||
        added.some((a) => a.url === entry.url);
      if (taken) {
        existing++;
        continue;
      }
      const record: SubscriptionRecord = {
        id: crypto.randomUUID(),
        kind: entry.kind,
        url: entry.url,
        title: entry.title?.trim() || entry.url,
        addedAt: now,
        intervalMs: entry.intervalMs ?? defaultIntervalMs,
        recheckDays: entry.recheckDays ?? defaultRecheckDays,
        nextCheckAt: now,
        lastCheckedAt: 0,
        failures: 0,
        validators: noValidators,
        lastOutcome: { kind: 'never' },
        totalNew: 0,
        totalChanged: 0,
      };
      await db.subscriptions.add(record);
      added.push(record);
    }
    return { added, existing };
  });
}

/** Every subscription, in the order they were added. */
export async function listSubscriptions(db: ArchiveDatabase): Promise<SubscriptionRecord[]> {
  return (await db.subscriptions.toArray()).sort((a, b) => a.addedAt - b.addedAt);
}

/** Subscriptions due at `now` (their next check has come). */
export function dueSubscriptionRecords(
  db: ArchiveDatabase,
  now: number,
): Promise<SubscriptionRecord[]> {
  return db.subscriptions.where('nextCheckAt').belowOrEqual(now).toArray();
}

/** When the next subscription falls due, or undefined when nothing is watched. */
export async function nextDueAt(db: ArchiveDatabase): Promise<number | undefined> {
  return (await db.subscriptions.orderBy('nextCheckAt').first())?.nextCheckAt;
}

/** Changes a subscription's interval or recheck span (the next check moves with the interval). */
export async function updateSubscription(
  db: ArchiveDatabase,
  id: string,
  changes: Partial<Pick<SubscriptionRecord, 'intervalMs' | 'recheckDays' | 'title'>>,
): Promise<void> {
  await db.subscriptions.update(id, changes);
}

/** Stops watching: the subscription and its watch state go; the articles it archived stay. */
export async function removeSubscription(db: ArchiveDatabase, id: string): Promise<void> {
  await db.transaction('rw', [db.subscriptions, db.watchedPages, db.watchMarks], async () => {
    await db.subscriptions.delete(id);
    await db.watchedPages.where('subscriptionId').equals(id).delete();
    await db.watchMarks.filter((mark) => mark.subscriptionId === id).delete();
  });
}

/** The articles a subscription watches. */
export function watchedPagesOf(
  db: ArchiveDatabase,
  subscriptionId: string,
): Promise<WatchedPageRecord[]> {
  return db.watchedPages.where('subscriptionId').equals(subscriptionId).toArray();
}

/** The watched pages with these addresses (any subscription), by address. */
export async function watchedPagesByUrl(
  db: ArchiveDatabase,
  urls: readonly string[],
): Promise<Map<string, WatchedPageRecord>> {
  const found = await db.watchedPages.bulkGet([...urls]);
  return new Map(found.flatMap((page) => (page ? [[page.url, page]] : [])));
}

/** What one check wrote: the subscription's new state, the pages it touched, the marks it set. */
export interface CheckWrite {
  readonly subscription: SubscriptionRecord;
  readonly pages: readonly WatchedPageRecord[];
  readonly marks: readonly WatchMarkRecord[];
}

/** Stores one subscription's check in one transaction (a subscription removed meanwhile stays removed). */
export async function saveCheck(db: ArchiveDatabase, write: CheckWrite): Promise<void> {
  await db.transaction('rw', [db.subscriptions, db.watchedPages, db.watchMarks], async () => {
    if (!(await db.subscriptions.get(write.subscription.id))) return;
    await db.subscriptions.put(write.subscription);
    await db.watchedPages.bulkPut([...write.pages]);
    await db.watchMarks.bulkPut([...write.marks]);
  });
}

/** The library's marks for these articles, by article id. */
export async function watchMarksFor(
  db: ArchiveDatabase,
  articleIds: readonly string[],
): Promise<Map<string, WatchMarkRecord['kind']>> {
  const found = await db.watchMarks.bulkGet([...articleIds]);
  return new Map(found.flatMap((mark) => (mark ? [[mark.articleId, mark.kind]] : [])));
}

/** Every mark, newest first (the Sources panel and notices list what changed). */
export async function recentWatchMarks(
  db: ArchiveDatabase,
  limit = 50,
): Promise<WatchMarkRecord[]> {
  return db.watchMarks.orderBy('at').reverse().limit(limit).toArray();
}

/** Clears an article's mark once the person has opened it. */
export async function clearWatchMark(db: ArchiveDatabase, articleId: string): Promise<void> {
  await db.watchMarks.delete(articleId);
}

/** The subscriptions with these ids that still exist. */
export async function subscriptionsByIds(
  db: ArchiveDatabase,
  ids: readonly string[],
): Promise<SubscriptionRecord[]> {
  return (await db.subscriptions.bulkGet([...ids])).filter((s) => s !== undefined);
}

/** Records a check that stopped unexpectedly: said in words, tried again after the interval. */
export async function saveCheckCrash(
  db: ArchiveDatabase,
  subscription: SubscriptionRecord,
  reason: string,
  now: number,
): Promise<void> {
  await db.subscriptions.update(subscription.id, {
    lastCheckedAt: now,
    nextCheckAt: now + subscription.intervalMs,
    lastOutcome: { kind: 'failed', reason, blocked: false },
  });
}
