import type { FileRead } from '../../import/read-file-off';
import type { FailedReply } from '../../worker-client/worker-messages';

/** A big file for the read-file worker: its name (the format) and bytes. */
export interface ReadFileRequest {
  readonly kind: 'read-file';
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The file read (`read` undefined: HTML, left to the import), or a failure. */
export type ReadFileReply =
  | { readonly kind: 'file-read'; readonly id: number; readonly read: FileRead | undefined }
  | FailedReply;
