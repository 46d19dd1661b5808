import { readCappedBody } from '../../src/shared/capped-body';
import { watchFetchWith } from '../../src/shared/watch-fetch';
import type { WatchFetcher } from '../../src/core/watch/watch-model';

/** The watch fetcher as Electron's main process has it, with Node's fetch in place of net.fetch. */
export const nodeWatchFetcher: WatchFetcher = (request) =>
  watchFetchWith(fetch, request, {
    redirect: 'manual',
    readBody: readCappedBody,
  });
