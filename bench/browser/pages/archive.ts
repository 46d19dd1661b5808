/**
 * Archive figures measured inside Chromium: import of many .txt files, library first page and
 * search on a large archive, each beside a baseline from the same run. Driven by bench/archive.ts.
 */
import { openArchive, type ArchiveDatabase } from '../../../src/db/database';
import { importItems } from '../../../src/import/import-items';
import { exportArchive } from '../../../src/db/backup/backup';
import { listArticles } from '../../../src/db/list-articles';
import { searchArticles } from '../../../src/ui/data/search';
import { searchIndexFor } from '../../../src/ui/data/search-link';
import { requestPersistence, storageUsage } from '../../../src/db/backup/storage';
import type { ArticleRecord } from '../../../src/db/records';
import { contentHashOf } from '../../../src/core/extract/content-hash';
import { countWords, sortKeyOf } from '../../../src/db/sort-keys';
import { syntheticArticle, syntheticQueries } from '../../archive-synthetic';
import { parseInstant } from '../../../src/core/extract/parse-instant';
import { decodeBytes } from '../../../src/core/extract/decode-text';

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

async function freshArchive(name: string): Promise<ArchiveDatabase> {
  const old = await openArchive(name);
  await old.delete();
  // Wired to its search index as the app's archive is, so imports pay for indexing as they do there.
  const db = await openArchive(name);
  searchIndexFor(db);
  return db;
}

function record(i: number): ArticleRecord {
  const a = syntheticArticle(i);
  const id = `bench-${i}`;
  return {
    id,
    ...a,
    publishedAt: parseInstant(a.publishedAt),
    url: '',
    urlKey: '',
    importedAt: Date.UTC(2026, 0, 1) + i * 1000,
    contentHash: contentHashOf(a.text),
    storyId: id,
    note: '',
    html: '',
    origin: { kind: 'file', format: 'txt', name: `${i}.txt`, relativePath: `${i}.txt` },
    sortTitle: sortKeyOf(a.title),
    wordCount: countWords(a.text),
  };
}

/** Collects garbage left by set-up, so it is not counted against the step that follows. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Longest main-thread tasks while `work` runs (Chromium's Long Tasks API: tasks over 50 ms). */
async function watchLongTasks<T>(
  work: () => Promise<T>,
): Promise<{ result: T; longest: number; count: number }> {
  collectGarbage();
  // The collection itself is a long task: let it end before observing.
  await new Promise((r) => setTimeout(r, 0));
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const result = await work();
  await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  return { result, longest: Math.max(0, ...durations), count: durations.length };
}

async function benchImport(count: number): Promise<Record<string, number>> {
  const encoder = new TextEncoder();
  const items = Array.from({ length: count }, (_, i) => {
    const a = syntheticArticle(i);
    const bytes = encoder.encode(`date ${a.publishedAt} ${a.text}`);
    return {
      kind: 'file' as const,
      file: { name: `${i}.txt`, relativePath: `batch/${i}.txt`, bytes },
    };
  });
  const db = await freshArchive('bench-import');
  const started = performance.now();
  const watched = await watchLongTasks(() => importItems(db, items));
  const importMs = performance.now() - started;
  const added = watched.result.filter((r) => r.kind === 'added').length;
  const fingerprints = await db.fingerprints.count();
  await db.delete();

  const records = Array.from({ length: count }, (_, i) => record(i));
  const bare = await freshArchive('bench-bulk');
  const bulkStart = performance.now();
  await bare.articles.bulkAdd(records);
  const bulkAddMs = performance.now() - bulkStart;
  await bare.delete();
  return {
    count,
    added,
    fingerprints,
    importMs,
    bulkAddMs,
    longestTaskMs: watched.longest,
    longTasks: watched.count,
  };
}

// The baselines hold every article in memory; in their own function, that memory is garbage
// (and collected) before the steps measured after them.
async function naiveBaselines(db: ArchiveDatabase): Promise<{
  naiveLibraryMs: number;
  naiveFirstPage: readonly ArticleRecord[];
  naiveSearchMedianMs: number;
}> {
  const naiveStart = performance.now();
  const all = await db.articles.toArray();
  all.sort((a, b) => b.importedAt - a.importedAt);
  const naiveFirstPage = all.slice(0, 50);
  const naiveLibraryMs = performance.now() - naiveStart;
  const texts = all.map((a) => `${a.title}\n${a.byline}\n${a.source}\n${a.text}`.toLowerCase());
  const naive: number[] = [];
  for (const query of syntheticQueries()) {
    const t = performance.now();
    const words = query.toLowerCase().split(/\s+/);
    texts.filter((text) => words.every((w) => text.includes(w))).slice(0, 20);
    naive.push(performance.now() - t);
  }
  return { naiveLibraryMs, naiveFirstPage, naiveSearchMedianMs: median(naive) };
}

