/// <reference lib="webworker" />
import { Dexie, type ObservabilitySet } from 'dexie';
import { parseHtmlWithLinkedom } from '../../core/extract/linkedom-parser';
import { ArchiveDatabase } from '../../db/database';
import { HeldTexts, withTextHeld } from '../../import/held-text';
import { readFileForImport } from '../../import/read-file-off';
import { storeRequested } from '../../import/store-off';
import { failedReply, type CancelMessage, type Posted } from '../../worker-client/worker-messages';
import type {
  BigFileReply,
  BigFileRequest,
  ReadFileRequest,
  StoreArticleRequest,
} from './read-file-protocol';

// The big-file worker's entry: a big text file's decoding, tidying, content hash and word count,
// and a big article's write into the archive (IndexedDB clones a record on the thread that
// writes it), off the page's thread. Here, not in src/workers, because it runs the import's own
// reader and writes the archive through its own connection, as the derive worker reads it.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const databases = new Map<string, ArchiveDatabase>();

function databaseNamed(name: string): ArchiveDatabase {
  let db = databases.get(name);
  if (!db) databases.set(name, (db = new ArchiveDatabase(name)));
  return db;
}

// What this worker's transactions changed, as Dexie tells its live queries. Writes are done one
// at a time (see `writes`), so what is heard during one belongs to it.
let heard: ObservabilitySet[] | undefined;
Dexie.on('storagemutated', (parts) => heard?.push(parts));
let writes: Promise<unknown> = Promise.resolve();

async function store(request: Posted<StoreArticleRequest>): Promise<BigFileReply> {
  const changed: ObservabilitySet[] = (heard = []);
  try {
    const stored = await storeRequested(databaseNamed(request.database), request.store, held);
    return { kind: 'article-stored', id: request.id, stored, changed };
  } finally {
    heard = undefined;
  }
}

// Texts read here and kept for this worker's own write of them, so they never cross to the page.
const held = new HeldTexts();

function read(request: Posted<ReadFileRequest>): BigFileReply {
  const read = readFileForImport(request, parseHtmlWithLinkedom);
  return {
    kind: 'file-read',
    id: request.id,
    read: read && request.hold ? withTextHeld(read, held) : read,
  };
}

async function answer(request: Posted<BigFileRequest>): Promise<BigFileReply> {
  if (request.kind === 'read-file') return read(request);
  const next = writes.then(() => store(request));
  writes = next.catch(() => undefined);
  return next;
}

scope.addEventListener('message', (event: MessageEvent<Posted<BigFileRequest> | CancelMessage>) => {
  const request = event.data;
  // One file or article is one short request; a cancelled import ignores the answer.
  if (request.kind === 'cancel') return;
  answer(request).then(
    (reply) => scope.postMessage(reply),
    (error: unknown) => scope.postMessage(failedReply(request.id, error)),
  );
});
