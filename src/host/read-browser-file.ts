import type { FileRead } from './host';

/** Articles larger than this are not read, only named with their size (the import refuses them). */
export const maxArticleFileBytes = 10 * 1024 * 1024;

/** A picked file as the browser hands it over: a File, or a File System Access handle to one. */
export type PickedSource = File | { getFile(): Promise<File> };

/** Reads one browser File, unless it is over `limit`: then only its size is passed on. */
export async function readBrowserFile(file: File, limit = maxArticleFileBytes): Promise<FileRead> {
  // Asked here, when the import reaches the file, not when the files are handed over: handing
  // over 1,000 files then costs nothing per file.
  // Its date orders undated versions of one story (story-v1.html saved before story-v2.html).
  const { lastModified } = file;
  if (file.size > limit) return { bytes: new Uint8Array(), size: file.size, lastModified };
  return { bytes: new Uint8Array(await file.arrayBuffer()), lastModified };
}

/** Reads a picked file or handle (see readBrowserFile); a handle's File is made here first. */
export async function readPickedSource(
  source: PickedSource,
  limit = maxArticleFileBytes,
): Promise<FileRead> {
  return readBrowserFile(source instanceof Blob ? source : await source.getFile(), limit);
}
