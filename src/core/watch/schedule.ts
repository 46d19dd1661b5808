/** When subscriptions are checked: intervals, back-off after failures, what is due in a round. */

/** Default time between checks of one subscription. */
export const defaultIntervalMs = 60 * 60 * 1000;

/** Default span after an article is first seen during which it is fetched again for edits. */
export const defaultRecheckDays = 7;

/** The shortest interval a subscription may have (a restored backup's is held to it). */
export const minIntervalMs = 5 * 60 * 1000;

/** The longest interval a subscription may have. */
export const maxIntervalMs = 30 * 24 * 60 * 60 * 1000;

/** The longest span of rechecks for edits. */
export const maxRecheckDays = 365;

/** The longest back-off: a failing source is still tried once a day. */
export const maxBackoffMs = 24 * 60 * 60 * 1000;

/** The scheduling facts of one subscription. */
export interface ScheduleFacts {
  readonly intervalMs: number;
  readonly nextCheckAt: number;
  /** Failed checks in a row (0 after a success). */
  readonly failures: number;
}

/**
 * The next check after one: a success waits the interval; a failure doubles the wait with each
 * failure in a row (interval, 2×, 4×… capped at a day, or the interval if that is longer), and
 * never sooner than the server's Retry-After.
 */
export function scheduleAfter(
  facts: Pick<ScheduleFacts, 'intervalMs' | 'failures'>,
  outcome: { readonly ok: boolean; readonly retryAfterMs?: number },
  now: number,
): { nextCheckAt: number; failures: number } {
  if (outcome.ok) return { nextCheckAt: now + facts.intervalMs, failures: 0 };
  const failures = facts.failures + 1;
  const backoff = Math.min(
    facts.intervalMs * 2 ** Math.min(failures - 1, 30),
    Math.max(maxBackoffMs, facts.intervalMs),
  );
  return { nextCheckAt: now + Math.max(backoff, outcome.retryAfterMs ?? 0), failures };
}

/** The subscriptions due at `now`, most overdue first, at most `cap` of them. */
export function dueSubscriptions<T extends Pick<ScheduleFacts, 'nextCheckAt'>>(
  subscriptions: readonly T[],
  now: number,
  cap: number,
): T[] {
  return subscriptions
    .filter((s) => s.nextCheckAt <= now)
    .sort((a, b) => a.nextCheckAt - b.nextCheckAt)
    .slice(0, cap);
}

/** The facts of one watched article that decide whether it is fetched again. */
export interface RecheckFacts {
  readonly firstSeenAt: number;
  readonly lastCheckedAt: number;
  readonly gone: boolean;
}

/**
 * True when a watched article is fetched again this round: first seen within the recheck window,
 * not gone (404/410), and not checked within the last interval (unless the round is forced by
 * "check now").
 */
export function needsRecheck(
  page: RecheckFacts,
  now: number,
  rules: { readonly recheckDays: number; readonly intervalMs: number; readonly force: boolean },
): boolean {
  if (page.gone) return false;
  if (page.firstSeenAt < now - rules.recheckDays * 24 * 60 * 60 * 1000) return false;
  return rules.force || page.lastCheckedAt + rules.intervalMs <= now;
}
