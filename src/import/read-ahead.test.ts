import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openArchive, type ArchiveDatabase } from '../db/database';
import { importItems } from './import-items';
import { readAheadFiles } from './read-ahead';
import type { ImportItem } from './import-types';
import { nodeDom } from '../../tests/support/node-dom';

let db: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`overlap-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

/** A promise and the function that settles it. */
function held(): { promise: Promise<void>; release: () => void } {
  let release = (): void => undefined;
  const promise = new Promise<void>((done) => (release = done));
  return { promise, release };
}

/** Files handed over unread, as a browser's picked files are; `reads` names each read begun. */
function unreadFiles(
  count: number,
  reads: string[],
  before: (name: string) => Promise<void> = () => Promise.resolve(),
): ImportItem[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `${i}.txt`;
    const text = `Dispatch ${i}\n\nThe council met on day ${i} and said ${'something new '.repeat(i + 3)}.`;
    return {
      kind: 'file' as const,
      file: {
        name,
        relativePath: `in/${name}`,
        bytes: new Uint8Array(),
        read: async () => {
          reads.push(name);
          await before(name);
          return { bytes: new TextEncoder().encode(text) };
        },
      },
    };
  });
}

describe('an import reading ahead', () => {
  it('reads the next few files while one is still being read', async () => {
    const first = held();
    const reads: string[] = [];
    const items = unreadFiles(10, reads, (name) =>
      name === '0.txt' ? first.promise : Promise.resolve(),
    );
    const importing = importItems(db, items, nodeDom);
    const ahead = Array.from({ length: readAheadFiles + 1 }, (_, i) => `${i}.txt`);
    await vi.waitFor(() => expect(reads).toEqual(ahead));
    first.release();
    const results = await importing;
    // Read ahead, imported in order: the batch's first file is still its first article.
    expect(results.map((r) => r.kind === 'added' && r.title)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Dispatch ${i}`),
    );
    expect(reads).toHaveLength(10);
  });

  it('leaves the files read ahead of a cancel unused, a failed read among them said nowhere', async () => {
    const first = held();
    const reads: string[] = [];
    const stop = new AbortController();
    const items = unreadFiles(6, reads, (name) =>
      name === '0.txt'
        ? first.promise
        : name === '2.txt'
          ? Promise.reject(new Error('NotFoundError'))
          : Promise.resolve(),
    );
    const importing = importItems(db, items, { ...nodeDom, signal: stop.signal });
    await vi.waitFor(() => expect(reads).toHaveLength(readAheadFiles + 1));
    stop.abort();
    first.release();
    const results = await importing;
    expect(results.map((r) => r.kind)).toEqual(Array(6).fill('cancelled'));
    expect(await db.articles.count()).toBe(0);
  });
});
