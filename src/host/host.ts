import type { BridgeApi, PickedFile, PickOptions } from '../shared/ipc';

/** What reading a chosen file gave: its bytes, or only its size when it was too large to read. */
export interface FileRead {
  readonly bytes: Uint8Array;
  /** Set when the file was over the size limit: its size, `bytes` empty. */
  readonly size?: number;
  /** The file's last-modified time (ms since 1970 UTC), when the system gives one. */
  readonly lastModified?: number;
}

/**
 * A chosen file. The desktop host reads files before handing them over; the browser host hands
 * them over unread (`read`, `bytes` empty until then), so an import of 1,000 files starts at
 * once and reads each file when it reaches it instead of holding every file in memory first.
 */
export interface HostFile extends PickedFile {
  readonly read?: () => Promise<FileRead>;
  /**
   * The file itself, to read as a stream, as many times as asked (a backup of any size, read
   * twice by a restore): a browser file, or a backup the desktop reads in chunks from main.
   */
  readonly open?: () => Promise<StreamedFile>;
}

/** A file read as a stream of bytes, afresh each time `stream` is called (a Blob is one). */
export interface StreamedFile {
  stream(): ReadableStream<Uint8Array<ArrayBuffer>>;
}

/**
 * A file being written a piece at a time (a backup). Only `finish` keeps it; after `abort`, or
 * a failure, nothing is left at the chosen name.
 */
export interface SaveStream {
  write(text: string): Promise<void>;
  finish(): Promise<void>;
  abort(): Promise<void>;
}

/** A chosen file's bytes (and size if it was too large to read), reading it if not yet read. */
export async function readHostFile(file: HostFile): Promise<FileRead> {
  if (file.read) return file.read();
  return file.size === undefined ? { bytes: file.bytes } : { bytes: file.bytes, size: file.size };
}

/**
 * Everything the renderer needs from the world outside the page. The UI talks only to this, so
 * the same renderer runs in Electron and in a plain browser.
 */
export interface Host extends Omit<
  BridgeApi,
  | 'pickFiles'
  | 'pickedBatch'
  | 'pendingFiles'
  | 'onOpenFiles'
  | 'saveOpen'
  | 'saveAppend'
  | 'saveFinish'
  | 'saveAbort'
  | 'pickBackup'
  | 'readOpen'
  | 'readChunk'
  | 'readClose'
> {
  readonly kind: 'electron' | 'web';
  /**
   * The chosen files, read or to be read (see HostFile; an oversize one is never read). A backup
   * (`accept: 'backup'`) is one file with `open`, read as a stream, whatever its size.
   */
  pickFiles(options: PickOptions): Promise<HostFile[]>;
  /** Asks where to save `name` and opens it to be written in pieces; undefined when cancelled. */
  openSave(name: string): Promise<SaveStream | undefined>;
  /** Files the OS asked us to open before the page listened, read. */
  pendingFiles(): Promise<PickedFile[]>;
  /** Subscribes to files the OS asks the app to open while it runs; returns the unsubscribe. */
  onOpenFiles(listener: (files: PickedFile[]) => void): () => void;
}
