/**
 * The "already archived at this address?" check at scale, through the app's own code on the
 * app's own database (`verso`, same origin as the renderer): the first open at v20 (the upgrade),
 * a URL import's check of an archived page asked by its short link — the lookup alone and the
 * whole store transaction that says "already archived" — while the v20 fill is still to run (the
 * fallback reads every row the fill has not passed: what any asked/final lookup cost before) and
 * after it (an index read), and the fill itself. See bench/url-lookup.ts.
 */
import { openArchive } from '../../../src/db/database';
import { storeArticles } from '../../../src/db/store-article';
import { fetchedFrom, fillOlderUrlKeys, urlKeysToFill } from '../../../src/db/url-key-fill';
import { urlKeyOf } from '../../../src/core/extract/normalise-url';
import { contentHashOf } from '../../../src/core/extract/content-hash';
import type { ArticleRecord } from '../../../src/db/records';
import { syntheticRecord } from './synthetic-records';

const asked = 'https://sho.rt/probe-h25b';
const final = 'https://paper.example/news/probe-h25b';

function fetchedRecord(id: string): ArticleRecord {
  const base = syntheticRecord(10_000_000);
  const text = `${base.text}\n\nThe probe's own paragraph, fetched by a short link.`;
  return {
    ...base,
    id,
    text,
    contentHash: contentHashOf(text),
    url: final,
    urlKey: urlKeyOf(final),
    origin: { kind: 'url', format: 'html', url: asked, finalUrl: final },
  };
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const value = await work();
  return [performance.now() - t, value];
}

async function probeUrlLookup(runs: number): Promise<Record<string, number | string>> {
  const figures: Record<string, number | string> = {};
  const [openMs, db] = await timed(() => openArchive('verso'));
  figures.openMs = openMs;
  figures.pendingAtOpen = String(await urlKeysToFill(db));
  figures.articles = await db.articles.count();
  const [addMs, added] = await timed(() =>
    storeArticles(db, [{ record: fetchedRecord('probe-h25b-1'), derivedTitle: false }]),
  );
  figures.addMs = addMs;
  figures.added = added[0]?.kind ?? '';
  const check = async (label: string): Promise<void> => {
    const lookups: number[] = [];
    const stores: number[] = [];
    for (let i = 0; i < runs; i++) {
      const [ms, rows] = await timed(() => fetchedFrom(db, [urlKeyOf(asked)]));
      lookups.push(ms);
      figures[`${label}Found`] = rows.map((r) => r.articleId).join(' ');
      const again = { ...fetchedRecord(`probe-h25b-again-${label}-${i}`) };
      const [storeMs, outcome] = await timed(() =>
        storeArticles(db, [{ record: again, derivedTitle: false }]),
      );
      stores.push(storeMs);
      figures[`${label}Outcome`] = outcome[0]?.kind ?? '';
    }
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
    figures[`${label}LookupMedianMs`] = median(lookups);
    figures[`${label}CheckMedianMs`] = median(stores);
  };
  await check('beforeFill');
  const [fillMs] = await timed(() => fillOlderUrlKeys(db));
  figures.fillMs = fillMs;
  figures.rowsAfterFill = await db.urlKeys.count();
  await check('afterFill');
  db.close();
  return figures;
}

Object.assign(window, { probeUrlLookup });
