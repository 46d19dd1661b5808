import type { ReaderDoc } from '../../core/layout/reader-doc';
import type { LayoutReply, LayoutRequest } from '../../workers/layout-protocol';

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (doc: ReaderDoc | null) => void>();

function spawn(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('../../workers/layout-worker.ts', import.meta.url), {
    type: 'module',
  });
  started.addEventListener('message', (event: MessageEvent<LayoutReply>) => {
    waiting.get(event.data.id)?.(event.data.doc);
    waiting.delete(event.data.id);
  });
  // A worker that cannot start or dies leaves every article in its plain layout.
  started.addEventListener('error', () => {
    for (const settle of waiting.values()) settle(null);
    waiting.clear();
    worker = null;
  });
  worker = started;
  return started;
}

/** Lays out an article's HTML in the layout worker; null means "use the plain layout". */
export function layOutInWorker(html: string, text: string): Promise<ReaderDoc | null> {
  if (typeof Worker === 'undefined') return Promise.resolve(null);
  return new Promise((resolve) => {
    const id = nextId++;
    waiting.set(id, resolve);
    spawn().postMessage({ id, html, text } satisfies LayoutRequest);
  });
}
