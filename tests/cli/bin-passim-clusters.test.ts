import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath, runBin, versoBin } from '../support/run-bin';
import { tempDir } from '../support/temp-dir';

const fixture = repoPath('tests/fixtures/passim/out');

interface JsonCluster {
  type: string;
  id: string;
  kind: string;
  size: number;
  similarity: number;
  origin: number;
  boilerplate: boolean;
  passages: { doc: string; start: number; end: number; text: string; similarity: number }[];
}

const clustersOf = (stdout: string): JsonCluster[] =>
  stdout
    .trimEnd()
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as JsonCluster);

describe('verso passim-clusters (built bin)', () => {
  it("prints passim's clusters in echoes --jsonl's cluster shape, reading the plain and the gzip part", () => {
    const run = runBin(['passim-clusters', fixture]);
    const clusters = clustersOf(run.stdout);
    expect(clusters.map((c) => c.id)).toEqual(['17179869184', '42', '99']);
    const wire = clusters[0];
    // The very shape echoes --jsonl gives its clusters: same keys, same order, same passages.
    const echoes = runBin(['echoes', '--jsonl', repoPath('seeds/000_7500752fa51d260b.txt')]);
    const own = clustersOf(echoes.stdout).find((c) => c.type === 'cluster');
    expect(Object.keys(wire ?? {})).toEqual(Object.keys(own ?? {}));
    expect(Object.keys(wire?.passages[0] ?? {})).toEqual(Object.keys(own?.passages[0] ?? {}));
    expect(Object.keys(wire ?? {})).toEqual([
      'type',
      'id',
      'kind',
      'size',
      'similarity',
      'origin',
      'representative',
      'boilerplate',
      'passages',
    ]);
    expect(wire).toMatchObject({
      type: 'cluster',
      kind: 'across',
      size: 3,
      origin: 0,
      representative: 0,
    });
    // a-post's passage is in the gzip part; passages come in date order.
    expect(wire?.passages.map((p) => p.doc)).toEqual(['a-ledger', 'a-post', 'a-courier']);
    expect(Object.keys(wire?.passages[0] ?? {})).toEqual([
      'doc',
      'start',
      'end',
      'text',
      'similarity',
    ]);
    // "£200m" / "£200 million" is the same once normalised; the Courier dropped "last winter".
    expect(wire?.passages.map((p) => p.similarity)).toEqual([1, 1, expect.closeTo(0.946, 2)]);
  });

  it('names a malformed line by file and line number, exits 1, and still reads the rest', () => {
    const run = runBin(['passim-clusters', join(fixture, 'out.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('part-00000-5c1a.json:3: not a JSON record');
    expect(clustersOf(run.stdout).reduce((n, c) => n + c.size, 0)).toBe(8);
  });

  it('rejects a record whose offsets do not span its passage, saying why', () => {
    const dir = tempDir('verso-passim-bad-');
    const record = {
      id: 'd1',
      cluster: 7,
      size: 2,
      begin: 10,
      end: 12,
      uid: 1,
      text: 'longer than two',
    };
    const other = { ...record, id: 'd2', begin: 0, end: 15 };
    writeFileSync(join(dir, 'part-00000'), `${JSON.stringify(record)}\n${JSON.stringify(other)}\n`);
    const run = runBin(['passim-clusters', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'part-00000:1: offsets 10–12 span 2 characters but the passage passim printed has 15',
    );
  });

  it('gives the same clusters however small the sorted runs (the external merge)', () => {
    const whole = runBin(['passim-clusters', fixture]).stdout;
    expect(runBin(['passim-clusters', '--run-size', '1', fixture]).stdout).toBe(whole);
  });

  it('streams a 5,000-passage cluster (past the in-memory spool) in date order', () => {
    const dir = tempDir('verso-passim-big-');
    mkdirSync(join(dir, 'out.json'));
    const text = `${'The same long wire paragraph, printed everywhere. '.repeat(40)}`.trim();
    const lines: string[] = [];
    const dateOf = new Map<string, string>();
    for (let i = 4999; i >= 0; i--) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const date = `20${String(10 + (Math.floor(i / 28) % 80)).padStart(2, '0')}-03-${day}`;
      dateOf.set(`doc-${i}`, date);
      lines.push(
        JSON.stringify({
          id: `doc-${i}`,
          series: `s${i % 50}`,
          date,
          cluster: 1,
          size: 5000,
          begin: 0,
          end: text.length,
          uid: i,
          text,
        }),
      );
    }
    writeFileSync(join(dir, 'out.json', 'part-00000'), `${lines.join('\n')}\n`);
    const run = runBin(['passim-clusters', '--run-size', '700', dir]);
    expect(run.code).toBe(0);
    const [cluster] = clustersOf(run.stdout);
    expect(cluster?.size).toBe(5000);
    expect(cluster?.passages).toHaveLength(5000);
    const order = cluster?.passages.map((p) => p.doc) ?? [];
    const sorted = [...order].sort(
      (x, y) => (dateOf.get(x) ?? '').localeCompare(dateOf.get(y) ?? '') || x.localeCompare(y),
    );
    expect(order).toEqual(sorted);
  });

  it('leaves no sorted runs in --tmp when its output pipe closes early (| head -1)', async () => {
    const dir = tempDir('verso-passim-pipe-');
    const tmp = tempDir('verso-passim-pipe-tmp-');
    const text =
      'A wire paragraph long enough to fill the pipe a little faster than a short one would.';
    const lines: string[] = [];
    for (let i = 0; i < 6000; i++)
      for (const id of [`a-${i}`, `b-${i}`])
        lines.push(
          JSON.stringify({
            id,
            series: id,
            cluster: i,
            size: 2,
            begin: 0,
            end: text.length,
            uid: lines.length,
            text,
          }),
        );
    writeFileSync(join(dir, 'part-00000'), `${lines.join('\n')}\n`);
    const child = spawn(process.execPath, [
      versoBin,
      'passim-clusters',
      '--run-size',
      '7',
      '--tmp',
      tmp,
      dir,
    ]);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // As `head -1` does: read the first line, then close the pipe while the command still writes.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(readdirSync(tmp)).toEqual([]);
  });
});
