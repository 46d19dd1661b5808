import { readFileSync } from 'node:fs';

/** A list of paths from a file, or from standard input for "-". */
export function readListFile(from: string): string {
  return readFileSync(from === '-' ? 0 : from, 'utf8');
}

/**
 * The paths a command works on: its positional arguments, then each `--files-from` list (one
 * path a line, blank lines skipped; "-" reads the list from standard input, so 100,000 paths
 * never pass through the command line, whose length the system limits). A string is the reason
 * the arguments are wrong; standard input can serve one purpose only.
 */
export function collectPaths(
  positionals: readonly string[],
  lists: readonly string[] | undefined,
  readList: (from: string) => string = readListFile,
): string[] | string {
  const paths = [...positionals];
  for (const list of lists ?? []) {
    let text: string;
    try {
      text = readList(list);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return `--files-from ${list}: cannot read the list (${code === 'ENOENT' ? 'no such file' : (code ?? 'error')})`;
    }
    for (const line of text.split(/\r?\n/)) if (line.trim() !== '') paths.push(line);
  }
  const stdinUses =
    paths.filter((p) => p === '-').length + (lists ?? []).filter((l) => l === '-').length;
  if (stdinUses > 1) return 'standard input (-) can be read only once';
  if (paths.length === 0) return 'no files given';
  return paths;
}
