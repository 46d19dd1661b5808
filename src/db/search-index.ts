import MiniSearch, { type Options } from 'minisearch';
import type { ArchiveDatabase } from './database';
import type { ArticleRecord } from './records';
import { readRevision } from './revision';

/**
 * The full-text index (MiniSearch, BM25-ranked). It is derived data: persisted as one row so that
 * opening the archive does not re-read every text, and rebuilt from the articles whenever the
 * stored copy's revision differs from the archive's.
 */

/** What the index keeps per article besides the terms: enough to filter without reading rows. */
export interface IndexedFields {
  readonly id: string;
  readonly source: string;
  readonly tags: readonly string[];
  readonly publishedAt: string;
}

/** Folds case, accents and typographic quotes so "Ukraine’s" finds "ukraine's". */
export function foldTerm(term: string): string {
  // Most terms are plain ASCII: skip the Unicode work for them.
  if (/^[\x20-\x5f\x61-\x7e]*$/.test(term)) return term.toLowerCase();
  return term.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase();
}

const options: Options<ArticleRecord> = {
  fields: ['title', 'byline', 'source', 'text'],
  storeFields: ['source', 'tags', 'publishedAt'],
  processTerm: (term: string) => foldTerm(term).replace(/^'+|'+$/g, '') || null,
};

interface LiveIndex {
  readonly search: MiniSearch<ArticleRecord>;
  revision: number;
  saveTimer?: ReturnType<typeof setTimeout>;
}

const live = new WeakMap<ArchiveDatabase, Promise<LiveIndex>>();

async function loadOrBuild(db: ArchiveDatabase): Promise<LiveIndex> {
  const revision = await readRevision(db);
  const stored = await db.searchIndex.get('main');
  if (stored && stored.revision === revision) {
    const search = MiniSearch.loadJSON<ArticleRecord>(stored.index, options);
    return { search, revision };
  }
  const search = new MiniSearch<ArticleRecord>(options);
  await db.articles.each((article) => search.add(article));
  const index: LiveIndex = { search, revision };
  await saveSearchIndex(db, index);
  return index;
}

/** The loaded index for this archive, loading or rebuilding it on first use. */
export function ensureSearchIndex(db: ArchiveDatabase): Promise<LiveIndex> {
  let index = live.get(db);
  if (!index) {
    index = loadOrBuild(db);
    live.set(db, index);
    index.catch(() => live.delete(db));
  }
  return index;
}

async function saveSearchIndex(db: ArchiveDatabase, index: LiveIndex): Promise<void> {
  // As one JSON string: IndexedDB copies a string in one piece, but clones an object graph of
  // millions of postings node by node (measured: 9 s to read back at 10,000 articles).
  await db.searchIndex.put({
    id: 'main',
    revision: index.revision,
    index: JSON.stringify(index.search),
  });
}

/** Writes the in-memory index now (imports call this once at the end of a batch). */
export async function persistSearchIndex(db: ArchiveDatabase): Promise<void> {
  const index = await ensureSearchIndex(db);
  clearTimeout(index.saveTimer);
  index.saveTimer = undefined;
  await saveSearchIndex(db, index);
}

/** Applies committed article changes to the index and records the archive's new revision. */
export async function afterArticlesChanged(
  db: ArchiveDatabase,
  upserted: readonly ArticleRecord[],
  removed: readonly string[],
  options: { readonly persist?: boolean; readonly revision?: number } = { persist: true },
): Promise<void> {
  const index = await ensureSearchIndex(db);
  for (const id of removed) if (index.search.has(id)) index.search.discard(id);
  for (const article of upserted) {
    if (index.search.has(article.id)) index.search.discard(article.id);
    index.search.add(article);
  }
  index.revision = options.revision ?? (await readRevision(db));
  if (options.persist) await persistSearchIndex(db);
}

/** Throws the index away and builds it again from the articles. */
export async function rebuildSearchIndex(db: ArchiveDatabase): Promise<void> {
  await db.searchIndex.clear();
  live.delete(db);
  await ensureSearchIndex(db);
}
