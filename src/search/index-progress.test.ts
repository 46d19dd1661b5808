import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { memorySearchStore, type MemorySearchStore } from '../../tests/support/memory-search-store';
import { makeArticle } from '../../tests/support/test-articles';
import { IndexProgressHub, type IndexProgress, type SearchWait } from './index-progress';
import { rebuildStep, SearchEngine, searchDocumentOf } from './search-engine';
import { searchIndexInProcess } from './search-in-process';
import type { SearchProgress } from './search-protocol';
import { createSearchServer } from './search-server';
import type { SavedSegment, SearchManifest } from './stored-segment';

// The articles tests/fixtures/search-rows-v4 was made from (see its README), less the one deleted.
const articles = Array.from({ length: 24 }, (_, i) =>
  makeArticle(i, i % 6 === 5 ? { tags: ['rail', 'strike'] } : {}),
).filter((a) => a.id !== 'article-000003');

/** A store holding the index a build of terms version 4 saved: three rows of 8, one deleted. */
function upgradedStore(): MemorySearchStore {
  const url = new URL('../../tests/fixtures/search-rows-v4/rows.bin', import.meta.url);
  const old = deserialize(readFileSync(url)) as { manifest: SearchManifest; rows: SavedSegment[] };
  const store = memorySearchStore(articles.map(searchDocumentOf));
  store.revisionNow = old.manifest.revision;
  store.manifest = old.manifest;
  for (const row of old.rows) store.rows.set(row.id, row);
  return store;
}

const convert = (done: number): IndexProgress => ({ work: 'convert', done, of: 23 });

