/// <reference lib="webworker" />
import { parseHTML } from 'linkedom';
import { htmlDoc } from '../core/layout/html-doc';
import type { Posted } from '../worker-client/worker-messages';
import type { LayoutReply, LayoutRequest } from './layout-protocol';

/**
 * Lays out big HTML articles off the UI thread: parsing megabytes of HTML and mapping every
 * character onto the article's text took 250 ms and more in one task on the main thread. Workers
 * have no DOMParser, so the HTML is parsed with linkedom, whose nodes the layout reads as well.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<Posted<LayoutRequest>>) => {
  const { id, html, text } = event.data;
  let reply: LayoutReply;
  try {
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    reply = { kind: 'laid-out', id, doc: htmlDoc(document.body, text) };
  } catch {
    // HTML nested deeper than the stack allows, say: the plain layout is still right.
    reply = { kind: 'laid-out', id, doc: null };
  }
  scope.postMessage(reply);
});
