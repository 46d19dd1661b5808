import type { HostFile } from '../../host/host';
import { lazyBrowserFiles } from '../../host/web-files';

const readEntries = (reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> =>
  new Promise((resolve, reject) => reader.readEntries(resolve, reject));

const fileOf = (entry: FileSystemFileEntry): Promise<File> =>
  new Promise((resolve, reject) => entry.file(resolve, reject));

/** A dropped file and its path inside what was dropped. */
interface Found {
  readonly file: File;
  readonly path: string;
}

async function collect(entry: FileSystemEntry, path: string, out: Found[]): Promise<void> {
  if (entry.isFile) {
    const file = await fileOf(entry as FileSystemFileEntry);
    out.push({ file, path: path + file.name });
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

/**
 * The files of a drop, folders walked recursively, as the host's files: each is read when the
 * import reaches it (and not at all over the size limit), as picked files are.
 */
export async function readDroppedFiles(data: DataTransfer): Promise<HostFile[]> {
  const items = [...data.items].filter((item) => item.kind === 'file');
  // Read every entry and file before awaiting: a DataTransfer empties once the event is over.
  const entries = items.map((item) => item.webkitGetAsEntry());
  const plainFiles = items.map((item, i) => (entries[i] ? null : item.getAsFile()));
  const out: Found[] = [];
  for (const entry of entries) if (entry) await collect(entry, '', out);
  // Drops that carry no file-system entry (some platforms, synthetic drops) still carry files.
  for (const file of plainFiles) if (file) out.push({ file, path: file.name });
  // Hidden files are handed on too: the import passes over those inside a dropped folder
  // (notAnArticle), counting them in its "skipped" line, and reads one dropped by itself.
  const paths = new Map(out.map(({ file, path }) => [file, path]));
  return lazyBrowserFiles(
    out.map(({ file }) => file),
    undefined,
    (file) => paths.get(file) ?? file.name,
  );
}
