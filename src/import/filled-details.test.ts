import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from '../db/database';
import { importItems } from './import-items';
import { nodeDom } from '../../tests/support/node-dom';
import { repoPath } from '../../tests/support/run-bin';
import type { FetchedPage, ImportItem } from './import-types';
import { updateArticle } from '../db/articles';
import { linkVersions } from '../db/versions';
import { listSourceFacets } from '../db/source-facets';
import { onArchiveChange, type ArchiveChange } from '../db/changes';
import { sortKeyOf } from '../db/sort-keys';

// QA's case: the text of a page pasted first, the page itself imported after. The page is a
// repeat of the paste (a text naming no source may be any paper's), and what it says of itself —
// its headline, paper, date, address, author — goes to the archived article where it lacks them.

const page = readFileSync(repoPath('tests/fixtures/reprints/ledger.html'), 'utf8');
const text = readFileSync(repoPath('tests/fixtures/reprints/ledger.txt'), 'utf8');
const address = 'https://www.dailyledger.example/2026/healey';
const headline = 'Healey pledges troops for Ukraine peace force';

/** A web serving `html` at the page's address. */
const serving =
  (html: string) =>
  async (url: string): Promise<FetchedPage> => ({
    kind: 'ok',
    finalUrl: url,
    contentType: 'text/html; charset=utf-8',
    bytes: new TextEncoder().encode(url === address ? html : ''),
  });
const options = { ...nodeDom, fetchUrl: serving(page) };
const paste: ImportItem = { kind: 'paste', text };
const fetched: ImportItem = { kind: 'url', url: address };

let db: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`filled-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('importItems: a repeat fills in what the archived text lacks', () => {
  it("gives a pasted text the page's headline, source, date, address and author", async () => {
    const [pasted] = await importItems(db, [paste], options);
    const changes: ArchiveChange[] = [];
    onArchiveChange(db, async (change) => void changes.push(change));
    const [repeat] = await importItems(db, [fetched], options);
    const id = pasted?.kind === 'added' ? pasted.articleId : 'none';
    expect(repeat).toMatchObject({
      kind: 'already-archived',
      articleId: id,
      existing: { source: '', publishedAt: 0 },
      filled: ['title', 'source', 'date', 'address', 'author'],
    });
    const [article, ...others] = await db.articles.toArray();
    expect(others).toEqual([]);
    expect(article).toMatchObject({
      id,
      title: headline,
      sortTitle: sortKeyOf(headline),
      source: 'Daily Ledger',
      publishedAt: Date.UTC(2026, 1, 20, 8),
      url: address,
      byline: 'Ann Writer',
      text: text.trim(),
      origin: { kind: 'paste' },
    });
    // What follows an articles write follows this one: the list's row, the source filter, the
    // search index (which reads the article back: its text was never on this side).
    expect(await db.articleSummaries.get(id)).toMatchObject({
      source: 'Daily Ledger',
      url: address,
    });
    expect((await listSourceFacets(db)).map((f) => [f.name, f.count])).toEqual([
      ['Daily Ledger', 1],
    ]);
    expect(changes).toContainEqual(
      expect.objectContaining({ kind: 'articles-changed', readBack: [id] }),
    );
  });

  it('keeps what the archived article has: its title, tags and note as the person left them', async () => {
    const [pasted] = await importItems(db, [paste], options);
    const id = pasted?.kind === 'added' ? pasted.articleId : 'none';
    await updateArticle(db, id, { title: 'Troops pledge', note: 'Check the £200m', tags: ['uk'] });
    const [repeat] = await importItems(db, [fetched], options);
    expect(repeat).toMatchObject({ filled: ['source', 'date', 'address', 'author'] });
    expect(await db.articles.get(id)).toMatchObject({
      title: 'Troops pledge',
      note: 'Check the £200m',
      tags: ['uk'],
      source: 'Daily Ledger',
    });
    // Nothing left to fill: the page again changes nothing and says nothing of it.
    const [again] = await importItems(db, [fetched], options);
    expect(again).toMatchObject({ kind: 'already-archived', articleId: id });
    expect(again).not.toHaveProperty('filled');
  });

  it('fills in the paste from the page imported with it, in one import', async () => {
    const results = await importItems(db, [paste, fetched], options);
    expect(results.map((r) => r.kind)).toEqual(['added', 'already-archived']);
    expect(results[1]).toMatchObject({ filled: ['title', 'source', 'date', 'address', 'author'] });
    expect(await db.articles.toArray()).toEqual([
      expect.objectContaining({ title: headline, source: 'Daily Ledger', url: address }),
    ]);
  });

  it('leaves a page archived first as it was when its text is pasted after', async () => {
    const [first] = await importItems(db, [fetched], options);
    const before = await db.articles.toArray();
    const [repeat] = await importItems(db, [paste], options);
    expect(repeat).toMatchObject({ kind: 'already-archived' });
    expect(repeat).not.toHaveProperty('filled');
    expect(await db.articles.toArray()).toEqual(before);
    expect(first?.kind).toBe('added');
  });

  it('keeps a version in its story, and the address it gains finds its later versions', async () => {
    const [pasted, other] = await importItems(
      db,
      [paste, { kind: 'paste', text: 'An earlier draft of the story, with fewer words in it.' }],
      options,
    );
    const id = pasted?.kind === 'added' ? pasted.articleId : 'none';
    const storyId = await linkVersions(db, other?.kind === 'added' ? other.articleId : '', id);
    await importItems(db, [fetched], options);
    expect(await db.articles.get(id)).toMatchObject({ storyId, source: 'Daily Ledger' });
    expect(await db.stories.get(storyId)).toBeDefined();
    // The page updated at its address: a new version of the story the paste is in.
    const updated = page.replace('in the spring', 'in the summer');
    const later = await importItems(db, [fetched], { ...options, fetchUrl: serving(updated) });
    expect(later).toEqual([expect.objectContaining({ kind: 'new-version', storyId })]);
  });
});
