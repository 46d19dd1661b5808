import type { SearchStore } from './search-engine';
import { createSearchServer } from './search-server';
import { failedReply, type CancelMessage, type Posted } from '../worker-client/worker-messages';
import type { SearchRequest } from './search-protocol';

// Holds the search index off the main thread: loading, rebuilding and persisting it take
// hundreds of milliseconds to seconds at 10,000 articles, which would freeze the page.

/** Serves search requests in this worker, reaching each named archive through `stores`. */
export function serveSearch(stores: (name: string) => SearchStore): void {
  const server = createSearchServer(stores);
  self.onmessage = (event: MessageEvent<Posted<SearchRequest> | CancelMessage>) => {
    const request = event.data;
    if (request.kind === 'cancel') return server.cancel(request.id);
    server
      .handle(request, (progress) => self.postMessage(progress))
      .then(
        (response) => self.postMessage(response),
        (error: unknown) => self.postMessage(failedReply(request.id, error)),
      );
  };
}
