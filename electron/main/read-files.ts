import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { PickedFile } from '../../src/shared/ipc';
import { openableFile } from './open-args';

const maxFileBytes = 64 * 1024 * 1024;

/** Reads one file for import; an oversized one is passed on empty so the import reports it per item. */
export async function readPicked(path: string, root: string): Promise<PickedFile> {
  const info = await stat(path);
  const bytes = info.size > maxFileBytes ? new Uint8Array() : new Uint8Array(await readFile(path));
  return { name: basename(path), relativePath: relative(root, path) || basename(path), bytes };
}

/** Reads every importable file under a folder (hidden entries skipped), paths relative to `root`. */
export async function walk(dir: string, root: string, out: PickedFile[]): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, root, out);
    else if (entry.isFile() && openableFile.test(entry.name))
      out.push(await readPicked(path, root));
  }
}

/** Reads files the OS handed us; one that vanished or cannot be read is left out, not fatal. */
export async function readOpened(paths: readonly string[]): Promise<PickedFile[]> {
  const files: PickedFile[] = [];
  for (const path of paths) {
    try {
      files.push(await readPicked(path, join(path, '..')));
    } catch {
      // Moved or unreadable since the OS listed it: nothing to import.
    }
  }
  return files;
}
