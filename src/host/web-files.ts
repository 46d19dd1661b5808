import type { PickAccept, PickedFile, PickOptions } from '../shared/ipc';

const acceptFor: Record<PickAccept, string> = {
  articles: '.txt,.text,.md,.markdown,.html,.htm,text/plain,text/html,text/markdown',
  backup: '.json,application/json',
};

/** Articles larger than this are not read, only named with their size (the import refuses them). */
const maxArticleFileBytes = 10 * 1024 * 1024;

/** Reads browser File objects into the host's PickedFile shape; oversize ones are left unread. */
export async function readBrowserFiles(
  files: Iterable<File>,
  limit = maxArticleFileBytes,
): Promise<PickedFile[]> {
  const picked: PickedFile[] = [];
  for (const file of files) {
    const relativePath = file.webkitRelativePath || file.name;
    picked.push(
      file.size > limit
        ? { name: file.name, relativePath, bytes: new Uint8Array(), size: file.size }
        : { name: file.name, relativePath, bytes: new Uint8Array(await file.arrayBuffer()) },
    );
  }
  return picked;
}

/** Opens the browser's file chooser; resolves with no files when the user cancels. */
export function chooseBrowserFiles(options: PickOptions): Promise<PickedFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    // One backup at a time: a restore reads exactly one file.
    input.multiple = options.accept !== 'backup';
    input.hidden = true;
    if (options.folders) input.webkitdirectory = true;
    else input.accept = acceptFor[options.accept ?? 'articles'];
    const finish = (files: PickedFile[]): void => {
      input.remove();
      resolve(files);
    };
    // A backup is read whatever its size (the restore checks it); articles over the limit are not.
    const limit = options.accept === 'backup' ? Infinity : undefined;
    input.addEventListener(
      'change',
      () => void readBrowserFiles(input.files ?? [], limit).then(finish),
    );
    input.addEventListener('cancel', () => finish([]));
    document.body.append(input);
    input.click();
  });
}
