/**
 * The one contract between the renderer and the Electron main process. Types only: main, preload
 * and renderer all derive from it, so a channel is named and typed in exactly one place.
 */
import { menuCommands, type MenuCommand } from './commands';
import type { WatchResponse, WatchRequest } from './watch-fetch';

export { menuCommands, type MenuCommand, type WatchResponse, type WatchRequest };

/** A file the user chose, read by the host so the renderer never touches paths on disk. */
export interface PickedFile {
  readonly name: string;
  /** Path relative to the chosen folder (or just the name), for per-item messages. */
  readonly relativePath: string;
  readonly bytes: Uint8Array;
  /** Set when the file was too large to read: its size on disk (and `bytes` is empty). */
  readonly size?: number;
  /** The file's last-modified time (ms since 1970 UTC): orders undated versions of a story. */
  readonly lastModified?: number;
}

/** A pick on the desktop: its files are fetched in `batches` messages, not one. */
export interface PickSession {
  readonly id: number;
  readonly batches: number;
}

/** What a URL fetch returned, or why it failed, in words a person can act on. */
export type FetchOutcome =
  | {
      readonly kind: 'ok';
      readonly url: string;
      readonly finalUrl: string;
      readonly contentType: string;
      readonly bytes: Uint8Array;
    }
  | { readonly kind: 'failed'; readonly url: string; readonly reason: string };

/** One line of the About box's version list, e.g. { name: 'Electron', version: '45.4.1' }. */
export interface ComponentVersion {
  readonly name: string;
  readonly version: string;
}

/** Facts for the About box: the app, and what it runs on (Electron, Chromium, Node; or the browser). */
export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly platform: string;
  readonly components: readonly ComponentVersion[];
}

/** Who decides light or dark: the operating system, or the person's own choice. */
export type ThemeSource = 'system' | 'light' | 'dark';

/** Every theme source, for guards. */
export const themeSources: readonly ThemeSource[] = ['system', 'light', 'dark'];

/** Options for the file chooser. */
export interface PickOptions {
  readonly folders: boolean;
  /** Which files to offer: articles (.txt, .md, .html; the default) or a Verso backup (.json). */
  readonly accept?: PickAccept;
}

/** The kinds of file the chooser can filter to. */
export type PickAccept = 'articles' | 'backup';

/** A backup the person chose to restore: main keeps its path; the renderer gets an id for it. */
export interface ChosenFile {
  readonly id: number;
  readonly name: string;
  readonly size: number;
}

/** Renderer → main calls, each answered by a promise. */
export interface InvokeContract {
  /** Shows the chooser; the chosen files (stat'ed, not read) are then fetched batch by batch. */
  pickFiles(options: PickOptions): Promise<PickSession>;
  /** Batch `batch` of pick `id`, read now; the last one read ends the pick. */
  pickedBatch(id: number, batch: number): Promise<PickedFile[]>;
  saveFile(suggestedName: string, contents: string): Promise<boolean>;
  /**
   * Shows the save dialog and opens a temporary file beside the chosen one, for a file written
   * in pieces (a backup); its handle, or 0 when the person cancels.
   */
  saveOpen(suggestedName: string): Promise<number>;
  /** Appends a piece of text to the save `handle` (at most `maxSavePieceChars` characters). */
  saveAppend(handle: number, text: string): Promise<void>;
  /** Closes the save and moves it to the chosen name: only a whole file ever has that name. */
  saveFinish(handle: number): Promise<void>;
  /** Closes the save and deletes its temporary file: nothing is left at the chosen name. */
  saveAbort(handle: number): Promise<void>;
  /**
   * Shows the chooser for a Verso backup; the file is not read, only remembered by main under
   * the id it returns (undefined when the person cancels). It is then read with `readOpen`.
   */
  pickBackup(): Promise<ChosenFile | undefined>;
  /** Opens a reading of chosen file `id` from its start; its handle (a restore reads it twice). */
  readOpen(id: number): Promise<number>;
  /** The next chunk of reading `handle`, at most `maxReadChunkBytes`; empty at the file's end. */
  readChunk(handle: number): Promise<Uint8Array<ArrayBuffer>>;
  /** Ends reading `handle` (main also closes every reading when the page goes). */
  readClose(handle: number): Promise<void>;
  fetchUrl(url: string): Promise<FetchOutcome>;
  /** A conditional fetch for a watched feed or page (ETag / Last-Modified, size cap, redirects). */
  watchFetch(request: WatchRequest): Promise<WatchResponse>;
  openExternal(url: string): Promise<boolean>;
  appInfo(): Promise<AppInfo>;
  /** Tells the host the theme choice, so native parts (window background, dialogs) match it. */
  setThemeSource(source: ThemeSource): Promise<void>;
  /**
   * Files the OS asked us to open (Open with, second launch, Open Recent) before the page
   * listened: picks whose batches are then fetched with `pickedBatch`, as for a folder.
   */
  pendingFiles(): Promise<PickSession[]>;
}

/** The most text one `saveAppend` carries: pieces, not the whole file, cross to main. */
export const maxSavePieceChars = 16 * 1024 * 1024;

/** The most bytes one `readChunk` carries: a backup crosses from main in chunks, never whole. */
export const maxReadChunkBytes = 4 * 1024 * 1024;

/** Names of the invoke calls. */
export type InvokeName = keyof InvokeContract;

/** The API the preload exposes on `window.api`: the invoke calls plus the one menu subscription. */
export interface BridgeApi extends InvokeContract {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Subscribes to files the OS asks the app to open while it runs, each time as a pick to fetch
   * batch by batch; returns the unsubscribe function.
   */
  onOpenFiles(listener: (pick: PickSession) => void): () => void;
}

/** The IPC channel for an invoke call; derived from the contract key so it is written once. */
export const invokeChannel = (name: InvokeName): string => `verso:${name}`;

/** The IPC channel on which main sends menu commands. */
export const menuChannel = 'verso:menu-command';

/** The IPC channel on which main names a pick of files to import (Open with, second launch, Open Recent). */
export const openFilesChannel = 'verso:open-files';

/** True for a pick as main names it (a positive id, a whole number of batches); the preload drops anything else. */
export function isPickSession(value: unknown): value is PickSession {
  if (typeof value !== 'object' || value === null) return false;
  const { id, batches } = value as PickSession;
  return Number.isSafeInteger(id) && id > 0 && Number.isSafeInteger(batches) && batches >= 0;
}
