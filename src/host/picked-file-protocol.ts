import type { FailedReply } from '../worker-client/worker-messages';
import type { FileRead } from './host';
import type { PickedSource } from './read-browser-file';

/**
 * A picked file for the picked-file worker to stat and read: the File (or its handle) itself,
 * never its bytes; over `limit` bytes only its size is read.
 */
export interface ReadPickedRequest {
  readonly kind: 'read-picked';
  readonly source: PickedSource;
  readonly limit: number;
}

/** What the picked-file worker answers: the file's read (its bytes handed over), or a failure. */
export type ReadPickedReply =
  { readonly kind: 'picked-read'; readonly id: number; readonly read: FileRead } | FailedReply;
