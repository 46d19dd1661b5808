import type { PickAccept, PickOptions } from '../shared/ipc';
import type { FileRead, HostFile } from './host';

const acceptFor: Record<PickAccept, string> = {
  articles: '.txt,.text,.md,.markdown,.html,.htm,text/plain,text/html,text/markdown',
  backup: '.json,application/json',
};

/** Articles larger than this are not read, only named with their size (the import refuses them). */
export const maxArticleFileBytes = 10 * 1024 * 1024;

/** Reads one browser File, unless it is over `limit`: then only its size is passed on. */
export async function readBrowserFile(file: File, limit = maxArticleFileBytes): Promise<FileRead> {
  // Asked here, when the import reaches the file, not when the files are handed over: handing
  // over 1,000 files then costs nothing per file.
  // Its date orders undated versions of one story (story-v1.html saved before story-v2.html).
  const { lastModified } = file;
  if (file.size > limit) return { bytes: new Uint8Array(), size: file.size, lastModified };
  return { bytes: new Uint8Array(await file.arrayBuffer()), lastModified };
}

/** Browser File objects as the host's files, each read when asked (oversize ones never are). */
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
