/**
 * The search index at archive scale, in Node (no browser): the segmented engine at 10,000 and
 * 100,000 synthetic articles — build time, heap after build, bytes saved, query median, an import
 * of 100 (bytes written) — beside MiniSearch (the engine it replaced) at 10,000 in the same run.
 * Run: npm run bench -- search-index   (SEARCH_SIZES=10000,100000 by default; texts repeat every
 * SEARCH_DISTINCT=5000 articles).
 */
import MiniSearch from 'minisearch';
import {
  SearchEngine,
  searchDocumentOf,
  type SearchDocument,
  type SearchStore,
} from '../src/search/search-engine';
import { isOlderRow, type SavedSegment } from '../src/search/stored-segment';
import { memorySearchStore } from '../tests/support/memory-search-store';
import { syntheticArticle, syntheticQueries } from './archive-synthetic';
import { parseInstant } from '../src/core/extract/parse-instant';

const sizes = (process.env.SEARCH_SIZES ?? '10000,100000').split(',').map(Number);

// Making an article costs more than indexing it, so texts repeat every 5,000 articles (under
// new ids): the vocabulary is the same 8,000 words either way, and postings per article match.
const distinct = Number(process.env.SEARCH_DISTINCT ?? 5000);
const made = new Map<number, ReturnType<typeof syntheticArticle>>();

function doc(i: number): SearchDocument {
  const key = i % distinct;
  const a = made.get(key) ?? syntheticArticle(key);
  made.set(key, a);
  return searchDocumentOf({ ...a, id: `bench-${i}`, publishedAt: parseInstant(a.publishedAt) });
}

/** The JS heap plus array buffers' memory (typed arrays live outside the heap). */
function heapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 1e6;
}

function rowBytes(row: SavedSegment): number {
  let bytes = row.publishedAt.byteLength + row.lengths.byteLength;
  const postings =
    'postings' in row ? [...row.counts, ...row.postings] : [...row.docs, ...row.freqs];
  for (const a of [...row.offsets, ...postings]) bytes += a.byteLength;
  for (const t of row.terms) bytes += t.length;
  if (isOlderRow(row)) {
    for (const id of row.ids) bytes += id.length;
    for (const s of row.sources) bytes += s.length;
    return bytes;
  }
  bytes += row.ids.text.length + row.ids.ends.byteLength + row.idOrder.byteLength;
  for (const s of row.sourceNames) bytes += s.length;
  return bytes + row.sourceOf.byteLength + row.tagEnds.byteLength + row.tagRefs.byteLength;
}

const median = (v: readonly number[]): number => [...v].sort((a, b) => a - b)[v.length >> 1] ?? NaN;

function timeQueries(query: (q: string) => unknown): number {
  const times: number[] = [];
  for (const q of syntheticQueries()) {
    const t = performance.now();
    query(q);
    times.push(performance.now() - t);
  }
  return median(times);
}

async function segmented(n: number): Promise<void> {
  const store = memorySearchStore([]);
  let count = n;
  // Articles are made as the index reads them, so the heap measured is the index's own.
  const generated: SearchStore = {
    ...store,
    count: async () => count,
    eachArticle: async (visit) => {
      for (let i = 0; i < n; i++) visit(doc(i));
    },
  };
  const before = heapMB();
  let t = performance.now();
  const engine = await SearchEngine.open(generated);
  const buildMs = performance.now() - t;
  const heap = heapMB() - before;
  let saved = 0;
  for (const row of store.rows.values()) saved += rowBytes(row);
  const queryMedian = timeQueries((q) => engine.query(q, {}, 20));
  const more = Array.from({ length: 100 }, (_, i) => doc(n + i));
  t = performance.now();
  more.forEach((d, i) => engine.apply([d], [], 2 + i));
  store.revisionNow = 101;
  count += 100;
  await engine.persist(generated);
  const importMs = performance.now() - t;
  const written = (store.saves.at(-1)?.put ?? []).reduce((sum, r) => sum + rowBytes(r), 0);
  t = performance.now();
  const loaded = await SearchEngine.open(generated);
  const loadMs = performance.now() - t;
  console.log(
    `  segmented, ${n.toLocaleString('en')} articles: build ${(buildMs / 1000).toFixed(1)} s (making the articles included); memory ${heap.toFixed(0)} MB (heap + array buffers: the index and its saved rows, which share the typed arrays); saved ${(saved / 1e6).toFixed(0)} MB in ${engine.size.segments} segments, ${engine.size.terms.toLocaleString('en')} terms; load ${loadMs.toFixed(0)} ms (${loaded.size.documents.toLocaleString('en')} articles); query median ${queryMedian.toFixed(2)} ms; import of 100 (apply each + save) ${importMs.toFixed(0)} ms, ${(written / 1e6).toFixed(2)} MB written`,
  );
}

function miniSearch(n: number): void {
  const before = heapMB();
  const t = performance.now();
  const index = new MiniSearch<SearchDocument>({ fields: ['title', 'byline', 'source', 'text'] });
  for (let i = 0; i < n; i++) index.add(doc(i));
  const buildMs = performance.now() - t;
  const heap = heapMB() - before;
  const json = JSON.stringify(index).length;
  const queryMedian = timeQueries((q) =>
    index.search(q, { combineWith: 'AND', prefix: (_, i, all) => i === all.length - 1 }),
  );
  console.log(
    `  MiniSearch (baseline), ${n.toLocaleString('en')} articles: build ${(buildMs / 1000).toFixed(1)} s; memory ${heap.toFixed(0)} MB; JSON ${(json / 1e6).toFixed(0)} MB; query median ${queryMedian.toFixed(2)} ms`,
  );
}

/** Prints the figures. */
export async function runSearchIndexBench(): Promise<void> {
  // Made before any heap is measured, so the figures hold the index alone.
  for (let i = 0; i < distinct; i++) doc(i);
  miniSearch(10_000);
  for (const n of sizes) await segmented(n);
}

if (import.meta.url === `file://${process.argv[1]}`) await runSearchIndexBench();
