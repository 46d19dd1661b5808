import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeOnExit } from './exit-cleanup';
import { tempDir } from '../../tests/support/temp-dir';

const module = new URL('./exit-cleanup.ts', import.meta.url).pathname;

/** A folder with files in it, as passim-clusters' sorted runs are. */
function workFolder(): string {
  const work = join(tempDir('verso-exit-cleanup-'), 'work');
  mkdirSync(work);
  for (let i = 0; i < 5; i++) writeFileSync(join(work, `run-${i}.jsonl`), 'x\n');
  return work;
}

/** Node running `ending` once the folder is held, with `removeOnExit` loaded as the CLI loads it. */
function endChild(work: string, ending: string): ReturnType<typeof spawnSync> {
  const script = `const { removeOnExit } = await import(${JSON.stringify(module)});
removeOnExit(${JSON.stringify(work)});
${ending}
setTimeout(() => {}, 10_000);`;
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('removeOnExit', () => {
  it('removes the folder when the process is ended by process.exit (a closed pipe)', () => {
    const work = workFolder();
    const child = endChild(work, 'process.exit(0);');
    expect(child.status).toBe(0);
    expect(existsSync(work)).toBe(false);
  });

  it('removes the folder on SIGTERM, then ends by the signal as it would have', () => {
    const work = workFolder();
    const child = endChild(work, "process.kill(process.pid, 'SIGTERM');");
    expect(child.signal).toBe('SIGTERM');
    expect(existsSync(work)).toBe(false);
  });

  it('removes the folder at once when asked, and stops listening for the way out', () => {
    const work = workFolder();
    const exits = process.listenerCount('exit');
    const signals = process.listenerCount('SIGINT');
    const done = removeOnExit(work);
    expect(process.listenerCount('SIGINT')).toBe(signals + 1);
    done();
    expect(existsSync(work)).toBe(false);
    expect(process.listenerCount('exit')).toBe(exits);
    expect(process.listenerCount('SIGINT')).toBe(signals);
  });
});
