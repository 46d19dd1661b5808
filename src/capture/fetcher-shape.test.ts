import { describe, expect, it } from 'vitest';
import type { Host } from '../host/host';
import type { WatchFetcher } from '../core/watch/watch-model';

describe('the watch fetcher', () => {
  it("is the host's watchFetch: the core's shape and the IPC contract's agree", () => {
    // Compiles only while the two declarations stay structurally the same.
    const asFetcher = (host: Pick<Host, 'watchFetch'>): WatchFetcher => host.watchFetch;
    const asHost = (fetcher: WatchFetcher): Pick<Host, 'watchFetch'> => ({ watchFetch: fetcher });
    expect(typeof asFetcher(asHost(async () => ({ kind: 'not-modified' })))).toBe('function');
  });
});
