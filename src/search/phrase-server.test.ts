import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeArticle } from '../../tests/support/test-articles';
import { memorySearchStore } from '../../tests/support/memory-search-store';
import { SearchEngine, searchDocumentOf } from './search-engine';
import { createSearchServer } from './search-server';
import type { SearchProgress, SearchRequest } from './search-protocol';

// 450 candidates hold both words apart; one holds the phrase. Checking them takes 5 reads.
const apart = Array.from({ length: 450 }, (_, i) =>
  searchDocumentOf(
    makeArticle(i, { text: `Shares went down on day ${i}; the next step is a vote.` }),
  ),
);
const phrase = searchDocumentOf(
  makeArticle(999, { text: 'The chair will step down.', publishedAt: 0 }),
);

/** A saved index whose article reads are counted, each taking 300 ms of the (fake) clock. */
async function countedStore() {
  const store = memorySearchStore([...apart, phrase]);
  await SearchEngine.open(store);
  const reads: number[] = [];
  const counted = {
    ...store,
    documents: async (ids: readonly string[]) => {
      reads.push(ids.length);
      vi.setSystemTime(Date.now() + 300);
      return store.documents(ids);
    },
  };
  return { counted, reads };
}

let nextId = 1;
const request = (body: SearchRequest) => ({ ...body, id: nextId++ });
const query = (text: string): SearchRequest => ({
  kind: 'query',
  db: 'a',
  text,
  filters: {},
  limit: 10,
});

afterEach(() => void vi.useRealTimers());

describe('a phrase query in the search worker', () => {
  it('checks its candidates a read at a time, letting other requests in between', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { counted, reads } = await countedStore();
    const server = createSearchServer(() => counted);
    const progress: SearchProgress[] = [];
    let checked = false;
    const slow = server
      .handle(request(query('"step down"')), (p) => progress.push(p))
      .then((answer) => ((checked = true), answer));
    const quick = await server.handle(request(query('vote')));
    // The plain query answered before the phrase's check was through its candidates.
    expect(quick.kind === 'ok' && quick.matches?.length).toBe(10);
    expect(checked).toBe(false);
    expect(reads.length).toBeLessThan(5);
    const answer = await slow;
    expect(answer.kind === 'ok' && answer.matches?.map((m) => m.id)).toEqual([phrase.id]);
    // Every candidate read once, 100 a read; told how far it had got meanwhile.
    expect(reads).toEqual([100, 100, 100, 100, 51]);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => p.stage === 'phrase' && p.of === 451 && p.checked < 451)).toBe(
      true,
    );
  });

  it('stops at the next read when cancelled, and fails', async () => {
    const { counted, reads } = await countedStore();
    const server = createSearchServer(() => counted);
    const asked = request(query('"step down"'));
    const answer = server.handle(asked);
    await Promise.resolve();
    server.cancel(asked.id);
    await expect(answer).rejects.toThrow('replaced');
    expect(reads.length).toBeLessThan(5);
  });

  it('stops reading once it holds the limit', async () => {
    const { counted, reads } = await countedStore();
    const server = createSearchServer(() => counted);
    // Every candidate holds "next step": the first read holds more than the limit's 10.
    const answer = await server.handle(request(query('"next step"')));
    expect(answer.kind === 'ok' && answer.matches?.length).toBe(10);
    expect(reads).toEqual([100]);
  });
});
