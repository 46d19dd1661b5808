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

  it('finds a Thai quote reprinted with one word changed and zero-width spaces between words', () => {
    // Thai prints no spaces between words; one site breaks the quote's words with U+200B. Before,
    // each run between spaces was one token (the quote one long word), so nothing matched.
    const files = ['budget-plain.txt', 'budget-zwsp.txt'].map((f) =>
      repoPath(`tests/fixtures/thai/${f}`),
    );
    const run = runBin(['echoes', '--json', ...files]);
    expect(run.code).toBe(0);
    const { clusters } = JSON.parse(run.stdout) as {
      clusters: { kind: string; similarity: number; passages: { doc: string; text: string }[] }[];
    };
    const quote = clusters.find((c) => c.passages.some((p) => p.text.includes('อีกสองหมื่น')));
    expect(quote?.kind).toBe('across');
    expect(quote?.passages.map((p) => p.doc).sort()).toEqual(['doc1', 'doc2']);
    expect(quote?.passages.find((p) => p.doc === 'doc2')?.text).toContain('การเรียน');
    expect(quote?.similarity).toBeGreaterThan(0.9);
  });

  it('shows a Thai passage from the start of its word, where the JSON keeps the engine’s offsets', () => {
    // One paper prints the quote after "สงขลา" (Songkhla), the other after "ปลา" (fish): the
    // words share their last letters, so the engine's match starts at "ลา", inside both words.
    const files = ['fish-market-south.txt', 'fish-market-stall.txt'].map((f) =>
      repoPath(`tests/fixtures/thai/${f}`),
    );
    const json = runBin(['echoes', '--json', ...files]);
    expect(json.code).toBe(0);
    const { clusters } = JSON.parse(json.stdout) as {
      clusters: { passages: { doc: string; start: number; text: string }[] }[];
    };
    const passages = clusters[0]?.passages ?? [];
    expect(passages).toHaveLength(2);
    for (const p of passages) expect(p.text.startsWith('ลารัฐบาลจะเพิ่ม')).toBe(true);
    const plain = runBin(['echoes', ...files]);
    expect(plain.code).toBe(0);
    const shown = plain.stdout.split('\n').filter((line) => line.includes('รัฐบาลจะเพิ่ม'));
    expect(shown.map((line) => line.trim().slice(0, 'สงขลารัฐบาล'.length)).sort()).toEqual(
      ['ปลารัฐบาลจะ', 'สงขลารัฐบาล'].sort(),
    );
    // The offsets printed beside them are the JSON's.
    for (const p of passages) expect(plain.stdout).toContain(`[${p.start}–`);
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
