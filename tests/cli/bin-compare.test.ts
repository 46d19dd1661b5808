import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../support/run-bin';
import { tempDir } from '../support/temp-dir';

const dir = tempDir('verso-compare-');
const a = join(dir, 'a.txt');
const b = join(dir, 'b.txt');
writeFileSync(a, 'The council will spend £200m on the bridge, officials said on Monday.\n');
writeFileSync(b, 'The council will spend £200 million on the new bridge, officials said.\n');

interface Segment {
  kind: string;
  a: { start: number; end: number };
  b: { start: number; end: number };
}

describe('verso compare (built bin)', () => {
  it('prints the aligned difference with marks and a summary', () => {
    const run = runBin(['compare', a, b]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('14 words: 9 the same, 2 equivalent, 2 deleted, 1 inserted');
    expect(run.stdout).toContain('[~£200m~]{~£200 million~}');
    expect(run.stdout).toContain('{+new+} bridge');
    expect(run.stdout).toContain('[-on Monday.-]');
  });

  it('gives segments that tile both texts as JSON, and reads B from stdin', () => {
    const run = runBin(['compare', '--json', a, '-'], 'The council will spend £200m.\n');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as {
      a: { text: string };
      b: { text: string; path: string };
      segments: Segment[];
      summary: Record<string, number>;
    };
    expect(json.b.path).toBe('-');
    expect(json.segments.map((s) => json.a.text.slice(s.a.start, s.a.end)).join('')).toBe(
      json.a.text,
    );
    expect(json.segments.map((s) => json.b.text.slice(s.b.start, s.b.end)).join('')).toBe(
      json.b.text,
    );
    expect(json.summary.deleted).toBeGreaterThan(0);
  });

  it('streams --jsonl: two documents, the segments, then the summary', () => {
    const run = runBin(['compare', '--jsonl', a, b]);
    const types = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => (JSON.parse(l) as { type: string }).type);
    expect(types.slice(0, 2)).toEqual(['document', 'document']);
    expect(types.at(-1)).toBe('summary');
    expect(new Set(types.slice(2, -1))).toEqual(new Set(['segment']));
  });

  it('exits 1 when a text cannot be read', () => {
    const run = runBin(['compare', a, join(dir, 'missing.txt')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('missing.txt: cannot read the file (no such file)');
  });
});
