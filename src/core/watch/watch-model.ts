/**
 * Watch: subscriptions to feeds and pages, and the decisions a capture round makes about them.
 * Pure data shared by the capture engine (src/watch), the database (src/db) and the UI.
 */

/** What a subscription follows: a feed (RSS, Atom, RDF, JSON Feed) or one page captured over time. */
export type SubscriptionKind = 'feed' | 'page';

/** Validators a server gave for a response, sent back so an unchanged one is not downloaded again. */
export interface Validators {
  readonly etag: string;
  readonly lastModified: string;
}

/** No validators yet. */
export const noValidators: Validators = { etag: '', lastModified: '' };

/** One entry of a feed, reduced to what the capture needs. Strings are '' when the feed says nothing. */
export interface FeedItem {
  /** The item's identity across checks: its GUID / id, else its link. */
  readonly key: string;
  /** Absolute http(s) address of the article. */
  readonly url: string;
  readonly title: string;
  readonly author: string;
  /** The date as the feed wrote it (RFC 822, ISO 8601…); parsed where it is used. */
  readonly published: string;
}

/** A feed read into items, with what was left out and why, or why it could not be read. */
export type FeedReading =
  | {
      readonly kind: 'ok';
      readonly format: 'rss' | 'atom' | 'rdf' | 'json';
      readonly title: string;
      readonly items: readonly FeedItem[];
      /** Items with no usable http(s) link (nothing to fetch). */
      readonly withoutLink: number;
      /** Items whose GUID (or link) repeated an earlier item's: kept once. */
      readonly duplicates: number;
    }
  | { readonly kind: 'failed'; readonly reason: string };

/** What a conditional fetch returned (the shape every host's watch fetcher answers with). */
export type WatchResponse =
  | {
      readonly kind: 'ok';
      readonly finalUrl: string;
      readonly contentType: string;
      readonly bytes: Uint8Array;
      readonly validators: Validators;
    }
  | { readonly kind: 'not-modified' }
  | {
      readonly kind: 'failed';
      readonly reason: string;
      /** HTTP status when the server answered (404, 500…); 0 when it did not. */
      readonly status: number;
      /** How long the server asked us to wait (Retry-After), in ms; 0 when it did not say. */
      readonly retryAfterMs: number;
      /** True when a browser page may not read it (CORS) — the desktop app could. */
      readonly blocked: boolean;
    };

/** A conditional request: the address, the validators of the copy we hold, and a size cap. */
export interface WatchRequest {
  readonly url: string;
  readonly validators: Validators;
  readonly maxBytes: number;
}

/** Fetches one address conditionally; each host implements it (Electron main, the browser, Node). */
export type WatchFetcher = (request: WatchRequest) => Promise<WatchResponse>;
