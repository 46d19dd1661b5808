import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeArticle } from '../../tests/support/test-articles';
import { memorySearchStore } from '../../tests/support/memory-search-store';
import { SearchEngine, searchDocumentOf } from './search-engine';
import { createSearchServer } from './search-server';
import type { SearchRequest } from './search-protocol';

const articles = Array.from({ length: 60 }, (_, i) => searchDocumentOf(makeArticle(i)));

/** A saved index over the articles whose segment reads wait until `release` is called. */
async function gatedStore() {
  const store = memorySearchStore(articles);
  await SearchEngine.open(store);
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const counts = { segmentsRead: 0, articlesRead: 0 };
  const gated = {
    ...store,
    loadSegment: async (id: number) => {
      await gate;
      counts.segmentsRead++;
      return store.rows.get(id);
    },
    eachArticle: async (visit: Parameters<typeof store.eachArticle>[0]) => {
      counts.articlesRead++;
      await store.eachArticle(visit);
    },
  };
  return { store, gated, release, counts };
}

let nextId = 1;
afterEach(() => vi.useRealTimers());
const request = (body: SearchRequest) => ({ ...body, id: nextId++ });

describe('the search server', () => {
  it('answers open before the segments are read, and applies what follows once they are', async () => {
    const { store, gated, release, counts } = await gatedStore();
    const server = createSearchServer(() => gated);
    expect((await server.handle(request({ kind: 'open', db: 'a' }))).kind).toBe('ok');
    // Pinned at revision 1 with nothing read: a batch may now stamp its revision and write.
    expect(counts.segmentsRead).toBe(0);
    const added = searchDocumentOf(makeArticle(500, { title: 'Zeppelin over Norfolk' }));
    store.docs.set(added.id, added);
    store.revisionNow = 2;
    const apply = server.handle(
      request({
        kind: 'apply',
        db: 'a',
        upserts: [added],
        removals: [],
        revision: 2,
        persist: false,
      }),
    );
    const query = server.handle(
      request({ kind: 'query', db: 'a', text: 'zeppelin', filters: {}, limit: 10 }),
    );
    release();
    await apply;
    const found = await query;
    expect(found.kind === 'ok' && found.matches?.map((m) => m.id)).toEqual([added.id]);
    const old = await server.handle(
      request({ kind: 'query', db: 'a', text: 'ministers', filters: {}, limit: 100 }),
    );
    expect(old.kind === 'ok' && old.matches?.length).toBe(61);
    // Loaded, not rebuilt, though the archive moved on while it loaded; and saved at revision 2.
    expect(counts.articlesRead).toBe(0);
    await server.handle(request({ kind: 'persist', db: 'a' }));
    expect(store.manifest?.revision).toBe(2);
    expect(store.saves.at(-1)?.put.map((r) => r.ids.text)).toEqual([added.id]);
  });

  it('an open after an idle second still answers before the segments are read', async () => {
    // The idle turn that makes the term dictionary waits for the load; a write session's `open`
    // (the import's start) must not wait behind it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { gated, release, counts } = await gatedStore();
    const server = createSearchServer(() => gated);
    await server.handle(request({ kind: 'open', db: 'a' }));
    await vi.advanceTimersByTimeAsync(5000);
    let answered = false;
    const again = server.handle(request({ kind: 'open', db: 'a' })).then((answer) => {
      answered = true;
      return answer;
    });
    await vi.advanceTimersByTimeAsync(5000);
    expect(answered).toBe(true);
    expect(counts.segmentsRead).toBe(0);
    expect((await again).kind).toBe('ok');
    release();
    const found = await server.handle(
      request({ kind: 'query', db: 'a', text: 'ministers', filters: {}, limit: 100 }),
    );
    expect(found.kind === 'ok' && found.matches?.length).toBe(60);
  });

  it('an index that does not match the archive is rebuilt before open answers', async () => {
    const { store, gated, release, counts } = await gatedStore();
    store.revisionNow = 7;
    release();
    const server = createSearchServer(() => gated);
    await server.handle(request({ kind: 'open', db: 'a' }));
    expect(counts.articlesRead).toBe(1);
    expect(store.manifest?.revision).toBe(7);
  });

  it('open catches up with what another writer saved since the index was loaded', async () => {
    const { store, gated, release } = await gatedStore();
    release();
    const server = createSearchServer(() => gated);
    await server.handle(request({ kind: 'open', db: 'a' }));
    const theirs = await SearchEngine.open(store);
    const added = searchDocumentOf(makeArticle(700, { title: 'Quokka census' }));
    store.docs.set(added.id, added);
    theirs.apply([added], [], (store.revisionNow = 3));
    await theirs.persist(store);
    await server.handle(request({ kind: 'open', db: 'a' }));
    const found = await server.handle(
      request({ kind: 'query', db: 'a', text: 'quokka', filters: {}, limit: 10 }),
    );
    expect(found.kind === 'ok' && found.matches?.map((m) => m.id)).toEqual([added.id]);
  });

  it('indexes an article named to read back from the store, as written there', async () => {
    const { store, gated, release } = await gatedStore();
    release();
    const server = createSearchServer(() => gated);
    // Written by a worker that held its text: the request names it, the store has it.
    const written = searchDocumentOf(makeArticle(800, { text: 'A narwhal in the Thames.' }));
    store.docs.set(written.id, written);
    store.revisionNow = 2;
    const applied = await server.handle(
      request({
        kind: 'apply',
        db: 'a',
        upserts: [],
        removals: [],
        revision: 2,
        persist: false,
        readBack: [written.id, 'article-gone-since'],
      }),
    );
    expect(applied.kind).toBe('ok');
    const found = await server.handle(
      request({ kind: 'query', db: 'a', text: 'narwhal', filters: {}, limit: 10 }),
    );
    expect(found.kind === 'ok' && found.matches?.map((m) => m.id)).toEqual([written.id]);
  });
});
