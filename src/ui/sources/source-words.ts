import type { CheckOutcome, SubscriptionRecord } from '../../db/watch-records';

const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** How often, in words: "every hour", "every 6 hours", "every day". */
export function intervalWords(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes % 1440 === 0) return minutes === 1440 ? 'every day' : `every ${minutes / 1440} days`;
  if (minutes % 60 === 0) return minutes === 60 ? 'every hour' : `every ${minutes / 60} hours`;
  return `every ${plural(minutes, 'minute')}`;
}

/** The last check's result in one line: "2 new, 1 changed, 5 unchanged" or the failure's reason. */
export function outcomeWords(outcome: CheckOutcome): string {
  if (outcome.kind === 'never') return 'Not checked yet.';
  if (outcome.kind === 'failed')
    return outcome.blocked ? `Out of this browser's reach. ${outcome.reason}` : outcome.reason;
  const parts = [
    outcome.newCount ? `${outcome.newCount.toLocaleString()} new` : '',
    outcome.changedCount ? `${outcome.changedCount.toLocaleString()} changed` : '',
    outcome.unchangedCount ? `${outcome.unchangedCount.toLocaleString()} unchanged` : '',
  ].filter(Boolean);
  return parts.length ? `${parts.join(', ')}.` : 'Nothing new.';
}

/** When, relative to now: "just now", "5 minutes ago", "in 2 hours", "never". */
export function whenWords(at: number, now: number): string {
  if (at === 0) return 'never';
  const minutes = Math.round((at - now) / 60_000);
  if (Math.abs(minutes) < 1) return 'just now';
  const span =
    Math.abs(minutes) < 60
      ? plural(Math.abs(minutes), 'minute')
      : Math.abs(minutes) < 48 * 60
        ? plural(Math.round(Math.abs(minutes) / 60), 'hour')
        : plural(Math.round(Math.abs(minutes) / 1440), 'day');
  return minutes < 0 ? `${span} ago` : `in ${span}`;
}

/** The totals since a subscription was added: "12 articles, 3 new versions". */
export function totalsWords(
  subscription: Pick<SubscriptionRecord, 'totalNew' | 'totalChanged'>,
): string {
  return `${plural(subscription.totalNew, 'article')} archived, ${plural(subscription.totalChanged, 'new version')}`;
}
