import type { BridgeApi } from '../shared/ipc';

/**
 * Everything the renderer needs from the world outside the page. The UI talks only to this, so
 * the same renderer runs in Electron and in a plain browser.
 */
export interface Host extends BridgeApi {
  readonly kind: 'electron' | 'web';
}
