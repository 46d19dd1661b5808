import { maxFetchBytes, readCappedBody, tooLargeReason } from '../../src/shared/capped-body';
import type { FetchOutcome } from '../../src/shared/ipc';
import { parseWebUrl } from '../../src/shared/web-url';

const fetchTimeoutMs = 20_000;

/** The fetch main uses (Electron's `net.fetch`); a parameter so tests can hand a fake net. */
export type NetFetch = (
  url: string,
  init: { signal: AbortSignal; redirect: 'follow' },
) => Promise<Response>;

/**
 * Fetches a page for import: only http(s), 20 s at most, and the body read as a stream that is
 * cancelled once it passes the limit (a missing or lying Content-Length cannot make main buffer
 * more than that).
 */
export async function fetchPage(
  netFetch: NetFetch,
  raw: string,
  limit = maxFetchBytes,
): Promise<FetchOutcome> {
  const url = parseWebUrl(raw) ?? raw;
  try {
    const response = await netFetch(url, {
      signal: AbortSignal.timeout(fetchTimeoutMs),
      redirect: 'follow',
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
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    return {
      kind: 'failed',
      url,
      reason: timedOut
        ? 'The site did not answer within 20 seconds'
        : 'Could not fetch the page: the site could not be reached.',
    };
  }
}
