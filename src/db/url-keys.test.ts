import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ArchiveDatabase } from './database';
import type { ArticleRecord } from './records';
import { storeArticles } from './store-article';
import { deleteArticles, restoreArticles } from './articles';
import { exportArchive, restoreArchive } from './backup/backup';
import { fetchedFrom } from './url-key-fill';
import { urlKeyOf } from '../core/extract/normalise-url';
import { contentHashOf } from '../core/extract/content-hash';
import { checkBackup } from '../import/check-backup';
import { makeArticle } from '../../tests/support/test-articles';
import { withTwoArchives } from '../../tests/support/two-archives';
import { nodeDom } from '../../tests/support/node-dom';

let db: ArchiveDatabase;
let other: ArchiveDatabase;
withTwoArchives('url-keys', (a, b) => {
  db = a;
  other = b;
});

const short = 'https://sho.rt/h1?utm_source=feed';
const paper = 'https://www.paper.example/news/harbour-fees';

/** Article `i` as a URL import asked at `asked` and redirected to `final` would store it. */
function fetched(i: number, asked: string, final: string, canonical: string): ArticleRecord {
  const base = makeArticle(i);
  const text = `${base.text}\n\nCapture ${i}.`;
  return {
    ...base,
    id: `fetched-${i}`,
    title: `Headline ${i}`,
    source: 'paper.example',
    text,
    contentHash: contentHashOf(text),
    url: canonical,
    urlKey: urlKeyOf(canonical),
    origin: { kind: 'url', format: 'html', url: asked, ...(final ? { finalUrl: final } : {}) },
  };
}

const store = (record: ArticleRecord) =>
  storeArticles(db, [{ record, derivedTitle: false }]).then(([outcome]) => outcome);
const ids = async (archive: ArchiveDatabase, address: string): Promise<string[]> =>
  (await fetchedFrom(archive, [urlKeyOf(address)])).map((row) => row.articleId).sort();

describe('the addresses fetched articles were asked by and redirected to (schema v20)', () => {
  it('knows an archived page by its asked and its final address, for repeats and versions', async () => {
    const first = fetched(1, short, paper, `${paper}-rise`);
    expect(await store(first)).toMatchObject({ kind: 'added' });
    // Written with the article: both addresses, as the dedupe normalises them.
    expect(await ids(db, 'https://sho.rt/h1')).toEqual([first.id]);
    expect(await ids(db, 'http://paper.example/news/harbour-fees#top')).toEqual([first.id]);
    // The same text asked by either address again: already archived.
    for (const asked of [short, paper])
      expect(
        await store({
          ...first,
          id: `again-${asked.length}`,
          origin: { kind: 'url', format: 'html', url: asked },
        }),
      ).toMatchObject({
        kind: 'already-archived',
        existingId: first.id,
      });
    // The page edited and retitled, its canonical link changed with the headline: fetched by the
    // short link, or straight at the paper's address, it is a version of the page asked for.
    const byShort = fetched(2, short, paper, `${paper}-rise-again`);
    expect(await store(byShort)).toMatchObject({
      kind: 'new-version',
      article: { storyId: first.storyId },
    });
    const byFinal = fetched(3, paper, '', `${paper}-rise-once-more`);
    expect(await store(byFinal)).toMatchObject({
      kind: 'new-version',
      article: { storyId: first.storyId },
    });
    // A page no archived one was fetched by is a new article.
    expect(
      await store(fetched(4, 'https://sho.rt/h2', '', 'https://paper.example/other')),
    ).toMatchObject({ kind: 'added' });
  });

  it('follows edits, deletes and restores of articles in the same transaction', async () => {
    const a = fetched(1, short, paper, paper);
    const b = fetched(2, 'https://paper.example/b', '', 'https://paper.example/b');
    await restoreArticles(db, [a, b, makeArticle(3)]);
    expect(await ids(db, short)).toEqual([a.id]);
    // A put that changes where it was fetched: the old addresses go.
    await db.articles.put({
      ...a,
      origin: { kind: 'url', format: 'html', url: 'https://paper.example/a' },
    });
    expect(await ids(db, short)).toEqual([]);
    expect(await ids(db, paper)).toEqual([]);
    expect(await ids(db, 'https://paper.example/a')).toEqual([a.id]);
    await deleteArticles(db, [a.id]);
    expect(await ids(db, 'https://paper.example/a')).toEqual([]);
    expect(await db.urlKeys.toArray()).toEqual([
      { articleId: b.id, key: urlKeyOf(b.origin.kind === 'url' ? b.origin.url : '') },
    ]);
    // A write that fails writes no address either.
    await expect(
      db.articles.add({ ...fetched(5, 'https://paper.example/c', '', ''), id: b.id }),
    ).rejects.toThrow();
    expect(await ids(db, 'https://paper.example/c')).toEqual([]);
    // A restore into another archive fills them from the backup's origins.
    await restoreArticles(db, [a]);
    const backup = await exportArchive(db);
    const check = (parsed: Parameters<typeof checkBackup>[0]) =>
      checkBackup(parsed, { window: nodeDom.sanitiseWindow });
    expect(await restoreArchive(other, backup, 'replace', check)).toMatchObject({
      kind: 'restored',
      added: 3,
    });
    expect(await ids(other, 'https://sho.rt/h1')).toEqual([a.id]);
    expect(await ids(other, paper)).toEqual([a.id]);
    expect(await ids(other, 'https://paper.example/b')).toEqual([b.id]);
    // Clearing the articles clears their addresses.
    await other.articles.clear();
    expect(await other.urlKeys.count()).toBe(0);
  });
});
