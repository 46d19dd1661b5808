import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's sim_text (similarity-tester), the exact-run baseline, when installed. */
export const SIM_TEXT = '/usr/bin/sim_text';

/** True when sim_text can be run. */
export function hasSimText(): boolean {
  return existsSync(SIM_TEXT);
}

/** Write texts to a temporary folder, run sim_text over them (runs ≥ 8 words), return ms. */
export function timeSimText(texts: readonly string[]): number {
  const dir = mkdtempSync(join(tmpdir(), 'verso-sim-'));
  try {
    const files = texts.map((t, i) => {
      const file = join(dir, `${i}.txt`);
      writeFileSync(file, t);
      return file;
    });
    const t0 = performance.now();
    const run = spawnSync(SIM_TEXT, ['-r', '8', '-n', '-T', '-i'], {
      input: `${files.join('\n')}\n`,
      maxBuffer: 1 << 30,
    });
    const ms = performance.now() - t0;
    if (run.status !== 0)
      throw new Error(`sim_text failed: ${run.stderr.toString().slice(0, 200)}`);
    return ms;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