describe('the progress of an index made ready', () => {
  it('says a conversion at once, counts the articles of an older version’s rows as they convert, then the save', async () => {
    const heard: IndexProgress[] = [];
    await SearchEngine.open(upgradedStore(), { onProgress: (p) => heard.push(p) });
    expect(heard).toEqual([convert(0), convert(7), convert(15), convert(23)]);
  });

  it('says nothing of a small index this version saved, read in one row', async () => {
    const store = memorySearchStore(articles.map(searchDocumentOf));
    await SearchEngine.open(store);
    const heard: IndexProgress[] = [];
    await SearchEngine.open(store, { onProgress: (p) => heard.push(p) });
    expect(heard).toEqual([]);
  });

  it('counts a rebuild’s articles every step, then the save', async () => {
    const many = Array.from({ length: 2 * rebuildStep + 5 }, (_, i) =>
      searchDocumentOf(makeArticle(i)),
    );
    const heard: IndexProgress[] = [];
    await SearchEngine.open(memorySearchStore(many), { onProgress: (p) => heard.push(p) });
    const of = many.length;
    expect(heard).toEqual([
      { work: 'rebuild', done: 0, of },
      { work: 'rebuild', done: rebuildStep, of },
      { work: 'rebuild', done: 2 * rebuildStep, of },
      { work: 'rebuild', done: of, of },
    ]);
  });

  it('is told to a query the worker holds while the index converts, then the query answers', async () => {
    const server = createSearchServer(() => upgradedStore());
    const heard: SearchProgress[] = [];
    const answer = await server.handle(
      { id: 7, kind: 'query', db: 'a', text: 'rail', filters: {}, limit: 50 },
      (p) => heard.push(p),
    );
    expect(heard).toEqual(
      [0, 7, 15, 23].map((done) => ({ id: 7, kind: 'progress', stage: 'index', ...convert(done) })),
    );
    const fresh = await SearchEngine.open(memorySearchStore(articles.map(searchDocumentOf)));
    const ids = fresh.query('rail', {}, 50).map((m) => m.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(answer.kind === 'ok' && answer.matches?.map((m) => m.id)).toEqual(ids);
    // Converted and saved once: the next query waits for nothing.
    const later: SearchProgress[] = [];
    await server.handle(
      { id: 8, kind: 'query', db: 'a', text: 'rail', filters: {}, limit: 50 },
      (p) => later.push(p),
    );
    expect(later).toEqual([]);
  });

  it('is told to a query asked in-process, and a query asked late hears the latest news first', async () => {
    const store = upgradedStore();
    // Each segment row is read when the test lets it.
    const lets: (() => void)[] = [];
    const index = searchIndexInProcess({
      ...store,
      loadSegment: async (id) => {
        await new Promise<void>((resolve) => lets.push(resolve));
        return store.loadSegment(id);
      },
    });
    // Waits until the next row is asked for (the one before it read and told), then lets it be.
    const asked = async (): Promise<void> => {
      while (lets.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    };
    const next = async (): Promise<void> => {
      await asked();
      lets.shift()?.();
    };
    const early: SearchWait[] = [];
    const late: SearchWait[] = [];
    const first = index.query('rail', {}, 50, { onProgress: (p) => early.push(p) });
    // Before any row is read, the query hears that the index converts.
    await asked();
    expect(early).toEqual([{ stage: 'index', ...convert(0) }]);
    await next();
    await asked();
    expect(early).toEqual([0, 7].map((done) => ({ stage: 'index', ...convert(done) })));
    const askedLate = index.query('rail', {}, 50, { onProgress: (p) => late.push(p) });
    expect(late).toEqual([{ stage: 'index', ...convert(7) }]);
    await next();
    await next();
    await Promise.all([first, askedLate]);
    const all = [0, 7, 15, 23].map((done) => ({ stage: 'index', ...convert(done) }));
    expect(early).toEqual(all);
    expect(late).toEqual(all.slice(1));
  });

  it('keeps a rebuild’s news when the load it replaced reads on and ends', () => {
    const hub = new IndexProgressHub();
    const load = hub.begin();
    load.tell({ work: 'load', done: 7, of: 23 });
    const rebuild = hub.begin();
    rebuild.tell({ work: 'rebuild', done: 0, of: 23 });
    load.tell({ work: 'load', done: 15, of: 23 });
    load.ended();
    const heard: IndexProgress[] = [];
    const unheard = hub.listen((p) => heard.push(p));
    expect(heard).toEqual([{ work: 'rebuild', done: 0, of: 23 }]);
    rebuild.tell({ work: 'rebuild', done: 23, of: 23 });
    rebuild.ended();
    unheard();
    expect(heard).toEqual([
      { work: 'rebuild', done: 0, of: 23 },
      { work: 'rebuild', done: 23, of: 23 },
    ]);
    const later: IndexProgress[] = [];
    hub.listen((p) => later.push(p));
    expect(later).toEqual([]);
  });

  it('tells a search asked after a replaced load ended that the rebuild still runs, until it ends', async () => {
    const store = upgradedStore();
    // Each segment row, and the rebuild's read of the articles, go ahead when the test lets them.
    const lets: (() => void)[] = [];
    const gate = (): Promise<void> => new Promise<void>((resolve) => lets.push(resolve));
    const index = searchIndexInProcess({
      ...store,
      loadSegment: async (id) => {
        await gate();
        return store.loadSegment(id);
      },
      eachArticle: async (visit) => {
        await gate();
        return store.eachArticle(visit);
      },
    });
    const asked = async (): Promise<void> => {
      while (lets.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    };
    const early: SearchWait[] = [];
    const first = index.query('rail', {}, 50, { onProgress: (p) => early.push(p) });
    await asked();
    lets.shift()?.();
    await asked();
    expect(early).toEqual([0, 7].map((done) => ({ stage: 'index', ...convert(done) })));
    // The archive changed under the load: a rebuild replaces it, and waits to read the articles.
    const rebuilt = index.rebuild();
    while (lets.length < 2) await new Promise((resolve) => setTimeout(resolve, 1));
    const [segment, articlesRead] = lets.splice(0, 2);
    // The load reads on and ends; its search answers.
    segment?.();
    await asked();
    lets.shift()?.();
    await first;
    const late: SearchWait[] = [];
    const second = index.query('rail', {}, 50, { onProgress: (p) => late.push(p) });
    expect(late).toEqual([{ stage: 'index', work: 'rebuild', done: 0, of: 23 }]);
    articlesRead?.();
    await Promise.all([rebuilt, second]);
    expect(late).toEqual([
      { stage: 'index', work: 'rebuild', done: 0, of: 23 },
      { stage: 'index', work: 'rebuild', done: 23, of: 23 },
    ]);
    const after: SearchWait[] = [];
    await index.query('rail', {}, 50, { onProgress: (p) => after.push(p) });
    expect(after).toEqual([]);
  });
});
