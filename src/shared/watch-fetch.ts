/**
 * Conditional fetching for watched feeds and pages, written once for every host: Electron's main
 * process (net.fetch, no CORS), the browser (fetch, CORS) and Node (tests and the bench) pass their
 * own fetch. Pure apart from the fetch it is given. Redirects are followed by hand where the
 * host returns 3xx responses (Node), so a loop is named; Electron's net.fetch and the browser
 * cannot do that and follow them themselves.
 */

import type { Validators, WatchRequest, WatchResponse } from '../core/watch/watch-model';

// The request and its answer are core's (capture decides on them); the contract names them too.
export type { Validators, WatchRequest, WatchResponse } from '../core/watch/watch-model';

/** The part of a Response this needs (DOM fetch, undici and Electron's net.fetch all fit). */
export interface ResponseLike {
  readonly status: number;
  readonly statusText: string;
  readonly url: string;
  readonly headers: { get(name: string): string | null };
  readonly body: ReadableStream<Uint8Array> | null;
}

/** A fetch function as the host has it. */
export type FetchLike = (
  url: string,
  init: {
    readonly headers: Record<string, string>;
    readonly redirect: 'manual' | 'follow';
    readonly signal: AbortSignal;
    readonly credentials?: 'omit';
    readonly cache?: 'no-store';
  },
) => Promise<ResponseLike>;

/** How a host fetches: manual redirects (loop detection) where it can see them, a time limit. */
export interface WatchFetchOptions {
  readonly redirect: 'manual' | 'follow';
  readonly timeoutMs?: number;
  readonly credentials?: 'omit';
  readonly cache?: 'no-store';
  /** Words for a fetch that threw (no answer at all); a browser cannot tell CORS from offline. */
  readonly unreachable?: { readonly reason: string; readonly blocked: boolean };
  /** Words for a thrown error the host can name (Chromium's net::ERR_… codes), else undefined. */
  readonly describeError?: (error: unknown) => string | undefined;
  /** Reads the body up to a limit (the hosts' capped reader). */
  readonly readBody: (
    response: ResponseLike,
    limit: number,
  ) => Promise<{ kind: 'ok'; bytes: Uint8Array } | { kind: 'too-large'; limit: number }>;
}

/** The most redirects followed before giving up. */
export const maxRedirects = 10;

/** A byte count in words: "10 MB", "512 KB", "100 bytes". */
export function sizeWords(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Request headers that ask the server to answer 304 when our copy is current. */
export function conditionalHeaders(validators: Validators): Record<string, string> {
  const headers: Record<string, string> = {};
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  return headers;
}

/** Retry-After in milliseconds: delta seconds or an HTTP date; 0 when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number {
  if (!header) return 0;
  if (/^\s*\d+\s*$/.test(header)) return Number(header) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? 0 : Math.max(0, at - now);
}

const failed = (
  reason: string,
  status = 0,
  extra: { retryAfterMs?: number; blocked?: boolean } = {},
): WatchResponse => ({
  kind: 'failed',
  reason,
  status,
  retryAfterMs: extra.retryAfterMs ?? 0,
  blocked: extra.blocked ?? false,
});

function statusReason(response: ResponseLike): string {
  const said = `${response.status} ${response.statusText}`.trim();
  // True of a page watched for months and of a feed address typed a moment ago: "not there any
  // more" told a new subscription that it had once existed.
  if (response.status === 404 || response.status === 410)
    return `Nothing is at this address now (the site answered ${said}).`;
  return `The site answered ${said}.`;
}

/**
 * Fetches `request.url` conditionally: sends the validators, follows redirects (by hand where the
 * host allows, so a loop is named), answers `not-modified` on 304, reads at most `maxBytes`, and
 * puts every failure in words with its status and any Retry-After.
 */
export async function watchFetchWith(
  fetchImpl: FetchLike,
  request: WatchRequest,
  options: WatchFetchOptions,
): Promise<WatchResponse> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const signal = AbortSignal.timeout(timeoutMs);
  const visited = new Set<string>();
  let url = request.url;
  let response: ResponseLike;
  for (;;) {
    visited.add(url);
    try {
      response = await fetchImpl(url, {
        headers: conditionalHeaders(request.validators),
        redirect: options.redirect,
        signal,
        ...(options.credentials ? { credentials: options.credentials } : {}),
        ...(options.cache ? { cache: options.cache } : {}),
      });
    } catch (error) {
      if (error instanceof Error && error.name === 'TimeoutError')
        return failed(`The site did not answer within ${timeoutMs / 1000} seconds.`);
      const named = options.describeError?.(error);
      if (named) return failed(named);
      const words = options.unreachable ?? {
        reason: 'The site could not be reached.',
        blocked: false,
      };
      return failed(words.reason, 0, { blocked: words.blocked });
    }
    if (response.status < 300 || response.status >= 400 || response.status === 304) break;
    const location = response.headers.get('location');
    await response.body?.cancel().catch(() => undefined);
    if (!location)
      return failed(
        `The site answered ${response.status} without saying where to.`,
        response.status,
      );
    const next = new URL(location, url).href;
    if (visited.has(next)) return failed('The address redirects in a loop.', response.status);
    if (visited.size > maxRedirects)
      return failed(`The address redirects more than ${maxRedirects} times.`, response.status);
    if (!/^https?:/i.test(next))
      return failed('The address redirects away from the web.', response.status);
    url = next;
  }
  if (response.status === 304) {
    await response.body?.cancel().catch(() => undefined);
    return { kind: 'not-modified' };
  }
  if (response.status < 200 || response.status >= 300) {
    await response.body?.cancel().catch(() => undefined);
    return failed(statusReason(response), response.status, {
      retryAfterMs: retryAfterMs(response.headers.get('retry-after'), Date.now()),
    });
  }
  let body;
  try {
    body = await options.readBody(response, request.maxBytes);
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    return failed(
      timedOut
        ? `The site did not finish sending within ${timeoutMs / 1000} seconds.`
        : 'The site stopped sending part-way through.',
      response.status,
    );
  }
  if (body.kind === 'too-large')
    return failed(
      `It is larger than ${sizeWords(body.limit)}, so it was not downloaded.`,
      response.status,
    );
  return {
    kind: 'ok',
    finalUrl: response.url || url,
    contentType: response.headers.get('content-type') ?? '',
    bytes: body.bytes,
    validators: {
      etag: response.headers.get('etag') ?? '',
      lastModified: response.headers.get('last-modified') ?? '',
    },
  };
}
