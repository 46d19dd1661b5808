import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath, runBin } from '../support/run-bin';

const sample = repoPath('seeds/000_7500752fa51d260b.txt');

describe('verso echoes (built bin)', () => {
  it('prints the founding case as two clusters with differences marked', () => {
    const run = runBin(['echoes', sample]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 document, 2 clusters');
    expect(run.stdout).toContain('[~£200m~]');
  });

  it('reads a text from stdin (-) and writes --jsonl documents then clusters', () => {
    const run = runBin(['echoes', '--jsonl', '-'], readFileSync(sample, 'utf8'));
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string });
    expect(lines.map((l) => l.type)).toEqual(['document', 'cluster', 'cluster']);
  });

  it('reads the list of files from stdin with --files-from -, and exits 1 naming a missing file', () => {
    const run = runBin(['echoes', '--json', '--files-from', '-'], `${sample}\n/no/such.txt\n`);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('/no/such.txt: cannot read the file (no such file)');
    expect((JSON.parse(run.stdout) as { clusters: unknown[] }).clusters).toHaveLength(2);
  });
});
