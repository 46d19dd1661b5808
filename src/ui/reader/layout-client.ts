import type { ReaderDoc } from '../../core/layout/reader-doc';
import type { LayoutReply, LayoutRequest } from '../../workers/layout-protocol';
import { workerClient } from '../../worker-client/worker-client';

const layoutWorker = workerClient<LayoutRequest, LayoutReply>(
  () => new Worker(new URL('../../workers/layout-worker.ts', import.meta.url), { type: 'module' }),
  { stoppedWords: 'The layout worker stopped.' },
);

/** Lays out an article's HTML in the layout worker; null means "use the plain layout". */
export async function layOutInWorker(html: string, text: string): Promise<ReaderDoc | null> {
  if (typeof Worker === 'undefined') return null;
  try {
    return (await layoutWorker.request({ kind: 'layout', html, text })).doc;
  } catch {
    // A worker that cannot start or dies leaves the article in its plain layout.
    return null;
  }
}
