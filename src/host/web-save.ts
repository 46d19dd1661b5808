import type { SaveStream } from './host';

interface WritableFile {
  write(text: string): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}
interface SaveHandle {
  createWritable(): Promise<WritableFile>;
}
/** The save picker a page may have (Chromium's File System Access API). */
export interface SavePickerWindow {
  showSaveFilePicker?: (options: {
    suggestedName?: string;
    types?: { description: string; accept: Record<string, string[]> }[];
  }) => Promise<SaveHandle>;
}

/** The picker's file type for each kind of file the app saves, by extension. */
const saveTypes: Record<string, { description: string; accept: Record<string, string[]> }> = {
  json: { description: 'Verso backup', accept: { 'application/json': ['.json'] } },
  csv: { description: 'CSV table', accept: { 'text/csv': ['.csv'] } },
  html: { description: 'HTML report', accept: { 'text/html': ['.html'] } },
};

/** The save picker's type for `name` (by its extension; a file of another kind is plain text). */
export function saveTypeOf(name: string): {
  description: string;
  accept: Record<string, string[]>;
} {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return (
    saveTypes[extension] ?? {
      description: 'File',
      accept: { 'text/plain': extension ? [`.${extension}`] : ['.txt'] },
    }
  );
}

/**
 * Opens a file through the save picker, where the page has one: `createWritable` writes to a
 * swap file that only replaces the chosen one on `close`, so an aborted export leaves nothing
 * there. Null when the person cancels the picker; undefined when there is no picker or it
 * refuses (the caller then downloads a Blob).
 */
export async function saveWithFileAccess(
  name: string,
  page: SavePickerWindow = window as unknown as SavePickerWindow,
): Promise<SaveStream | null | undefined> {
  if (!page.showSaveFilePicker) return undefined;
  let writable: WritableFile;
  try {
    const handle = await page.showSaveFilePicker.call(page, {
      suggestedName: name,
      types: [saveTypeOf(name)],
    });
    writable = await handle.createWritable();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    return undefined;
  }
  return {
    write: (text) => writable.write(text),
    finish: () => writable.close(),
    abort: () => writable.abort(),
  };
}

/** Starts a download of `blob` named `name`. */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A save as a download, for browsers without the save picker: each piece becomes a Blob at
 * once (the browser keeps big blobs on disk, not in the page's memory), and the parts are one
 * Blob, downloaded, on `finish`. Nothing is downloaded after `abort`.
 */
export function saveAsDownload(
  name: string,
  download: (name: string, blob: Blob) => void = downloadBlob,
): SaveStream {
  let parts: Blob[] = [];
  return {
    async write(text) {
      parts.push(new Blob([text]));
    },
    async finish() {
      download(name, new Blob(parts, { type: 'application/octet-stream' }));
      parts = [];
    },
    async abort() {
      parts = [];
    },
  };
}
