import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built command (tests/support/build-cli-setup.ts builds it before the tests). */
export const versoBin = fileURLToPath(new URL('../../dist-cli/verso.mjs', import.meta.url));

/** A path in the repository. */
export const repoPath = (p: string): string =>
  fileURLToPath(new URL(`../../${p}`, import.meta.url));

/** What one run of the built command did. */
export interface BinRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node dist-cli/verso.mjs ARGS` with pipes for stdio (never a terminal), `input` on stdin. */
export function runBin(args: readonly string[], input?: string, cwd?: string): BinRun {
  const run = spawnSync(process.execPath, [versoBin, ...args], {
    input,
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
