import type { BridgeApi } from '../shared/ipc';
import { createElectronHost } from './electron-host';
import type { Host } from './host';
import { createWebHost } from './web-host';

/** Picks the host once at start-up: Electron when the preload exposed its bridge, the browser otherwise. */
export function chooseHost(): Host {
  const api = (window as Window & { api?: BridgeApi }).api;
  return api ? createElectronHost(api) : createWebHost();
}
