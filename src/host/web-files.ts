import type { PickAccept, PickOptions } from '../shared/ipc';
import type { HostFile } from './host';
import { maxArticleFileBytes, readBrowserFile } from './read-browser-file';

const acceptFor: Record<PickAccept, string> = {
  articles: '.txt,.text,.md,.markdown,.html,.htm,text/plain,text/html,text/markdown',
  backup: '.json,application/json',
};

/**
 * Browser File objects as the host's files, each read when asked (oversize ones never are).
 * Read here, not in the picked-file worker: posting a file input's File to a worker costs the
 * page the same synchronous trip to the browser as asking its size (measured in session 27: the
 * page's time in posting grew by what reading the files had cost it).
 */
export function lazyBrowserFiles(
  files: Iterable<File>,
  limit = maxArticleFileBytes,
  pathOf: (file: File) => string = (file) => file.webkitRelativePath || file.name,
): HostFile[] {
  return Array.from(files, (file) => ({
    name: file.name,
    relativePath: pathOf(file),
    bytes: new Uint8Array(),
    read: () => readBrowserFile(file, limit),
    open: async () => file,
  }));
}

/** Opens the browser's file chooser (files unread: see HostFile); no files when the user cancels. */
export function chooseBrowserFiles(options: PickOptions): Promise<HostFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    // One backup at a time: a restore reads exactly one file.
    input.multiple = options.accept !== 'backup';
    input.hidden = true;
    if (options.folders) input.webkitdirectory = true;
    else input.accept = acceptFor[options.accept ?? 'articles'];
    const finish = (files: HostFile[]): void => {
      input.remove();
      resolve(files);
    };
    // A backup is read whatever its size (the restore checks it); articles over the limit are not.
    const limit = options.accept === 'backup' ? Infinity : undefined;
    input.addEventListener('change', () => finish(lazyBrowserFiles(input.files ?? [], limit)));
    input.addEventListener('cancel', () => finish([]));
    document.body.append(input);
    input.click();
  });
}
