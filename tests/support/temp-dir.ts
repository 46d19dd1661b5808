import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';
import { getCurrentTest } from 'vitest/suite';

/**
 * A fresh directory `<os tmp>/<prefix>XXXXXX`, removed with everything in it when the test that
 * made it ends — or, made outside a test (a file's or a describe's top), when its tests end.
 * Suites used to leave hundreds of verso-* folders (one 50 MB file each, some) in /tmp.
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  if (getCurrentTest()) onTestFinished(remove);
  else afterAll(remove);
  return dir;
}
