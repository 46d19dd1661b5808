import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEchoesArgs, runEchoes } from './echoes-command';
import { tempDir } from '../../tests/support/temp-dir';
import { runCommand } from '../../tests/support/run-command';

const sample = new URL('../../seeds/000_7500752fa51d260b.txt', import.meta.url).pathname;

const run = async (...args: string[]) => {
  const { code, out, err } = await runCommand(runEchoes, args);
  return { code, out: out.join('\n'), err: err.join('\n') };
};

describe('echoes command', () => {
  it('lists a corpus strongest first, not in file order', async () => {
    // With the papers that reprint both paragraphs, the £200m paragraph (4 copies) outranks the
    // quote (3), although the quote comes first in the sample.
    const reprints = new URL('../../tests/fixtures/reprints/', import.meta.url).pathname;
    const { code, out } = await run(
      sample,
      join(reprints, 'ledger.html'),
      join(reprints, 'post.html'),
    );
    expect(code).toBe(0);
    expect([...out.matchAll(/^Cluster (\d+) · (\d+) copies/gm)].map((m) => [m[1], m[2]])).toEqual([
      ['1', '4'],
      ['2', '3'],
    ]);
  });

  it('numbers the clusters of the plain report in the order they first appear, as the reader does', async () => {
    // The reader marks the sample's quote ¹ and its £200m paragraph ² (article-clusters.ts:
    // numbered in text order); the report called the £200m paragraph Cluster 1. Offsets index
    // the text after the sample's leading " date 2026-02-23 ", as the app's import keeps it.
    const { code, out } = await run(sample);
    expect(code).toBe(0);
    const heads = [...out.matchAll(/^Cluster (\d+) .*\n {2}A {2}\S+ \[(\d+)–/gm)].map((m) => [
      m[1],
      Number(m[2]),
    ]);
    expect(heads).toEqual([
      ['1', 704],
      ['2', 847],
    ]);
  });

  it('prints the JSON shape of docs/architecture.md, with passage texts cut from the documents', async () => {
    const dir = tempDir('verso-echoes-');
    const other = join(dir, 'other.md');
    writeFileSync(
      other,
      '# Follow-up\n\nHe said: ‘I am proud that the UK is united for Ukraine. I am proud of it.’\n',
    );
    const { code, out } = await run('--json', sample, other);
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as {
      documents: { id: string; path: string; title: string; text: string }[];
      echoes: {
        kind: string;
        similarity: number;
        a: { doc: string; start: number; end: number; text: string };
        b: { doc: string; start: number; end: number; text: string };
      }[];
    };
    // The sample's date is its leading date line; the note gives none.
    expect(parsed.documents.map((d) => Object.keys(d))).toEqual([
      ['id', 'path', 'title', 'text', 'date'],
      ['id', 'path', 'title', 'text'],
    ]);
    expect(parsed.documents[1]?.title).toBe('Follow-up');
    const texts = new Map(parsed.documents.map((d) => [d.id, d.text]));
    for (const e of parsed.echoes) {
      expect(Object.keys(e)).toEqual(['kind', 'similarity', 'a', 'b']);
      for (const p of [e.a, e.b]) expect(p.text).toBe(texts.get(p.doc)?.slice(p.start, p.end));
    }
    expect(parsed.echoes.map((e) => e.kind)).toContain('across');
    expect(parsed.echoes.map((e) => e.kind)).toContain('within');
  });

  it('shows both passages with differences marked', async () => {
    const { code, out } = await run(sample);
    expect(code).toBe(0);
    expect(out).toContain('[~£200m~]');
    expect(out).toContain('[~£200 million~]');
    expect(out).toContain('[-supportive-]');
    expect(out).toContain('{+so that+}');
  });

  it('reports an unreadable file on stderr, exits non-zero and still processes the others', async () => {
    const { code, out, err } = await run('--json', '/no/such/file.txt', sample, 'notes.pdf');
    expect(code).toBe(1);
    expect(err).toContain('/no/such/file.txt: cannot read the file (no such file)');
    expect(err).toContain('notes.pdf: cannot read .pdf');
    expect((JSON.parse(out) as { echoes: unknown[] }).echoes.length).toBeGreaterThan(0);
  });

  it('honours --min-words and rejects bad arguments with usage', async () => {
    const few = JSON.parse((await run('--json', '--min-words', '30', sample)).out) as {
      echoes: unknown[];
    };
    expect(few.echoes).toHaveLength(1);
    expect(parseEchoesArgs(['--min-words=0', 'x.txt'])).toMatch(/whole number/);
    expect(parseEchoesArgs(['--frobnicate', 'x.txt'])).toMatch(/unknown option/);
    const { code, err } = await run();
    expect(code).toBe(2);
    expect(err).toContain('usage:');
  });
});
