import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from '../db/database';
import { importItems } from './import-items';
import { nodeDom, pickedFile } from '../../tests/support/node-dom';
import { repoPath } from '../../tests/support/run-bin';
import type { FetchedPage } from './import-types';

// Who printed a story is what the app answers: the same words under two papers' names are two
// articles, while a repeat from the same paper (or naming none) is already archived.

let db: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`printings-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('importItems: printings by source', () => {
  it('keeps the same text printed by two papers as two articles; unsourced repeats stay one', async () => {
    const wire = (source: string, date: string): Uint8Array =>
      new TextEncoder().encode(
        `---\ntitle: Storm warning\nsource: ${source}\ndate: ${date}\n---\n\nThe weather service warned the coast of a severe storm on Thursday.\n`,
      );
    const file = (name: string, bytes: Uint8Array) => ({
      kind: 'file' as const,
      file: pickedFile(name, bytes),
    });
    const bare = new TextEncoder().encode(
      'The weather service warned the coast of a severe storm on Thursday.\n',
    );
    const results = await importItems(
      db,
      [
        file('ledger.md', wire('Daily Ledger', '2026-03-01')),
        file('post.md', wire('Morning Post', '2026-03-02')),
        // The same paper's file picked again, under another name and case.
        file('ledger-again.md', wire('daily ledger ', '2026-03-01')),
        // Text with no source named: a repeat of whichever paper printed it.
        file('pasted.txt', bare),
      ],
      nodeDom,
    );
    expect(results.map((r) => r.kind)).toEqual([
      'added',
      'added',
      'already-archived',
      'already-archived',
    ]);
    expect((await db.articles.toArray()).map((a) => a.source).sort()).toEqual([
      'Daily Ledger',
      'Morning Post',
    ]);
  });

  it("keeps a wire story's .txt printings apart by the papers their Source lines name", async () => {
    const story = 'The weather service warned the coast of a severe storm on Thursday.\n';
    const txt = (name: string, head: string) => ({
      kind: 'file' as const,
      file: pickedFile(name, new TextEncoder().encode(`${head}\n\n${story}`)),
    });
    const results = await importItems(
      db,
      [
        txt('wire.txt', 'Source: Press Wire\ndate 2026-03-01\nTitle: Storm warning'),
        txt(
          'ledger.txt',
          'Publisher: Daily Ledger\nURL: https://dailyledger.example/storm\nDate: 2026-03-02',
        ),
        // The Ledger's file again: a repeat, not a third printing.
        txt('ledger-copy.txt', 'Source: Daily Ledger\nDate: 2026-03-02'),
      ],
      nodeDom,
    );
    expect(results.map((r) => r.kind)).toEqual(['added', 'added', 'already-archived']);
    const stored = (await db.articles.toArray()).sort((a, b) => a.publishedAt - b.publishedAt);
    expect(stored.map((a) => [a.source, a.title, a.url, a.text])).toEqual([
      ['Press Wire', 'Storm warning', '', story.trim()],
      [
        'Daily Ledger',
        'The weather service warned the coast of a severe storm on Thursday.',
        'https://dailyledger.example/storm',
        story.trim(),
      ],
    ]);
    expect(stored.map((a) => new Date(a.publishedAt).toISOString().slice(0, 10))).toEqual([
      '2026-03-01',
      '2026-03-02',
    ]);
  });

  it('takes one paper named two ways, by its site name and by its address, as one printing', async () => {
    // The Daily Ledger's page (og:site_name "Daily Ledger") and the same page fetched from its
    // AMP address, which names no site: that import's source is the address, dailyledger.example.
    const ledger = readFileSync(repoPath('tests/fixtures/reprints/ledger.html'), 'utf8');
    const unnamed = ledger.replace(/<meta property="og:site_name"[^>]*>/, '');
    const post = readFileSync(repoPath('tests/fixtures/reprints/post.html'), 'utf8');
    const pages = new Map([
      ['https://www.dailyledger.example/2026/healey', ledger],
      ['https://dailyledger.example/amp/2026/healey', unnamed],
      // Another paper printing the Ledger's text without naming itself: a printing of its own.
      ['https://morningpost.example/healey', unnamed],
      ['https://morningpost.example/2026/peace-force', post],
    ]);
    const fetchUrl = async (url: string): Promise<FetchedPage> => ({
      kind: 'ok',
      finalUrl: url,
      contentType: 'text/html; charset=utf-8',
      bytes: new TextEncoder().encode(pages.get(url) ?? ''),
    });
    const md = (source: string): Uint8Array =>
      new TextEncoder().encode(
        `---\ntitle: Healey pledges troops\nsource: ${source}\n---\n\n${readFileSync(repoPath('tests/fixtures/reprints/ledger.txt'), 'utf8')}`,
      );
    const results = await importItems(
      db,
      [
        ...[...pages.keys()].map((url) => ({ kind: 'url' as const, url })),
        // The Ledger's text saved as Markdown, its source written as an address.
        { kind: 'file', file: pickedFile('ledger.md', md('https://www.dailyledger.example/')) },
      ],
      { ...nodeDom, fetchUrl },
    );
    expect(results.map((r) => r.kind)).toEqual([
      'added',
      'already-archived',
      'added',
      'added',
      'already-archived',
    ]);
    expect((await db.articles.toArray()).map((a) => a.source).sort()).toEqual([
      'Daily Ledger',
      'Morning Post',
      'morningpost.example',
    ]);
  });

  it('names the article a repeat matched, though the repeat gives another date', async () => {
    const text = (date: string) =>
      `Source: Daily Ledger\nDate: ${date}\nTitle: Harbour fees rise\n\nThe harbour board agreed new mooring fees for the summer on Tuesday evening.\n`;
    const results = await importItems(
      db,
      [
        { kind: 'file', file: pickedFile('ledger.txt', text('2026-03-02')) },
        { kind: 'file', file: pickedFile('ledger-later.txt', text('2026-03-09')) },
      ],
      nodeDom,
    );
    const [first, repeat] = results;
    expect(first?.kind).toBe('added');
    expect(repeat).toMatchObject({
      kind: 'already-archived',
      articleId: first?.kind === 'added' ? first.articleId : 'none',
      existing: {
        title: 'Harbour fees rise',
        source: 'Daily Ledger',
        publishedAt: Date.UTC(2026, 2, 2),
      },
    });
  });
});
