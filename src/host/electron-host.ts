import {
  maxSavePieceChars,
  type BridgeApi,
  type PickedFile,
  type PickSession,
} from '../shared/ipc';
import type { Host, HostFile, StreamedFile } from './host';

/**
 * Chosen backup `id` as a file read in chunks from main: each `stream()` is a reading of its
 * own (readOpen), a chunk a message (readChunk), closed at its end or when its reader stops.
 */
export function chunkedFile(api: BridgeApi, id: number): StreamedFile {
  return {
    stream() {
      let handle: number | undefined;
      return new ReadableStream<Uint8Array<ArrayBuffer>>({
        async pull(controller) {
          handle ??= await api.readOpen(id);
          const chunk = await api.readChunk(handle);
          if (chunk.length > 0) return controller.enqueue(chunk);
          controller.close();
          await api.readClose(handle);
          handle = undefined;
        },
        async cancel() {
          if (handle !== undefined) await api.readClose(handle);
          handle = undefined;
        },
      });
    },
  };
}

/** The backup the person chooses, not read: opened as a stream of chunks when restored. */
async function pickBackup(api: BridgeApi): Promise<HostFile[]> {
  const chosen = await api.pickBackup();
  if (!chosen) return [];
  const file = chunkedFile(api, chosen.id);
  return [
    {
      name: chosen.name,
      relativePath: chosen.name,
      bytes: new Uint8Array(),
      open: async () => file,
    },
  ];
}

/** The host inside Electron: every call goes through the preload's typed bridge. */
export function createElectronHost(api: BridgeApi): Host {
  // A pick (a folder, or files the OS opened) crosses from main in batches, each its own message.
  const fetchPick = async (pick: PickSession): Promise<PickedFile[]> => {
    const files: PickedFile[] = [];
    for (let batch = 0; batch < pick.batches; batch++)
      for (const file of await api.pickedBatch(pick.id, batch)) files.push(file);
    return files;
  };
  return {
    kind: 'electron',
    pickFiles: async (options) =>
      options.accept === 'backup' ? pickBackup(api) : fetchPick(await api.pickFiles(options)),
    saveFile: (name, contents) => api.saveFile(name, contents),
    async openSave(name) {
      const handle = await api.saveOpen(name);
      if (handle === 0) return undefined;
      return {
        // Pieces cross to main one message each, within the contract's size.
        async write(text) {
          for (let at = 0; at < text.length; at += maxSavePieceChars)
            await api.saveAppend(handle, text.slice(at, at + maxSavePieceChars));
        },
        finish: () => api.saveFinish(handle),
        abort: () => api.saveAbort(handle),
      };
    },
    fetchUrl: (url) => api.fetchUrl(url),
    watchFetch: (request) => api.watchFetch(request),
    openExternal: (url) => api.openExternal(url),
    appInfo: () => api.appInfo(),
    setThemeSource: (source) => api.setThemeSource(source),
    async pendingFiles() {
      const files: PickedFile[] = [];
      for (const pick of await api.pendingFiles()) files.push(...(await fetchPick(pick)));
      return files;
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    onOpenFiles: (listener) =>
      api.onOpenFiles((pick) => {
        // A batch main cannot read any more (the file moved) leaves this pick out, in silence
        // as before: nothing was imported, and the OS's request has no one to answer.
        fetchPick(pick).then(listener, () => undefined);
      }),
  };
}
