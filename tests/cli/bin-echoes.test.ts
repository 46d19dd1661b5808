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

  it('keeps the quote and the £200m paragraph apart when another paper reprints them back to back', () => {
    const reprints = ['ledger.html', 'post.html'].map((f) =>
      repoPath(`tests/fixtures/reprints/${f}`),
    );
    const run = runBin(['echoes', sample, ...reprints]);
    expect(run.code).toBe(0);
    // Was "1 cluster of repeated passages (4 passages)": one passage spanning both texts, and
    // the sample's second copy of the quote lost.
    expect(run.stdout).toContain('3 documents, 2 clusters of repeated passages (7 passages)');
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
