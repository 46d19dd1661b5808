import type { FileRead } from '../../import/read-file-off';
import { workerClient, type WorkerClient } from '../../worker-client/worker-client';
import type { BigFileReply, BigFileRequest } from './read-file-protocol';

let client: WorkerClient<BigFileRequest, BigFileReply> | undefined;

/** The big-file worker (reads big files, writes big articles), started on first use. */
export function bigFileWorker(): WorkerClient<BigFileRequest, BigFileReply> {
  client ??= workerClient<BigFileRequest, BigFileReply>(
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
 * An import's reader of big files in the big-file worker (ImportOptions.readFileOff), which
 * holds the text there when asked to. The bytes are copied, not handed over: the import keeps
 * them when their encoding was a guess, and to read a held text again if its write fails.
 */
export async function readFileInWorker(file: {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly hold?: boolean;
}): Promise<FileRead | undefined> {
  const reply = await bigFileWorker().request({
    kind: 'read-file',
    name: file.name,
    bytes: file.bytes,
    ...(file.hold ? { hold: true } : {}),
  });
  if (reply.kind !== 'file-read') throw new Error(`unexpected reply ${reply.kind}`);
  return reply.read;
}
