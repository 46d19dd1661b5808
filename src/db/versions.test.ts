import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from './database';
import { deleteArticles, restoreArticles } from './articles';
import { linkVersions, listVersions, unlinkVersion } from './versions';
import { makeArticle } from '../../tests/support/test-articles';
import { importItems } from '../import/import-items';
import { nodeDom } from '../../tests/support/node-dom';

let db: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`versions-${crypto.randomUUID()}`);
  await restoreArticles(
    db,
    [1, 2, 3].map((i) => makeArticle(i)),
  );
});
afterEach(async () => {
  await db.delete();
});

describe('versions', () => {
  it('links stories by hand, lists versions in date order, and unlinks', async () => {
    const story = await linkVersions(db, 'article-000002', 'article-000001');
    expect(story).toBe('story-2');
    await linkVersions(db, 'article-000002', 'article-000003');
    expect((await listVersions(db, story)).map((a) => a.id)).toEqual([
      'article-000001',
      'article-000002',
      'article-000003',
    ]);
    expect(await db.stories.count()).toBe(1);
    const own = await unlinkVersion(db, 'article-000001');
    expect(own).not.toBe(story);
    expect((await listVersions(db, story)).map((a) => a.id)).toEqual([
      'article-000002',
      'article-000003',
    ]);
    expect(await db.stories.get(own)).toBeUndefined();
    expect(await db.stories.get(story)).toMatchObject({ title: makeArticle(2).title });
    await unlinkVersion(db, 'article-000003');
    expect(await db.stories.count()).toBe(0);
  });

  it('deleting down to one version drops the story row; undo brings the articles back', async () => {
    const story = await linkVersions(db, 'article-000001', 'article-000002');
    const removed = await deleteArticles(db, ['article-000002']);
    expect(await db.stories.get(story)).toBeUndefined();
    expect(await db.fingerprints.get('article-000002')).toBeUndefined();
    await restoreArticles(db, removed.records);
    expect(await db.articles.get('article-000002')).toEqual({ ...makeArticle(2), storyId: story });
    expect((await listVersions(db, story)).map((a) => a.id)).toEqual([
      'article-000001',
      'article-000002',
    ]);
  });

  it('treats the same source and title with a different text as a new version', async () => {
    const page = (text: string): string =>
      `<html><head><title>Same headline</title><meta property="og:site_name" content="Ledger"></head><body><article><p>${text}</p></article></body></html>`;
    const words =
      'The council met on Tuesday and agreed a plan for the harbour wall repairs this year '.repeat(
        3,
      );
    const results = await importItems(
      db,
      [
        { kind: 'paste', text: '', html: page(words) },
        { kind: 'paste', text: '', html: page(`${words} Updated at noon.`) },
      ],
      nodeDom,
    );
    expect(results.map((r) => r.kind)).toEqual(['added', 'new-version']);
  });

  it('matches versions by the normalised address; the canonical link wins over the copy’s own', async () => {
    const page = (canonical: string, title: string, text: string): string =>
      `<html><head><title>${title}</title>${canonical ? `<link rel="canonical" href="${canonical}">` : ''}</head><body><article><p>${text}</p></article></body></html>`;
    const words =
      'Engineers inspected the harbour wall after the storm and found new cracks '.repeat(4);
    const results = await importItems(
      db,
      [
        { kind: 'paste', text: '', html: page('https://ledger.example/harbour-wall', 'A', words) },
        // Another title, tracking parameters, www. and a fragment: still the same story.
        {
          kind: 'paste',
          text: '',
          html: page(
            'http://www.ledger.example/harbour-wall/?utm_source=feed#comments',
            'B',
            `${words} Updated.`,
          ),
        },
        // An AMP copy whose canonical link names the article: the canonical address is kept.
        {
          kind: 'paste',
          text: '',
          html: page('https://ledger.example/harbour-wall', 'C', `${words} Updated again.`),
        },
        {
          kind: 'paste',
          text: '',
          html: page('https://ledger.example/harbour-wall-2', 'D', `${words} Another story.`),
        },
      ],
      nodeDom,
    );
    expect(results.map((r) => r.kind)).toEqual(['added', 'new-version', 'new-version', 'added']);
    const second = results[1];
    const stored =
      second?.kind === 'new-version' ? await db.articles.get(second.articleId) : undefined;
    expect(stored?.url).toBe('http://www.ledger.example/harbour-wall/?utm_source=feed#comments');
    expect(stored?.urlKey).toBe('https://ledger.example/harbour-wall');
  });
});
