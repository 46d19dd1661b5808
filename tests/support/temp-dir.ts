import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';
import { getCurrentTest } from 'vitest/suite';

// Long enough to remove a folder of 100,000 files on a loaded machine.
const removeMs = 120_000;

/**
 * A fresh directory `<os tmp>/<prefix>XXXXXX`, removed with everything in it when the test that
 * made it ends — or, made outside a test (a file's or a describe's top), when its tests end.
 * Suites used to leave hundreds of verso-* folders (one 50 MB file each, some) in /tmp.
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  // Removing a folder of 100,000 files (the CLI's scale test) took over the hooks' default 10 s
  // on a loaded machine, and failed a test whose own work had passed.
  if (getCurrentTest()) onTestFinished(remove, removeMs);
  else afterAll(remove, removeMs);
  return dir;
}
