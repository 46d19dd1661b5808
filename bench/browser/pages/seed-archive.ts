/**
 * Fills the app's own database (`verso`, same origin as the renderer) with `n` synthetic articles
 * in bulk, as if they had been imported: articles, near-copy sketches, tags, a revision and a
 * saved search index (no fingerprints: the app stores none since session 13; profiles seeded
 * before then still hold rows the app no longer reads). Importing 100,000 files through the UI
 * would take hours; this takes minutes.
 */
import { openArchive } from '../../../src/db/database';
import { deriveFingerprintRecord } from '../../../src/db/derive';
import { bumpRevision } from '../../../src/db/revision';
import { searchIndexFor } from '../../../src/ui/data/search-link';
import { rememberTags } from '../../../src/db/tags';
import { putSketches } from '../../../src/db/sketches';
import { syntheticRecord } from './synthetic-records';
import { searchArticles } from '../../../src/ui/data/search';
import { syntheticQueries, vocabulary } from '../../archive-synthetic';

const chunk = 1000;

/** Runs one step, saying which failed and how (a DexieError reaches the bench as its bare name). */
async function step<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const e = error as {
      name?: string;
      message?: string;
      inner?: { name?: string; message?: string };
    };
    throw new Error(
      `${name}: ${e.name ?? ''} ${e.message ?? String(error)}${e.inner ? ` (${e.inner.name ?? ''} ${e.inner.message ?? ''})` : ''}`,
      { cause: error },
    );
  }
}

async function seedArchive(n: number): Promise<Record<string, number>> {
  const db = await openArchive('verso');
  const started = performance.now();
  for (let i = 0; i < n; i += chunk) {
    const records = Array.from({ length: Math.min(chunk, n - i) }, (_, j) =>
      syntheticRecord(i + j),
    );
    await step(`seeding articles ${i}+`, () =>
      db.transaction('rw', [db.articles, db.sketches, db.tags, db.meta], async () => {
        const rows = records.map(deriveFingerprintRecord);
        await db.articles.bulkAdd(records);
        await putSketches(db, rows, true);
        await rememberTags(db, [...new Set(records.flatMap((r) => r.tags))]);
        await bumpRevision(db);
      }),
    );
  }
  const filledMs = performance.now() - started;
  const indexStart = performance.now();
  if (n > 0) await step('building the search index', () => searchIndexFor(db).rebuild());
  const indexMs = performance.now() - indexStart;
  db.close();
  return { n, filledMs, indexMs };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

/** First search (the index loads in its worker) and the median of the synthetic queries after. */
async function benchSearch(): Promise<Record<string, number>> {
  const db = await openArchive('verso');
  const queries = syntheticQueries();
  const first = performance.now();
  await searchArticles(db, queries[0] ?? 'x', {}, 20);
  const firstSearchMs = performance.now() - first;
  const times: number[] = [];
  for (const query of queries) {
    const t = performance.now();
    await searchArticles(db, query, {}, 20);
    times.push(performance.now() - t);
  }
  db.close();
  return { firstSearchMs, searchMedianMs: median(times), queries: queries.length };
}

/**
 * Quoted phrases at the library's limit (1,000), each timed, then a plain query asked while the
 * slowest phrase is being checked, timed to its answer. The synthetic words are drawn
 * independently, so a phrase of two common words is in almost every article ("common"), while two
 * middling words meet in ~16% of articles and are side by side in ~0.04% ("rare": every candidate
 * read), and two frequent words meet in most articles, side by side in ~1% ("scattered").
 */
async function benchPhrases(): Promise<Record<string, number>> {
  const db = await openArchive('verso');
  const word = (rank: number): string => vocabulary[rank] ?? 'x';
  const phrases: Record<string, string> = {
    common: `"${word(0)} ${word(1)}"`,
    rare: `"${word(100)} ${word(200)}"`,
    scattered: `"${word(20)} ${word(30)}"`,
  };
  const figures: Record<string, number> = {};
  await searchArticles(db, word(500), {}, 20);
  for (const [name, query] of Object.entries(phrases)) {
    const t = performance.now();
    figures[`${name}Hits`] = (await searchArticles(db, query, {}, 1000)).length;
    figures[`${name}Ms`] = performance.now() - t;
  }
  const slow = searchArticles(db, phrases.scattered ?? '', {}, 1000);
  await new Promise((resolve) => setTimeout(resolve, 200));
  const t = performance.now();
  await searchArticles(db, syntheticQueries()[12] ?? 'x', {}, 20);
  figures.plainDuringCheckMs = performance.now() - t;
  await slow;
  db.close();
  return figures;
}

Object.assign(window, { seedArchive, benchSearch, benchPhrases });
