import type { FileRead } from '../../import/read-file-off';
import { workerClient, type WorkerClient } from '../../worker-client/worker-client';
import type { ReadFileReply, ReadFileRequest } from './read-file-protocol';

let client: WorkerClient<ReadFileRequest, ReadFileReply> | undefined;

function readFileWorker(): WorkerClient<ReadFileRequest, ReadFileReply> {
  client ??= workerClient<ReadFileRequest, ReadFileReply>(
    () =>
      new Worker(new URL('./read-file-worker-entry.ts', import.meta.url), {
        type: 'module',
        name: 'read-file',
      }),
    { stoppedWords: 'The file could not be read.' },
  );
  return client;
}

/**
 * An import's reader of big files in the read-file worker (ImportOptions.readFileOff). The bytes
 * are copied, not handed over: the import keeps them when their encoding was a guess.
 */
export async function readFileInWorker(file: {
  readonly name: string;
  readonly bytes: Uint8Array;
}): Promise<FileRead | undefined> {
  const reply = await readFileWorker().request({
    kind: 'read-file',
    name: file.name,
    bytes: file.bytes,
  });
  return reply.read;
}
