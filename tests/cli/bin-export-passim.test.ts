import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { repoPath, runBin } from '../support/run-bin';
import { tempDir } from '../support/temp-dir';

const dir = tempDir('verso-export-passim-');
const sample = repoPath('seeds/000_7500752fa51d260b.txt');
const page = repoPath('tests/fixtures/archive/saved-page.html');

const records = (jsonl: string): Record<string, unknown>[] =>
  jsonl
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

// A Verso backup (format 2) as exportArchive writes it, fields trimmed to what matters here.
const backup = {
  format: 2,
  exportedAt: '2026-03-10T09:00:00.000Z',
  articles: [
    {
      id: 'art-1',
      title: 'Coastal railway to be rebuilt',
      source: 'Daily Ledger',
      url: 'https://ledger.example/rail',
      publishedAt: Date.UTC(2026, 2, 2, 8),
      importedAt: Date.UTC(2026, 2, 9),
      text: 'The regional transport authority confirmed on Tuesday that £200m would be spent.',
    },
    { id: 'art-2', title: 'Undated', source: '', url: '', publishedAt: 0, text: 'A second text.' },
    { id: '', text: 'No id: reported, not exported.' },
  ],
};

describe('verso export-passim (built bin)', () => {
  it('writes one passim record per article: id, series, date, title, url, text', () => {
    const run = runBin(['export-passim', sample, page]);
    expect(run.code).toBe(0);
    const [txt, html] = records(run.stdout);
    expect(Object.keys(txt ?? {})).toEqual(['id', 'series', 'date', 'title', 'url', 'text']);
    expect(txt).toMatchObject({ id: sample, series: sample, date: '2026-02-23' });
    expect(html).toMatchObject({
      id: page,
      series: 'The Harbour Gazette',
      date: '2026-03-14',
      title: 'Ministers promise £200m for coastal flood defences',
    });
    expect(String(html?.text)).toContain('£200m');
  });

  it('reads a Verso backup, reports an entry without an id (exit 1) and exports the rest', () => {
    const file = join(dir, 'verso-archive-2026-03-10.json');
    writeFileSync(file, JSON.stringify(backup));
    const run = runBin(['export-passim', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('article 3 has no id or no text');
    expect(records(run.stdout)).toEqual([
      {
        id: 'art-1',
        series: 'Daily Ledger',
        date: '2026-03-02',
        title: 'Coastal railway to be rebuilt',
        url: 'https://ledger.example/rail',
        text: backup.articles[0]?.text,
      },
      { id: 'art-2', series: 'art-2', title: 'Undated', url: '', text: 'A second text.' },
    ]);
  });

  it('puts every article in its own series with --series none, and refuses another mode', () => {
    const run = runBin(['export-passim', '--series', 'none', page]);
    expect(records(run.stdout)[0]?.series).toBe(page);
    const wrong = runBin(['export-passim', '--series', 'paper', page]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--series is source or none, not "paper"');
  });

  it('writes gzip with -o OUT.jsonl.gz, nothing on stdout, taking the list from stdin', () => {
    const out = join(dir, 'verso-passim.jsonl.gz');
    const run = runBin(['export-passim', '-o', out, '--files-from', '-'], `${sample}\n${page}\n`);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const lines = records(gunzipSync(readFileSync(out)).toString('utf8'));
    expect(lines.map((r) => r.id)).toEqual([sample, page]);
  });

  it('reads one text from stdin (-)', () => {
    const run = runBin(['export-passim', '-'], 'date 2026-01-05\n\nA short note on the harbour.\n');
    expect(records(run.stdout)[0]).toMatchObject({ id: '-', date: '2026-01-05' });
  });
});
