import type { BridgeApi } from '../shared/ipc';
import type { Host } from './host';

/** The host inside Electron: every call goes through the preload's typed bridge. */
export function createElectronHost(api: BridgeApi): Host {
  return {
    kind: 'electron',
    async pickFiles(options) {
      // A folder crosses from main in batches, each its own message.
      const pick = await api.pickFiles(options);
      const files = [];
      for (let batch = 0; batch < pick.batches; batch++)
        for (const file of await api.pickedBatch(pick.id, batch)) files.push(file);
      return files;
    },
    saveFile: (name, contents) => api.saveFile(name, contents),
    fetchUrl: (url) => api.fetchUrl(url),
    watchFetch: (request) => api.watchFetch(request),
    openExternal: (url) => api.openExternal(url),
    appInfo: () => api.appInfo(),
    setThemeSource: (source) => api.setThemeSource(source),
    pendingFiles: () => api.pendingFiles(),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    onOpenFiles: (listener) => api.onOpenFiles(listener),
  };
}
