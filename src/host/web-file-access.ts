import type { PickOptions } from '../shared/ipc';
import type { HostFile } from './host';
import { maxArticleFileBytes, readBrowserFile } from './web-files';

// The File System Access pickers (Chromium), declared here: TypeScript's DOM library has the
// handles but not the window's pickers, nor a directory's async iteration.
interface FileHandle {
  readonly kind: 'file';
  readonly name: string;
  getFile(): Promise<File>;
}
interface DirectoryHandle {
  readonly kind: 'directory';
  readonly name: string;
  values(): AsyncIterable<FileHandle | DirectoryHandle>;
}
interface PickerType {
  readonly description: string;
  readonly accept: Record<string, string[]>;
}
/** The pickers a page may have (Chromium's File System Access API). */
export interface FileAccessWindow {
  showOpenFilePicker?: (options: {
    multiple?: boolean;
    types?: PickerType[];
    excludeAcceptAllOption?: boolean;
  }) => Promise<FileHandle[]>;
  showDirectoryPicker?: (options: { mode?: 'read' }) => Promise<DirectoryHandle>;
}

const typesFor: Record<NonNullable<PickOptions['accept']>, PickerType[]> = {
  articles: [
    {
      description: 'Articles',
      accept: {
        'text/plain': ['.txt', '.text'],
        'text/markdown': ['.md', '.markdown'],
        'text/html': ['.html', '.htm'],
      },
    },
  ],
  backup: [{ description: 'Verso backup', accept: { 'application/json': ['.json'] } }],
};

function handleFile(handle: FileHandle, relativePath: string, limit: number): HostFile {
  // The File is made when the import reaches it (getFile), one at a time, off the click's task.
  return {
    name: handle.name,
    relativePath,
    bytes: new Uint8Array(),
    read: async () => readBrowserFile(await handle.getFile(), limit),
    open: () => handle.getFile(),
  };
}

/**
 * Every file under a chosen folder, named by its path from the folder (as a folder input does);
 * a folder inside that cannot be listed is passed over, as the input passes it over.
 */
async function filesUnder(folder: DirectoryHandle, path: string, into: HostFile[]): Promise<void> {
  const entries: (FileHandle | DirectoryHandle)[] = [];
  try {
    for await (const entry of folder.values()) entries.push(entry);
  } catch {
    return;
  }
  // A folder's entries come in no set order: sorted, an import goes file by file as listed.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const at = `${path}/${entry.name}`;
    if (entry.kind === 'file') into.push(handleFile(entry, at, maxArticleFileBytes));
    else await filesUnder(entry, at, into);
  }
}

/**
 * Picks files or a folder through the File System Access pickers, when the page has them (a
 * Chromium browser): unlike a file input, which asks the browser for each chosen file's type in
 * one task before any of our code runs (0.4–0.9 s for 1,000 files), they hand over handles, and
 * each file is opened when the import reaches it. Resolves to no files when the person cancels,
 * and to undefined when the pickers are missing or refuse (the caller then uses the input).
 */
export async function pickWithFileAccess(
  options: PickOptions,
  page: FileAccessWindow = window as unknown as FileAccessWindow,
): Promise<HostFile[] | undefined> {
  const { showOpenFilePicker, showDirectoryPicker } = page;
  if (!(options.folders ? showDirectoryPicker : showOpenFilePicker)) return undefined;
  try {
    if (options.folders && showDirectoryPicker) {
      const folder = await showDirectoryPicker.call(page, { mode: 'read' });
      const files: HostFile[] = [];
      await filesUnder(folder, folder.name, files);
      return files;
    }
    if (!showOpenFilePicker) return undefined;
    const accept = options.accept ?? 'articles';
    const handles = await showOpenFilePicker.call(page, {
      multiple: accept !== 'backup',
      types: typesFor[accept],
    });
    // A backup is read whatever its size (the restore checks it); articles over the limit are not.
    const limit = accept === 'backup' ? Infinity : maxArticleFileBytes;
    return handles.map((handle) => handleFile(handle, handle.name, limit));
  } catch (error) {
    // The person closed the picker: nothing chosen. Anything else (a policy that blocks the
    // picker, a browser that refuses it here): the input is tried instead.
    if (error instanceof DOMException && error.name === 'AbortError') return [];
    return undefined;
  }
}
