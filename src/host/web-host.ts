import { commandForKey } from '../shared/commands';
import type { Host } from './host';
import { describeBrowser } from './describe-browser';
import { chooseBrowserFiles } from './web-files';
import { pickWithFileAccess } from './web-file-access';
import { parseWebUrl } from '../shared/web-url';
import { fetchInBrowser } from './fetch-in-browser';
import { downloadBlob, saveAsDownload, saveWithFileAccess } from './web-save';
import { watchFetchInBrowser } from './web-watch-fetch';

/** The host in a plain browser: file pickers (or inputs), Blob downloads, fetch, and keyboard shortcuts for the menu. */
export function createWebHost(): Host {
  const isMac = /Mac/.test(navigator.platform);
  return {
    kind: 'web',
    // The File System Access pickers where the browser has them (no per-file task on choosing),
    // else the file input.
    async pickFiles(options) {
      return (await pickWithFileAccess(options)) ?? chooseBrowserFiles(options);
    },
    async saveFile(name, contents) {
      downloadBlob(name, new Blob([contents], { type: 'application/octet-stream' }));
      return true;
    },
    // The save picker where the browser has one (written straight to disk), else a download.
    async openSave(name) {
      const picked = await saveWithFileAccess(name);
      if (picked === null) return undefined;
      return picked ?? saveAsDownload(name);
    },
    fetchUrl: (url) => fetchInBrowser(url),
    watchFetch: watchFetchInBrowser,
    async openExternal(url) {
      const safe = parseWebUrl(url);
      return safe !== null && window.open(safe, '_blank', 'noopener,noreferrer') !== null;
    },
    async appInfo() {
      return {
        name: 'Verso',
        version: __APP_VERSION__,
        platform: 'web',
        components: [{ name: 'Browser', version: describeBrowser(navigator) }],
      };
    },
    // The page's own CSS follows the choice; a browser has no native theme to tell.
    async setThemeSource() {},
    // No OS hands files to a web page; drop and paste are its ways in.
    async pendingFiles() {
      return [];
    },
    onOpenFiles: () => () => undefined,
    onMenuCommand(listener) {
      // No native menu in a browser: the same accelerators become page shortcuts.
      const onKey = (event: KeyboardEvent): void => {
        const command = commandForKey(event, isMac);
        if (!command) return;
        event.preventDefault();
        listener(command);
      };
      window.addEventListener('keydown', onKey);
      return () => window.removeEventListener('keydown', onKey);
    },
  };
}
