import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { PickedFile } from '../../src/shared/ipc';
import { openableFile } from './open-args';
import { planBatches, type PlannedFile } from './pick-plan';

/** Articles larger than this are refused by size before reading (the import's own limit). */
export const maxArticleFileBytes = 10 * 1024 * 1024;

/** A file to pick: its path, the folder it is relative to, its size and date (from stat, unread). */
export interface FoundFile {
  readonly path: string;
  readonly root: string;
  readonly size: number;
  /** Last modified, ms since 1970 UTC: orders undated versions of one story. */
  readonly lastModified?: number;
  /** A hidden file in a picked folder: named to the import (which counts it skipped), never read. */
  readonly unread?: boolean;
}

/** Stats one file (not reading it), relative to `root`. */
export async function findFile(path: string, root: string): Promise<FoundFile> {
  const facts = await stat(path);
  return { path, root, size: facts.size, lastModified: Math.round(facts.mtimeMs) };
}

/**
 * Lists every importable file under a folder, with sizes, unread; hidden files and those in hidden
 * folders are listed `unread`, so the import says it passed them over. Paths are made relative to
 * `root`: the picked folder's parent, so they start with its name, as a browser's folder pick does
 * (the import's notAnArticle looks at the folders inside the picked one).
 */
export async function walk(
  dir: string,
  root: string,
  out: FoundFile[],
  hidden = false,
): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const unread = hidden || entry.name.startsWith('.');
    if (entry.isDirectory()) await walk(path, root, out, unread);
    else if (entry.isFile() && unread) out.push({ ...(await findFile(path, root)), unread });
    else if (entry.isFile() && openableFile.test(entry.name)) out.push(await findFile(path, root));
  }
}

/** Reads a planned batch; a refused file is passed on by name and size, so import says why. */
export async function readBatch(batch: readonly PlannedFile[]): Promise<PickedFile[]> {
  const files: PickedFile[] = [];
  for (const file of batch) {
    const name = basename(file.path);
    const relativePath = relative(file.root, file.path) || name;
    const dated = file.lastModified === undefined ? {} : { lastModified: file.lastModified };
    files.push(
      file.refused || file.unread
        ? { name, relativePath, bytes: new Uint8Array(), size: file.size, ...dated }
        : { name, relativePath, bytes: new Uint8Array(await readFile(file.path)), ...dated },
    );
  }
  return files;
}

/**
 * Plans the files the OS handed us ("Open with", a second launch, open-file, Open Recent) as the
 * import dialog plans a pick: each stat'ed, never read here; one over the article limit refused
 * by size; the rest in batches of at most 200 files / 16 MB. One that vanished or cannot be
 * stat'ed is left out, not fatal.
 */
export async function planOpened(paths: readonly string[]): Promise<PlannedFile[][]> {
  const found: FoundFile[] = [];
  for (const path of paths) {
    try {
      found.push(await findFile(path, join(path, '..')));
    } catch {
      // Moved or unreadable since the OS listed it: nothing to import.
    }
  }
  return planBatches(found, maxArticleFileBytes);
}
