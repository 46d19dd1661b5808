import type { PickAccept, PickedFile, PickOptions } from '../shared/ipc';

const acceptFor: Record<PickAccept, string> = {
  articles: '.txt,.text,.md,.markdown,.html,.htm,text/plain,text/html,text/markdown',
  backup: '.json,application/json',
};

/** Reads browser File objects into the host's PickedFile shape. */
export async function readBrowserFiles(files: Iterable<File>): Promise<PickedFile[]> {
  const picked: PickedFile[] = [];
  for (const file of files) {
    picked.push({
      name: file.name,
      relativePath: file.webkitRelativePath || file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
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
    input.addEventListener('change', () => void readBrowserFiles(input.files ?? []).then(finish));
    input.addEventListener('cancel', () => finish([]));
    document.body.append(input);
    input.click();
  });
}
