import type { BridgeApi, PickedFile, PickOptions } from '../shared/ipc';

/**
 * Everything the renderer needs from the world outside the page. The UI talks only to this, so
 * the same renderer runs in Electron and in a plain browser.
 */
export interface Host extends Omit<
  BridgeApi,
  'pickFiles' | 'pickedBatch' | 'pendingFiles' | 'onOpenFiles'
> {
  readonly kind: 'electron' | 'web';
  /** The chosen files, read (an oversize one comes with its size and no bytes). */
  pickFiles(options: PickOptions): Promise<PickedFile[]>;
  /** Files the OS asked us to open before the page listened, read. */
  pendingFiles(): Promise<PickedFile[]>;
  /** Subscribes to files the OS asks the app to open while it runs; returns the unsubscribe. */
  onOpenFiles(listener: (files: PickedFile[]) => void): () => void;
}
