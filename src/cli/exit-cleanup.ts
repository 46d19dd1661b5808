import { rmSync } from 'node:fs';

/**
 * Temporary folders and files a command must not leave behind however the process ends. A `finally` is
 * not enough: a closed output pipe (`| head`) ends the process with process.exit, and Ctrl-C
 * ends it outright, and neither runs a `finally`; the process's 'exit' event and the signals do.
 */
const held = new Set<string>();
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function remove(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // Best effort on the way out: a folder that cannot be removed must not turn an ending into
    // a stack trace.
  }
}

function removeHeld(): void {
  for (const path of held) remove(path);
  held.clear();
}

function listen(on: boolean): void {
  if (on) process.on('exit', removeHeld);
  else process.off('exit', removeHeld);
  for (const signal of SIGNALS)
    if (on) process.on(signal, onSignal);
    else process.off(signal, onSignal);
}

function onSignal(signal: NodeJS.Signals): void {
  removeHeld();
  listen(false);
  // Then end by the signal itself, as without this handler, so a shell or a parent sees how.
  process.kill(process.pid, signal);
}

/**
 * Removes `path` (a file, or a folder and everything in it) when the process ends, by any way out (normal
 * end, process.exit, SIGINT, SIGTERM, SIGHUP). The function returned removes it at once and
 * forgets it: call it in the command's `finally`.
 */
export function removeOnExit(path: string): () => void {
  if (held.size === 0) listen(true);
  held.add(path);
  return () => {
    if (!held.delete(path)) return;
    remove(path);
    if (held.size === 0) listen(false);
  };
}
