import { maxFetchBytes, readCappedBody, tooLargeReason } from '../shared/capped-body';
import type { FetchOutcome } from '../shared/ipc';

const fetchTimeoutMs = 20_000;

/** The page's fetch, as a parameter so tests can hand a fake one. */
export type PageFetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Fetches a page from a browser tab: no cookies, 20 s at most, and the body streamed and
 * cancelled once it passes the limit (a page without Content-Length cannot fill the tab's memory).
 */
export async function fetchInBrowser(
  url: string,
  pageFetch: PageFetch = (u, init) => fetch(u, init),
  limit = maxFetchBytes,
): Promise<FetchOutcome> {
  try {
    const response = await pageFetch(url, {
      signal: AbortSignal.timeout(fetchTimeoutMs),
      credentials: 'omit',
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return {
        kind: 'failed',
        url,
        reason: `The site answered ${response.status} ${response.statusText}`.trim(),
      };
    }
    const body = await readCappedBody(response, limit);
    if (body.kind === 'too-large') return { kind: 'failed', url, reason: tooLargeReason(limit) };
    return {
      kind: 'ok',
      url,
      finalUrl: response.url || url,
      contentType: response.headers.get('content-type') ?? '',
      bytes: body.bytes,
    };
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') {
      return { kind: 'failed', url, reason: 'The site did not answer within 20 seconds' };
    }
    // A browser cannot tell a refused cross-origin request from a dead network; say both.
    return {
      kind: 'failed',
      url,
      reason:
        'The site refused the request from a browser page (CORS) or could not be reached; save the page and import the file, or use the desktop app',
    };
  }
}
