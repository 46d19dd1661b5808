import { app, dialog, net, shell, type BrowserWindow } from 'electron';
import { stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { PickAccept, PickSession, ThemeSource } from '../../src/shared/ipc';
import { runtimeComponents } from './app-info';
import type { Handlers } from './ipc';
import { findFile, maxArticleFileBytes, readBatch, walk, type FoundFile } from './read-files';
import { planBatches } from './pick-plan';
import type { PickStore } from './pick-store';
import { readCappedBody } from '../../src/shared/capped-body';
import { watchFetchWith } from '../../src/shared/watch-fetch';
import { netErrorWords } from './net-error-words';
import { parseWebUrl } from '../../src/shared/web-url';
import { fetchPage } from './fetch-page';
import { SaveStreams } from './save-streams';
import { ReadStreams } from './read-streams';

const pickFilters: Record<PickAccept, Electron.FileFilter> = {
  articles: { name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm'] },
  backup: { name: 'Verso backup', extensions: ['json'] },
};

/** What the desktop side adds to the handlers: recent files, the theme, files the OS opened. */
export interface DesktopHooks {
  /** Files the person picked in the import dialog, for Open Recent and the OS recent list. */
  readonly picked: (paths: readonly string[]) => void;
  readonly setThemeSource: (source: ThemeSource) => void;
  /** Picks of files the OS opened before the page listened (their batches are in `picks`). */
  readonly pendingFiles: () => Promise<PickSession[]>;
  /** Picks the renderer fetches batch by batch: the dialog's and the OS's. */
  readonly picks: PickStore;
}

/** The main-process side of every contract call. */
export function createHandlers(
  getWindow: () => BrowserWindow | null,
  desktop: DesktopHooks,
  saves: SaveStreams = new SaveStreams(),
  reads: ReadStreams = new ReadStreams(),
): Handlers {
  const saveDialog = async (suggestedName: string): Promise<string | undefined> => {
    const window = getWindow();
    const options = { defaultPath: suggestedName };
    const result = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? undefined : result.filePath;
  };
  return {
    async pickFiles({ folders, accept = 'articles' }) {
      const window = getWindow();
      const options: Electron.OpenDialogOptions = {
        properties: folders
          ? ['openDirectory', 'multiSelections']
          : accept === 'backup'
            ? ['openFile']
            : ['openFile', 'multiSelections'],
        filters: folders ? [] : [pickFilters[accept]],
      };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      const found: FoundFile[] = [];
      for (const path of result.filePaths) {
        if (folders) await walk(path, dirname(path), found);
        else found.push(await findFile(path, join(path, '..')));
      }
      if (!folders && accept === 'articles') desktop.picked(result.filePaths);
      // A backup to restore is chosen with pickBackup and read in chunks, whatever its size.
      return desktop.picks.add(planBatches(found, maxArticleFileBytes));
    },
    async pickedBatch(id, batch) {
      const planned = desktop.picks.take(id, batch);
      if (!planned) throw new Error('Refused pickedBatch: no such pick');
      return readBatch(planned);
    },
    async saveFile(suggestedName, contents) {
      const path = await saveDialog(suggestedName);
      if (!path) return false;
      await writeFile(path, contents, 'utf8');
      return true;
    },
    // A backup, written in pieces under a temporary name (see SaveStreams).
    async saveOpen(suggestedName) {
      const path = await saveDialog(suggestedName);
      return path ? saves.open(path) : 0;
    },
    saveAppend: (handle, text) => saves.append(handle, text),
    saveFinish: (handle) => saves.finish(handle),
    saveAbort: (handle) => saves.abort(handle),
    // A backup to restore: chosen here, then read in chunks (see ReadStreams), never whole.
    async pickBackup() {
      const window = getWindow();
      const options: Electron.OpenDialogOptions = {
        properties: ['openFile'],
        filters: [pickFilters.backup],
      };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      const [path] = result.filePaths;
      if (result.canceled || path === undefined) return undefined;
      return { id: reads.choose(path), name: basename(path), size: (await stat(path)).size };
    },
    readOpen: (id) => reads.open(id),
    readChunk: (handle) => reads.chunk(handle),
    readClose: (handle) => reads.close(handle),
    fetchUrl: (url) => fetchPage((u, init) => net.fetch(u, init), url),
    // Main fetches watched feeds and pages (no CORS). Chromium follows redirects: net.fetch's
    // manual mode rejects every redirect, so a loop is named from its net::ERR_ code instead.
    watchFetch: (request) =>
      watchFetchWith(net.fetch, request, {
        redirect: 'follow',
        readBody: readCappedBody,
        describeError: netErrorWords,
      }),
    async openExternal(url) {
      const safe = parseWebUrl(url);
      if (!safe) return false;
      await shell.openExternal(safe);
      return true;
    },
    async appInfo() {
      return {
        name: app.getName(),
        version: app.getVersion(),
        platform: `${process.platform} ${process.arch}`,
        components: runtimeComponents(process.versions),
      };
    },
    async setThemeSource(source) {
      desktop.setThemeSource(source);
    },
    pendingFiles: () => desktop.pendingFiles(),
  };
}
