import { maxIntervalMs, maxRecheckDays, minIntervalMs } from '../core/watch/schedule';
import { noValidators } from '../core/watch/watch-model';
import type { SubscriptionRecord, WatchedPageRecord } from '../db/watch-records';
import { count, fieldsOf, instant, isWebAddress, text, type Fields } from './backup-fields';

/** An http(s) address, kept as written (the capture matches addresses as strings); else undefined. */
function webAddress(value: unknown): string | undefined {
  const written = text(value).trim();
  return isWebAddress(written) ? written : undefined;
}

/**
 * One backup subscription rebuilt from checked fields: an id, a feed or page kind, an http(s)
 * address, an interval and recheck span within the app's own limits. What the capture learnt
 * (validators, failures, last outcome) is not restored: the first check after a restore starts
 * afresh. Its next check is kept, so a schedule survives a move between machines.
 */
function checkSubscription(value: Fields, now: number): SubscriptionRecord | string {
  const id = text(value.id).trim();
  if (!id) return 'has no id';
  const kind = value.kind;
  if (kind !== 'feed' && kind !== 'page') return 'is neither a feed nor a page';
  const url = webAddress(value.url);
  if (!url) return 'has an address that is not a web address (http or https)';
  const intervalMs = value.intervalMs;
  if (
    typeof intervalMs !== 'number' ||
    !Number.isFinite(intervalMs) ||
    intervalMs < minIntervalMs ||
    intervalMs > maxIntervalMs
  )
    return 'has an interval between checks outside 5 minutes to 30 days';
  const recheckDays = value.recheckDays;
  if (!Number.isInteger(recheckDays) || (recheckDays as number) < 0)
    return 'has a recheck span that is not a number of days';
  const addedAt = instant(value.addedAt) ?? now;
  return {
    id,
    kind,
    url,
    title: text(value.title).trim().slice(0, 500) || url,
    addedAt,
    intervalMs,
    recheckDays: Math.min(recheckDays as number, maxRecheckDays),
    nextCheckAt: instant(value.nextCheckAt) ?? now,
    lastCheckedAt: instant(value.lastCheckedAt) ?? 0,
    failures: 0,
    validators: noValidators,
    lastOutcome: { kind: 'never' },
    totalNew: count(value.totalNew),
    totalChanged: count(value.totalChanged),
  };
}

/** The subscriptions and watched pages a backup carries, made safe to restore. */
export interface CheckedWatch {
  readonly subscriptions: SubscriptionRecord[];
  readonly watchedPages: WatchedPageRecord[];
}

/**
 * Treats a backup's watch data as hostile: every subscription rebuilt from checked fields (the
 * whole file refused, with its reason, at the first bad one); a repeated id or address keeps the
 * first. Watched pages need an http(s) address and a subscription of this backup; others are
 * left out (they are capture state, rebuilt by the next check). Validators are dropped.
 */
export function checkWatchBackup(
  subscriptions: readonly unknown[],
  watchedPages: readonly unknown[],
  now: number,
): CheckedWatch | string {
  const out: SubscriptionRecord[] = [];
  const ids = new Set<string>();
  const urls = new Set<string>();
  for (const [i, row] of subscriptions.entries()) {
    const checked = checkSubscription(fieldsOf(row), now);
    if (typeof checked === 'string')
      return `Source ${i + 1} in the backup ${checked}; nothing was restored.`;
    if (ids.has(checked.id) || urls.has(checked.url)) continue;
    ids.add(checked.id);
    urls.add(checked.url);
    out.push(checked);
  }
  const pages: WatchedPageRecord[] = [];
  const pageUrls = new Set<string>();
  for (const row of watchedPages) {
    const fields = fieldsOf(row);
    const url = webAddress(fields.url);
    const subscriptionId = text(fields.subscriptionId).trim();
    if (!url || !ids.has(subscriptionId) || pageUrls.has(url)) continue;
    pageUrls.add(url);
    pages.push({
      url,
      subscriptionId,
      itemKey: text(fields.itemKey) || url,
      firstSeenAt: instant(fields.firstSeenAt) ?? now,
      lastCheckedAt: instant(fields.lastCheckedAt) ?? 0,
      validators: noValidators,
      articleId: text(fields.articleId).trim(),
      gone: fields.gone === true,
      failures: 0,
      lastProblem: '',
    });
  }
  return { subscriptions: out, watchedPages: pages };
}
