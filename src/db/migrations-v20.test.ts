import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ArchiveDatabase } from './database';
import { storeArticles } from './store-article';
import { checkSummaries, fillOlderSummaries } from './summary-fill';
import { fetchedFrom, fillOlderUrlKeys, fillUrlKeyStep, urlKeysToFill } from './url-key-fill';
import { repairFacets } from './tags';
import type { ArticleRecord } from './records';
import { urlKeyOf } from '../core/extract/normalise-url';
import { makeArticle } from '../../tests/support/test-articles';
import { archiveAsOf } from '../../tests/support/archive-as-of';

// Every third article fetched by a short link; every sixth of those redirected to the paper.
function older(i: number): ArticleRecord {
  const article = makeArticle(i);
  if (i % 3) return article;
  const finalUrl = i % 6 ? {} : { finalUrl: `https://www.paper.example/story/${i}?utm_medium=x` };
  return {
    ...article,
    origin: { kind: 'url', format: 'html', url: `https://sho.rt/${i}`, ...finalUrl },
  };
}

const asked = [0, 3, 6, 9, 600, 1197, 1198].flatMap((i) => [
  `https://sho.rt/${i}`,
  `http://paper.example/story/${i}`,
]);

/** What the lookup answers for each asked address, in order. */
async function answers(db: ArchiveDatabase): Promise<string[][]> {
  return Promise.all(
    asked.map(async (address) =>
      (await fetchedFrom(db, [urlKeyOf(address)])).map((row) => row.articleId).sort(),
    ),
  );
}

describe('upgrade to v20 and the fill of urlKeys', () => {
  it('a v19 archive fills its addresses in the background, resumable, and lookups agree throughout', async () => {
    const name = `v20-${crypto.randomUUID()}`;
    const old = archiveAsOf(name, 19);
    await old.open();
    await old.table('articles').bulkAdd(Array.from({ length: 1200 }, (_, i) => older(i)));
    old.close();
    let db = new ArchiveDatabase(name);
    await db.open();
    // The upgrade created the table and left its mark, nothing more.
    expect(await db.urlKeys.count()).toBe(0);
    expect(await urlKeysToFill(db)).toBe(true);
    await repairFacets(db);
    expect(await checkSummaries(db)).toBe(true); // written around the app: summaries to fill too
    const expected = await answers(db);
    expect(expected.slice(0, 6)).toEqual([
      ['article-000000'],
      ['article-000000'],
      ['article-000003'],
      [],
      ['article-000006'],
      ['article-000006'],
    ]);
    expect(expected.flat()).toHaveLength(9);
    // Part of the fill (reading articles: summaries are still to fill), then the page closes.
    expect(await fillUrlKeyStep(db, 100)).toBe(100);
    expect(await fillUrlKeyStep(db, 100)).toBe(200);
    expect(await answers(db)).toEqual(expected);
    // Written meanwhile, above the mark: found through the table at once.
    const fresh = {
      ...older(3000),
      id: 'zz-fresh',
      origin: { kind: 'url', format: 'html', url: 'https://sho.rt/fresh' },
    } as const;
    await storeArticles(db, [{ record: fresh, derivedTitle: false }]);
    expect(
      (await fetchedFrom(db, [urlKeyOf('https://sho.rt/fresh')])).map((r) => r.articleId),
    ).toEqual(['zz-fresh']);
    db.close();
    db = new ArchiveDatabase(name);
    await db.open();
    await fillOlderSummaries(db);
    // Stopped after its first step (from the summaries now), it keeps its place.
    const stop = new AbortController();
    const seen: number[] = [];
    const stopped = await fillOlderUrlKeys(
      db,
      ({ done }) => (seen.push(done), stop.abort()),
      stop.signal,
    );
    expect(stopped).toBe(false);
    expect(seen).toEqual([1200]);
    expect(await answers(db)).toEqual(expected);
    expect(await fillOlderUrlKeys(db)).toBe(true);
    expect(await urlKeysToFill(db)).toBe(false);
    expect(await answers(db)).toEqual(expected);
    // Each fetched article's addresses once: 400 asked, 200 of them redirected, and the fresh one.
    expect(await db.urlKeys.count()).toBe(400 + 200 + 1);
    await db.delete();
  });
});
