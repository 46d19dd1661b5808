import { statSync } from 'node:fs';

/**
 * A file's modified time (epoch ms), the date the app's import keeps for a picked file that gives
 * none of its own; undefined for standard input ("-") or a file that cannot be looked at (the read
 * that follows says why).
 */
export function fileModifiedAt(path: string): number | undefined {
  if (path === '-') return undefined;
  try {
    const at = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
    return at !== undefined && Number.isFinite(at) && at > 0 ? Math.floor(at) : undefined;
  } catch {
    return undefined;
  }
}
