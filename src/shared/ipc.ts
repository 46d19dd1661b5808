/**
 * The one contract between the renderer and the Electron main process. Types only: main, preload
 * and renderer all derive from it, so a channel is named and typed in exactly one place.
 */
import { menuCommands, type MenuCommand } from './commands';

export { menuCommands, type MenuCommand };

/** A file the user chose, read by the host so the renderer never touches paths on disk. */
export interface PickedFile {
  readonly name: string;
  /** Path relative to the chosen folder (or just the name), for per-item messages. */
  readonly relativePath: string;
  readonly bytes: Uint8Array;
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

/** Facts for the About box. */
export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly runtime: string;
  readonly platform: string;
}

/** Options for the file chooser. */
export interface PickOptions {
  readonly folders: boolean;
  /** Which files to offer: articles (.txt, .md, .html; the default) or a Verso backup (.json). */
  readonly accept?: PickAccept;
}

/** The kinds of file the chooser can filter to. */
export type PickAccept = 'articles' | 'backup';

/** Renderer → main calls, each answered by a promise. */
export interface InvokeContract {
  pickFiles(options: PickOptions): Promise<PickedFile[]>;
  saveFile(suggestedName: string, contents: string): Promise<boolean>;
  fetchUrl(url: string): Promise<FetchOutcome>;
  openExternal(url: string): Promise<boolean>;
  appInfo(): Promise<AppInfo>;
}

/** Names of the invoke calls. */
export type InvokeName = keyof InvokeContract;

/** The API the preload exposes on `window.api`: the invoke calls plus the one menu subscription. */
export interface BridgeApi extends InvokeContract {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** The IPC channel for an invoke call; derived from the contract key so it is written once. */
export const invokeChannel = (name: InvokeName): string => `verso:${name}`;

/** The IPC channel on which main sends menu commands. */
export const menuChannel = 'verso:menu-command';
