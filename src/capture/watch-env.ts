import type { ArchiveDatabase } from '../db/database';
import type { ImportOptions } from '../import/import-types';
import type { FeedReading, WatchFetcher } from '../core/watch/watch-model';

/** Bounds on one round's work, and the politeness it keeps. */
export interface WatchLimits {
  /** Subscriptions checked in one round (the most overdue first). */
  readonly subscriptionsPerRound: number;
  /** New feed items imported per subscription per round; the rest wait for the next round. */
  readonly newItemsPerSubscription: number;
  /** Watched articles fetched again per subscription per round. */
  readonly rechecksPerSubscription: number;
  /** Requests in one round, all subscriptions together. */
  readonly requestsPerRound: number;
  /** Least time between two requests to one host. */
  readonly perHostDelayMs: number;
  /** Subscriptions checked at the same time (requests to one host still keep the delay). */
  readonly concurrency: number;
  readonly feedMaxBytes: number;
  readonly pageMaxBytes: number;
}

/** The defaults: hourly checks are set per subscription; these bound each round. */
export const defaultWatchLimits: WatchLimits = {
  subscriptionsPerRound: 100,
  newItemsPerSubscription: 50,
  rechecksPerSubscription: 100,
  requestsPerRound: 3000,
  perHostDelayMs: 1000,
  concurrency: 4,
  feedMaxBytes: 10 * 1024 * 1024,
  pageMaxBytes: 32 * 1024 * 1024,
};

/** What a round runs with: the archive, a fetcher (the host's), a feed reader (a worker's), a clock. */
export interface WatchEnv {
  readonly db: ArchiveDatabase;
  readonly fetch: WatchFetcher;
  /** Decodes and reads a feed; the app runs it in a worker so a big feed never blocks the page. */
  readonly readFeed: (bytes: Uint8Array, contentType: string, url: string) => Promise<FeedReading>;
  /**
   * How pages are read and sanitised: Node passes linkedom and jsdom; the app its extract worker
   * (a page read with the page's DOMParser met the page's CSP and could hang its thread).
   */
  readonly importOptions?: Pick<
    ImportOptions,
    'parseHtml' | 'extractHtml' | 'sanitiseWindow' | 'allowRemoteImages'
  >;
  readonly limits?: Partial<WatchLimits>;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** An article a round added or found changed. */
export interface CapturedArticle {
  readonly articleId: string;
  readonly title: string;
  readonly subscriptionId: string;
}

/** What one round did. */
export interface RoundReport {
  readonly checked: number;
  readonly added: readonly CapturedArticle[];
  readonly changed: readonly CapturedArticle[];
  /** Requests made, and how many of them the server answered 304 Not Modified. */
  readonly requests: number;
  readonly notModified: number;
  /** Subscriptions whose check failed, with the reason in words. */
  readonly failures: readonly { readonly subscriptionId: string; readonly reason: string }[];
}
