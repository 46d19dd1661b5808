import {
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  type Dirent,
  type Stats,
} from 'node:fs';
import { basename, join } from 'node:path';
import { notAnArticle } from '../import/not-articles';
import { errorWords } from './error-words';

/** A list of paths from a file, or from standard input for "-". */
export function readListFile(from: string): string {
  return readFileSync(from === '-' ? 0 : from, 'utf8');
}

/**
 * The paths a command works on: its positional arguments (a folder among them stands for its
 * files, see folderFiles), then each `--files-from` list (one
 * path a line, blank lines skipped; "-" reads the list from standard input, so 100,000 paths
 * never pass through the command line, whose length the system limits). A string is the reason
 * the arguments are wrong; standard input can serve one purpose only.
 */
export function collectPaths(
  positionals: readonly string[],
  lists: readonly string[] | undefined,
  readList: (from: string) => string = readListFile,
): string[] | string {
  const paths: string[] = [];
  for (const path of positionals) {
    const files = folderFiles(path);
    if (typeof files === 'string') return files;
    paths.push(...(files ?? [path]));
  }
  for (const list of lists ?? []) {
    let text: string;
    try {
      text = readList(list);
    } catch (error) {
      // A folder is read by naming it as an argument, which is likely what was meant.
      const why =
        (error as NodeJS.ErrnoException).code === 'EISDIR'
          ? 'it is a folder: name it as an argument to read every file in it'
          : errorWords(error);
      return `--files-from ${list}: cannot read the list (${why})`;
    }
    for (const line of text.split(/\r?\n/)) if (line.trim() !== '') paths.push(line);
  }
  const stdinUses =
    paths.filter((p) => p === '-').length + (lists ?? []).filter((l) => l === '-').length;
  if (stdinUses > 1) return 'standard input (-) can be read only once';
  if (paths.length === 0) return 'no files given';
  return paths;
}

const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The files a folder named on the command line stands for, as the app's Import folder… reads
 * one: every file at any depth, in name order, with images, system files and hidden files and
 * folders passed over (import's notAnArticle). Symbolic links are followed, to files and to
 * folders (a folder already read, by its real path, is not read again, so a link back up the tree
 * ends); a broken link is listed as a file, so the reader says of it that it is one (readFailure).
 * Undefined when the path is no folder (a file, "-", or nothing there: the reader says why); a
 * string when the folder gives nothing to read.
 */
export function folderFiles(path: string): string[] | string | undefined {
  if (path === '-' || !statSync(path, { throwIfNoEntry: false })?.isDirectory()) return undefined;
  const files: string[] = [];
  // Real paths of the folders read: a link to one of them (a loop, or a second way in) is passed.
  const seen = new Set<string>();
  // `relative` starts with the folder's own name, which notAnArticle leaves out of its checks.
  const walk = (dir: string, relative: string): void => {
    const real = realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort(byName)) {
      const inside = `${relative}/${entry.name}`;
      const path = join(dir, entry.name);
      // Only a link costs a stat: what it leads to (undefined when it leads nowhere).
      const target = entry.isSymbolicLink() ? linkTarget(path) : entry;
      if (target?.isDirectory()) {
        if (notAnArticle(`${inside}/file`) === undefined) walk(path, inside);
      } else if ((!target || target.isFile()) && notAnArticle(inside) === undefined)
        files.push(path);
    }
  };
  try {
    walk(path, basename(path) || 'folder');
  } catch (error) {
    return `${path}: cannot read the folder (${errorWords(error, 'folder')})`;
  }
  return files.length > 0 ? files : `${path}: no files to read in this folder`;
}

// What a symbolic link leads to; undefined when it is broken (nothing there, or a loop of links).
function linkTarget(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
