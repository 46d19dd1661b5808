import type { ObservabilitySet } from 'dexie';
import type { FileRead } from '../../import/read-file-off';
import type { StoredOff, StoreRequest } from '../../import/store-off';
import type { FailedReply } from '../../worker-client/worker-messages';

/**
 * A big file for the big-file worker: its name (the format) and bytes; with `hold`, the worker
 * keeps the article's text for its own write of it and answers with a ticket (held-text.ts).
 */
export interface ReadFileRequest {
  readonly kind: 'read-file';
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly hold?: boolean;
}

/** A big article for the big-file worker to write into the archive named `database`. */
export interface StoreArticleRequest {
  readonly kind: 'store-article';
  readonly database: string;
  readonly store: StoreRequest;
}

/** What the big-file worker is asked. */
export type BigFileRequest = ReadFileRequest | StoreArticleRequest;

/**
 * The file read (`read` undefined: HTML, left to the import); the article written, with the
 * parts of the archive its transaction changed (for the page's live queries); or a failure.
 */
export type BigFileReply =
  | { readonly kind: 'file-read'; readonly id: number; readonly read: FileRead | undefined }
  | {
      readonly kind: 'article-stored';
      readonly id: number;
      readonly stored: StoredOff;
      readonly changed: readonly ObservabilitySet[];
    }
  | FailedReply;
