import { statSync } from 'node:fs';

/**
 * What one look at a named file tells: its modified time (epoch ms; the date the app's import
 * keeps for a picked file that gives none of its own), and the path it was first named by. Empty
 * for standard input ("-") or a file that cannot be looked at (the read that follows says why).
 */
export interface FileLook {
  readonly modifiedAt?: number;
  /** Set when this real file was already named by another path (a link, `dir/../a.txt`…). */
  readonly sameAs?: string;
}

/**
 * The files a command is given, each real file once. A folder holding a file and a link to it, or
 * a file named both directly and through a link, was read twice: two documents of one text made a
 * cluster of a file with itself. One stat per file, the one that gives its modified time anyway;
 * the file is known by its device and inode, so a hard link is the same file too.
 */
export class InputFiles {
  private readonly seen = new Map<string, string>();

  /** Look at `path` once: its modified time, and `sameAs` when its file was named before. */
  look(path: string): FileLook {
    if (path === '-') return {};
    let stats;
    try {
      stats = statSync(path, { bigint: true, throwIfNoEntry: false });
    } catch {
      return {};
    }
    if (!stats) return {};
    const key = `${stats.dev}:${stats.ino}`;
    const first = this.seen.get(key);
    if (first === undefined) this.seen.set(key, path);
    const at = Number(stats.mtimeMs);
    return {
      ...(Number.isFinite(at) && at > 0 ? { modifiedAt: Math.floor(at) } : {}),
      ...(first !== undefined ? { sameAs: first } : {}),
    };
  }
}

/** The line a command writes for a file it passes over because it already read it. */
export function sameFileNote(path: string, first: string): string {
  return `${path}: the same file as ${first}, read once`;
}
