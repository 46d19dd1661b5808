import type { PickedFile, PickOptions } from '../shared/ipc';

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
    input.multiple = true;
    input.hidden = true;
    if (options.folders) input.webkitdirectory = true;
    else input.accept = '.txt,.text,.md,.markdown,.html,.htm,text/plain,text/html,text/markdown';
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
