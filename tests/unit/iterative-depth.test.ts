import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * Issue 11 point 2: recursion depth must never grow with the input (a 3 MB article once failed its
 * scan with "Maximum call stack size exceeded"). The scan within and across, the archive-wide
 * cluster scan, the compare alignment, the compare columns' chunks and the reader's plain layout
 * run on a 3 MB article in a Node whose stack is a quarter of the default: recursion that grew
 * with the article's length would overflow it.
 */
function runWithSmallStack(kind: string): Record<string, number> {
  const out = execFileSync(
    process.execPath,
    ['--stack-size=250', '--import', 'tsx', 'tests/support/deep-input-run.ts', kind],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Record<string, number>;
}

describe('per-article work on a 3 MB article with a small stack', () => {
  it('finishes for ordinary paragraphs', () => {
    const done = runWithSmallStack('paragraphs');
    expect(done.chars).toBeGreaterThan(3_000_000);
    expect(done.echoes).toBeGreaterThan(0);
    expect(done.clusters).toBeGreaterThan(0);
    expect(done.chunks).toBeGreaterThan(100);
    expect(done.blocks).toBeGreaterThan(1_000);
  }, 300_000);

  it('finishes for a text without a single line break', () => {
    const done = runWithSmallStack('one-line');
    expect(done.chars).toBeGreaterThan(3_000_000);
    expect(done.segments).toBeGreaterThan(1);
    expect(done.chunks).toBeGreaterThan(100);
  }, 300_000);
});
