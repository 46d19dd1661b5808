import type { SubscriptionKind, Validators } from '../core/watch/watch-model';

/**
 * Watch state (schema v11): what the person subscribed to, each article a subscription brought in
 * and when it was last fetched, and the library's new/changed marks. The person's own data
 * (subscriptions) and capture state; the articles themselves live in `articles` as any other.
 */

/** How the last check of a subscription went, in words for the Sources panel. */
export type CheckOutcome =
  | { readonly kind: 'never' }
  | {
      readonly kind: 'ok';
      readonly newCount: number;
      readonly changedCount: number;
      readonly unchangedCount: number;
      /** Per-item problems and what was left for later, in words ('' when none). */
      readonly notes: readonly string[];
    }
  | { readonly kind: 'failed'; readonly reason: string; readonly blocked: boolean };

/** One subscription: a feed whose items are imported and watched, or one page watched itself. */
export interface SubscriptionRecord {
  readonly id: string;
  readonly kind: SubscriptionKind;
  /** The feed's or page's address as the person gave it. */
  readonly url: string;
  /** The feed's own title once read, or the page's; the address until then. */
  readonly title: string;
  readonly addedAt: number;
  readonly intervalMs: number;
  readonly recheckDays: number;
  readonly nextCheckAt: number;
  /** 0 until the first check. */
  readonly lastCheckedAt: number;
  /** Failed checks in a row, for back-off. */
  readonly failures: number;
  readonly validators: Validators;
  readonly lastOutcome: CheckOutcome;
  /** Articles this subscription added and new versions it captured, since it was added. */
  readonly totalNew: number;
  readonly totalChanged: number;
}

/** One article address a subscription watches for edits. */
export interface WatchedPageRecord {
  /** The address fetched (the feed item's link, or the watched page's). */
  readonly url: string;
  readonly subscriptionId: string;
  /** The feed item's GUID (or link), so a renamed link is not imported twice. */
  readonly itemKey: string;
  readonly firstSeenAt: number;
  readonly lastCheckedAt: number;
  readonly validators: Validators;
  /** The latest archived version ('' until one was imported). */
  readonly articleId: string;
  /** The page answered 404/410: kept in the archive, no longer fetched. */
  readonly gone: boolean;
  /** Failed fetches or imports in a row; after three it waits for the next interval like others. */
  readonly failures: number;
  /** Why the last fetch or import failed ('' when it did not). */
  readonly lastProblem: string;
}

/** A mark the library shows on an article a watch brought in, until the article is opened. */
export interface WatchMarkRecord {
  readonly articleId: string;
  readonly kind: 'new' | 'changed';
  readonly subscriptionId: string;
  readonly at: number;
}
