import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { runExtract } from './extract-command';
import { runCommand } from '../../tests/support/run-command';
import { tempDir } from '../../tests/support/temp-dir';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const path = (p: string): string => fileURLToPath(new URL(`../../${p}`, import.meta.url));

const run = (args: string[]) => runCommand(runExtract, args);

describe('extract command', () => {
  it('prints one JSON object per file with the documented fields', async () => {
    const sample = path('seeds/000_7500752fa51d260b.txt');
    const page = path('tests/fixtures/archive/saved-page.html');
    const { code, out } = await run(['--json', sample, page]);
    expect(code).toBe(0);
    const [txt, html] = out.map((line) => JSON.parse(line) as Record<string, string>);
    expect(Object.keys(txt ?? {})).toEqual([
      'path',
      'title',
      'byline',
      'siteName',
      'publishedAt',
      // The file's modified time (it gives none of its own), as echoes and export-passim date it.
      'modifiedAt',
      'text',
    ]);
    expect(txt).toMatchObject({
      path: sample,
      publishedAt: '2026-02-23',
      byline: '',
      siteName: '',
    });
    expect(html).toMatchObject({
      siteName: 'The Harbour Gazette',
      title: 'Ministers promise £200m for coastal flood defences',
    });
    expect(html?.text).toContain('£1.2bn');
  });

  it('gives a .txt’s address, and the source the app files it under, in its JSON', async () => {
    const dir = tempDir('verso-extract-');
    const file = join(dir, 'star.txt');
    writeFileSync(
      file,
      'URL: https://www.star.example/news/flood-cash\n\nThe Treasury confirmed the money.\n',
    );
    const { code, out } = await run(['--json', file]);
    expect(code).toBe(0);
    // echoes counts it, and export-passim makes its series, as star.example: extract said neither.
    expect(JSON.parse(out[0] ?? '{}')).toMatchObject({
      siteName: '',
      source: 'star.example',
      url: 'https://www.star.example/news/flood-cash',
    });
  });

  it('prints a readable form, and reports bad files on stderr with exit code 1', async () => {
    const { code, out, err } = await run([
      path('tests/fixtures/archive/saved-page.html'),
      path('tests/fixtures/archive/no-article.html'),
      '/no/such/file.txt',
    ]);
    expect(code).toBe(1);
    expect(out[0]).toMatch(/^== .*saved-page\.html\nTitle {5}Ministers promise £200m/);
    expect(err).toEqual([
      expect.stringMatching(/no-article\.html: No article found in this page/),
      '/no/such/file.txt: cannot read the file (no such file)',
    ]);
  });

  it('counts words as the app does, so the sample says 604 words in both', async () => {
    // The reader and the library count "we’re" as one word (db/sort-keys countWords); the
    // command counted it as two and said 605 for the sample the app calls 604 words.
    const { code, out } = await run([path('seeds/000_7500752fa51d260b.txt')]);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/\nWords {5}604\n/);
  });

  it('shows usage without files', async () => {
    expect((await run([])).code).toBe(2);
  });
});

describe('readDocumentFile for .html', () => {
  it('reads a saved page as its article text and title', async () => {
    const { readDocumentFile } = await import('./read-document');
    const doc = await readDocumentFile(path('tests/fixtures/archive/saved-page.html'));
    expect(doc.title).toBe('Ministers promise £200m for coastal flood defences');
    expect(doc.text).toContain('Councils in Norfolk, Suffolk and Lincolnshire');
    expect(doc.text).not.toContain('All rights reserved');
    await expect(readDocumentFile(path('tests/fixtures/archive/no-article.html'))).rejects.toThrow(
      /No article found/,
    );
  });
});
