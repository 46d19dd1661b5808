import { WorkerFailedError, workerClient, type WorkerPort } from '../worker-client/worker-client';
import type { FileRead } from './host';
import type { ReadPickedReply, ReadPickedRequest } from './picked-file-protocol';
import { readPickedSource, type PickedSource } from './read-browser-file';

/** Reads a picked file or handle (see readBrowserFile): its size, date and bytes. */
export type PickedReader = (source: PickedSource, limit: number) => Promise<FileRead>;

/**
 * A reader of picked files in the worker `start` starts: the page posts the handle and gets the
 * bytes handed back, so making the handle's File and reading it hold the worker, not the page.
 * (Not a file input's File: posting one costs the page the same synchronous trip to the browser
 * as asking its size; see web-files.ts.) Without `start` (no workers: Node), and for any file the
 * worker could not read, the page reads it itself: a file moved since it was picked then fails
 * there, as it always did; a worker that will not run is not asked again.
 */
export function pickedFileReader(start?: () => WorkerPort): PickedReader {
  if (!start) return readPickedSource;
  const client = workerClient<ReadPickedRequest, ReadPickedReply>(start, {
    stoppedWords: 'The file could not be read.',
  });
  let workerRuns = true;
  return async (source, limit) => {
    if (!workerRuns) return readPickedSource(source, limit);
    try {
      const reply = await client.request({ kind: 'read-picked', source, limit });
      return reply.read;
    } catch (error) {
      // A failure of this file is the worker's answer; anything else (it stopped, would not
      // start, or could not be sent the file) says the page must read for itself.
      if (!(error instanceof WorkerFailedError)) workerRuns = false;
      return readPickedSource(source, limit);
    }
  };
}

let reader: PickedReader | undefined;

/** The page's reader of picked files, its worker started on the first read. */
export function readPicked(source: PickedSource, limit: number): Promise<FileRead> {
  reader ??= pickedFileReader(
    typeof Worker === 'undefined'
      ? undefined
      : () =>
          new Worker(new URL('./picked-file-worker.ts', import.meta.url), {
            type: 'module',
            name: 'picked-files',
          }),
  );
  return reader(source, limit);
}
