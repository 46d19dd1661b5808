import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  invokeChannel,
  isPickSession,
  menuChannel,
  menuCommands,
  openFilesChannel,
  type BridgeApi,
  type MenuCommand,
} from '../../src/shared/ipc';

// One function per contract entry and nothing else: no generic send/on that a compromised
// renderer could aim at other channels.
const api: BridgeApi = {
  pickFiles: (options) => ipcRenderer.invoke(invokeChannel('pickFiles'), options),
  pickedBatch: (id, batch) => ipcRenderer.invoke(invokeChannel('pickedBatch'), id, batch),
  saveFile: (name, contents) => ipcRenderer.invoke(invokeChannel('saveFile'), name, contents),
  saveOpen: (name) => ipcRenderer.invoke(invokeChannel('saveOpen'), name),
  saveAppend: (handle, text) => ipcRenderer.invoke(invokeChannel('saveAppend'), handle, text),
  saveFinish: (handle) => ipcRenderer.invoke(invokeChannel('saveFinish'), handle),
  saveAbort: (handle) => ipcRenderer.invoke(invokeChannel('saveAbort'), handle),
  pickBackup: () => ipcRenderer.invoke(invokeChannel('pickBackup')),
  readOpen: (id) => ipcRenderer.invoke(invokeChannel('readOpen'), id),
  readChunk: (handle) => ipcRenderer.invoke(invokeChannel('readChunk'), handle),
  readClose: (handle) => ipcRenderer.invoke(invokeChannel('readClose'), handle),
  fetchUrl: (url) => ipcRenderer.invoke(invokeChannel('fetchUrl'), url),
  watchFetch: (request) => ipcRenderer.invoke(invokeChannel('watchFetch'), request),
  openExternal: (url) => ipcRenderer.invoke(invokeChannel('openExternal'), url),
  appInfo: () => ipcRenderer.invoke(invokeChannel('appInfo')),
  setThemeSource: (source) => ipcRenderer.invoke(invokeChannel('setThemeSource'), source),
  pendingFiles: () => ipcRenderer.invoke(invokeChannel('pendingFiles')),
  onMenuCommand(listener) {
    const handler = (_event: IpcRendererEvent, command: unknown): void => {
      if (menuCommands.includes(command as MenuCommand)) listener(command as MenuCommand);
    };
    ipcRenderer.on(menuChannel, handler);
    return () => ipcRenderer.removeListener(menuChannel, handler);
  },
  onOpenFiles(listener) {
    const handler = (_event: IpcRendererEvent, pick: unknown): void => {
      if (isPickSession(pick)) listener(pick);
    };
    ipcRenderer.on(openFilesChannel, handler);
    return () => ipcRenderer.removeListener(openFilesChannel, handler);
  },
};

contextBridge.exposeInMainWorld('api', api);