async function benchLarge(count: number): Promise<Record<string, number>> {
  const name = 'bench-large';
  let db = await freshArchive(name);
  const fillStart = performance.now();
  for (let i = 0; i < count; i += 1000)
    await db.articles.bulkAdd(
      Array.from({ length: Math.min(1000, count - i) }, (_, j) => record(i + j)),
    );
  const fillMs = performance.now() - fillStart;
  const indexStart = performance.now();
  await searchIndexFor(db).rebuild();
  const indexBuildMs = performance.now() - indexStart;
  db.close();

  const openStart = performance.now();
  db = await openArchive(name);
  const page = await listArticles(db, 'imported-desc', {}, 0, 50);
  const libraryOpenMs = performance.now() - openStart;
  const filteredStart = performance.now();
  await listArticles(db, 'published-desc', { source: 'Source 3', from: '2022-01-01' }, 0, 50);
  const libraryFilteredMs = performance.now() - filteredStart;
  const { naiveLibraryMs, naiveFirstPage, naiveSearchMedianMs } = await naiveBaselines(db);

  const queries = syntheticQueries();
  const coldStart = performance.now();
  const cold = await watchLongTasks(() => searchArticles(db, queries[0] ?? 'x'));
  const firstSearchMs = performance.now() - coldStart;
  const times: number[] = [];
  let hits = 0;
  for (const query of queries) {
    const t = performance.now();
    hits += (await searchArticles(db, query, {}, 20)).length;
    times.push(performance.now() - t);
  }
  const filtered: number[] = [];
  for (const query of queries.slice(0, 10)) {
    const t = performance.now();
    await searchArticles(
      db,
      query,
      { source: 'Source 3', from: '2022-01-01', to: '2024-12-31' },
      20,
    );
    filtered.push(performance.now() - t);
  }
  const more = Array.from({ length: 100 }, (_, i) => {
    const a = syntheticArticle(count + i);
    return { kind: 'paste' as const, text: a.text, title: a.title };
  });
  const moreStart = performance.now();
  const added = await watchLongTasks(() => importItems(db, more));
  const importIntoLargeMs = performance.now() - moreStart;
  const exportStart = performance.now();
  const exported = await watchLongTasks(() => exportArchive(db));
  const exportMs = performance.now() - exportStart;
  const storage = await storageUsage();
  const persisted = await requestPersistence();
  await db.delete();
  return {
    count,
    importIntoLargeMs,
    exportMs,
    exportMB: exported.result.length / 1e6,
    exportLongestTaskMs: exported.longest,
    storageUsedMB: (storage?.usage ?? NaN) / 1e6,
    persistGranted: persisted === true ? 1 : 0,
    importIntoLargeLongestTaskMs: added.longest,
    firstSearchLongestTaskMs: cold.longest,
    fillMs,
    indexBuildMs,
    libraryOpenMs,
    libraryFilteredMs,
    naiveLibraryMs,
    firstPageItems: page.items.length,
    naiveFirstPageItems: naiveFirstPage.length,
    firstSearchMs,
    searchMedianMs: median(times),
    searchFilteredMedianMs: median(filtered),
    naiveSearchMedianMs,
    queries: queries.length,
    meanHits: hits / queries.length,
  };
}

/** The mixed-encoding folder decoded with Chromium's TextDecoder (full WHATWG EUC-KR). */
function benchEncodings(
  cases: readonly { name: string; bytes: number[]; expected: string }[],
): Record<string, number> {
  let right = 0;
  for (const c of cases) {
    const decoded = decodeBytes(Uint8Array.from(c.bytes));
    if (decoded.kind === 'ok' && decoded.text === c.expected) right++;
  }
  return { right, total: cases.length };
}

Object.assign(window, { benchImport, benchLarge, benchEncodings });
