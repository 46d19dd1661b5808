import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cpuBetween, cpuOf } from '../../bench/scale-cpu';

// The scale bench's CPU of the browser process must count a thread that ended between its two
// samples (Chromium's thread pool lets idle workers go, and LevelDB's compactions run on them).
// Summing the threads alive at each sample, as the bench first did, lost that thread's time.
describe.skipIf(!existsSync('/proc/self/stat'))('scale bench CPU of the browser process', () => {
  it('counts the CPU of a thread that ended between the two samples', async () => {
    const marker = `verso-scale-cpu-test-${process.pid}`;
    // A stand-in browser process (no --type= in its arguments): on a line from the test, a worker
    // thread spends 300 ms of CPU (by the process's own count, not the clock) and ends.
    const script = `
      const { Worker } = require('node:worker_threads');
      process.stdin.once('data', () => {
        const w = new Worker(
          'const s = process.cpuUsage(); for (;;) { const u = process.cpuUsage(s); if (u.user + u.system >= 300e3) break; }',
          { eval: true },
        );
        w.on('exit', () => process.stdout.write('done\\n'));
      });
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['-e', script, marker], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    try {
      await new Promise((resolve) => child.once('spawn', resolve));
      const before = cpuOf(marker);
      const done = new Promise((resolve) => child.stdout.once('data', resolve));
      child.stdin.write('go\n');
      await done;
      // The worker's thread has ended; the sample after it no longer lists it.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const spent = cpuBetween(before, cpuOf(marker));
      expect(spent.browser ?? 0).toBeGreaterThanOrEqual(280);
    } finally {
      child.kill();
    }
  });
});
