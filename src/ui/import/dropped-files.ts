import type { PickedFile } from '../../shared/ipc';

const readEntries = (reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> =>
  new Promise((resolve, reject) => reader.readEntries(resolve, reject));

const fileOf = (entry: FileSystemFileEntry): Promise<File> =>
  new Promise((resolve, reject) => entry.file(resolve, reject));

async function collect(entry: FileSystemEntry, path: string, out: PickedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await fileOf(entry as FileSystemFileEntry);
    out.push({
      name: file.name,
      relativePath: path + file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
  } else if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    // readEntries returns at most ~100 entries per call; keep asking until it returns none.
    for (
      let batch = await readEntries(reader);
      batch.length > 0;
      batch = await readEntries(reader)
    ) {
      for (const child of batch) await collect(child, `${path}${entry.name}/`, out);
    }
  }
}

/** Reads the files and folders (recursively) of a drop into the host's PickedFile shape. */
export async function readDroppedFiles(data: DataTransfer): Promise<PickedFile[]> {
  const items = [...data.items].filter((item) => item.kind === 'file');
  // Read every entry and file before awaiting: a DataTransfer empties once the event is over.
  const entries = items.map((item) => item.webkitGetAsEntry());
  const plainFiles = items.map((item, i) => (entries[i] ? null : item.getAsFile()));
  const out: PickedFile[] = [];
  for (const entry of entries) if (entry) await collect(entry, '', out);
  // Drops that carry no file-system entry (some platforms, synthetic drops) still carry files.
  for (const file of plainFiles) {
    if (file)
      out.push({
        name: file.name,
        relativePath: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      });
  }
  // Hidden files (.DS_Store and the like) are never articles.
  return out.filter((file) => !file.name.startsWith('.'));
}
