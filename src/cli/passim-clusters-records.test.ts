import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/support/temp-dir';
import type { CommandIo } from './command-io';
import { runPassimClusters } from './passim-clusters-command';

/** Runs the command in-process; cluster lines are written in pieces, so pieces are joined. */
async function run(dir: string) {
  let out = '';
  const err: string[] = [];
  const io: CommandIo = {
    stdout: (line) => void (out += `${line}\n`),
    write: (chunk) => void (out += chunk),
    stderr: (line) => void err.push(line),
  };
  const code = await runPassimClusters([dir], io);
  const clusters = out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as { id: string; size: number; passages: { doc: string }[] });
  return { code, clusters, err };
}

const text = 'The same wire paragraph';
const record = (id: string, cluster: number, date: string, begin = 0) =>
  JSON.stringify({ id, series: id, date, cluster, size: 2, begin, end: begin + text.length, text });

describe('verso passim-clusters', () => {
  it('writes no cluster left with one passage when its other records are refused', async () => {
    const dir = tempDir('verso-passim-alone-');
    const badOffsets = JSON.stringify({ ...JSON.parse(record('d2', 8, '')), end: 3 });
    const lines = [record('d1', 8, '2026-03-01'), badOffsets, record('d3', 9, '2026-03-02')];
    writeFileSync(join(dir, 'part-00000'), `${[...lines, record('d4', 9, '')].join('\n')}\n`);
    const { code, clusters, err } = await run(dir);
    expect(code).toBe(1);
    expect(clusters.map((c) => [c.id, c.size])).toEqual([['9', 2]]);
    expect(err.at(-1)).toBe('passim-clusters: 1 cluster left with one passage read, not written');
  });

  it('places a passage whose date is no real day among the undated, after the dated', async () => {
    const dir = tempDir('verso-passim-dates-');
    // Both bad dates sort as text before the real one; as undated they follow it, by document.
    const lines = [
      record('a-undated', 5, ''),
      record('b-bad-month', 5, '1999-13-45'),
      record('c-words', 5, '(not known)'),
      record('d-dated', 5, '2026-03-06'),
    ];
    writeFileSync(join(dir, 'part-00000'), `${lines.join('\n')}\n`);
    const { code, clusters } = await run(dir);
    expect(code).toBe(0);
    expect(clusters[0]?.passages.map((p) => p.doc)).toEqual([
      'd-dated',
      'a-undated',
      'b-bad-month',
      'c-words',
    ]);
  });
});
