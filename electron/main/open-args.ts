import { isAbsolute, resolve } from 'node:path';

/** Files Verso can import when the OS hands them over ("Open with Verso", a second launch). */
export const openableFile = /\.(txt|text|md|markdown|html?|xhtml)$/i;

/**
 * The files in a launch's command line: absolute paths (relative ones resolved against the
 * launch's working directory) with an importable extension that exist. Flags (Chromium's
 * --switches, macOS's -psn_), the executable and the app's own entry script are skipped.
 */
export function fileArgs(
  argv: readonly string[],
  cwd: string,
  isFile: (path: string) => boolean,
): string[] {
  const found: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || !openableFile.test(arg)) continue;
    const path = isAbsolute(arg) ? arg : resolve(cwd, arg);
    if (!found.includes(path) && isFile(path)) found.push(path);
  }
  return found;
}
