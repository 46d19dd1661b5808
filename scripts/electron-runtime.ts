import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a run of electron's own installer reported. */
export interface InstallRun {
  readonly ok: boolean;
  /** What the installer wrote to stderr (a stack trace when the download fails). */
  readonly stderr: string;
}

/** The outcome of making sure the Electron binary is there before `npm start`. */
export type RuntimeCheck =
  | { readonly kind: 'present' }
  | { readonly kind: 'installed' }
  | { readonly kind: 'failed'; readonly message: string };

/** The parts of the check that touch the disk or the network, injectable for tests. */
export interface RuntimeProbe {
  readonly version: string;
  readonly hasBinary: () => boolean;
  readonly install: () => InstallRun;
}

/**
 * Where the Electron binary of the electron package at `dir` is, or null when it is missing:
 * the same test electron-vite applies (path.txt, then the file under dist/) before it throws
 * "Electron uninstall".
 */
export function electronBinary(dir: string, env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.ELECTRON_EXEC_PATH)
    return existsSync(env.ELECTRON_EXEC_PATH) ? env.ELECTRON_EXEC_PATH : null;
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH ?? join(dir, 'dist');
  const binary = join(dist, readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** Runs the electron package's own installer (its `install-electron` bin), keeping its stack traces to ourselves. */
export function runElectronInstaller(dir: string): InstallRun {
  const result = spawnSync(process.execPath, [join(dir, 'install.js')], {
    cwd: dir,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  // stderr is null when the process could not be started at all, whatever the types say.
  const stderr = result.stderr as string | null;
  return { ok: result.status === 0, stderr: stderr ?? String(result.error ?? '') };
}

/** The first line of an installer's error output ("TypeError: fetch failed"), for a one-line message. */
export function shortReason(stderr: string): string {
  const first = stderr
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line.length > 0 && !line.startsWith('at '));
  return (first ?? 'no reason given').slice(0, 160);
}

/**
 * The decision behind `npm start`: a binary that is there is used as is; a missing one is
 * downloaded once by electron's installer; a failed download becomes one line that says what is
 * missing and how to use Verso without it.
 */
export function ensureElectron(probe: RuntimeProbe): RuntimeCheck {
  if (probe.hasBinary()) return { kind: 'present' };
  const run = probe.install();
  if (run.ok && probe.hasBinary()) return { kind: 'installed' };
  const reason = run.ok ? 'the installer finished but left no binary' : shortReason(run.stderr);
  return {
    kind: 'failed',
    message:
      `Cannot start Verso: the Electron ${probe.version} runtime is not installed and downloading it failed (${reason}). ` +
      'Connect to the internet and run "npm start" again, or run "npm run web" to use Verso in your browser.',
  };
}
