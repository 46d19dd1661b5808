import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ArchiveDatabase, openArchive } from './database';
import { afterImportWrites, holdLoadsDuring, holdLoadsUntil } from './import-writing';
import { archiveSearchStore } from './search-store';
import { warmSketches } from './sketch-index';
import { aWhile, sharedLocks, watchSettled } from '../../tests/support/shared-locks';

const realNavigator = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
afterEach(() => {
  if (realNavigator) Object.defineProperty(globalThis, 'navigator', realNavigator);
  else Reflect.deleteProperty(globalThis, 'navigator');
});

/** A promise and the functions that settle it. */
function deferred() {
  let resolve: () => void = () => undefined;
  let reject: (error: Error) => void = () => undefined;
  const promise = new Promise<void>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}

describe('background loads yield to an import’s writes', () => {
  it('a load waits while any import of its archive writes (not another archive’s), and goes on when the last has stored or failed', async () => {
    const locks = sharedLocks();
    locks.install();
    const [first, second] = [deferred(), deferred()];
    holdLoadsDuring('a', first.promise);
    holdLoadsDuring('a', second.promise);
    await aWhile();
    // Shared: two imports write at once, neither waiting for the other.
    expect(locks.holders('verso-import-writing:a')).toBe(2);
    const load = watchSettled(afterImportWrites('a'));
    await afterImportWrites('b');
    await aWhile();
    expect(load()).toBe(false);
    first.resolve();
    await aWhile();
    expect(load()).toBe(false);
    second.reject(new Error('the import failed'));
    await aWhile();
    expect(load()).toBe(true);
    expect(locks.holders('verso-import-writing:a')).toBe(0);
  });

  it('a hold for an import about to start lasts until it is let go, or until its time is up', async () => {
    const locks = sharedLocks();
    locks.install();
    const release = holdLoadsUntil('a', 60_000);
    await aWhile();
    const load = watchSettled(afterImportWrites('a'));
    await aWhile();
    expect(load()).toBe(false);
    release();
    release();
    await aWhile();
    expect(load()).toBe(true);
    // Never let go (a picker left open): the loads go on once `most` has passed.
    holdLoadsUntil('a', 60);
    await aWhile();
    const later = watchSettled(afterImportWrites('a'));
    await aWhile();
    expect(later()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(later()).toBe(true);
    expect(locks.holders('verso-import-writing:a')).toBe(0);
  });

  it('where there are no Web Locks, nothing waits', async () => {
    Object.defineProperty(globalThis, 'navigator', { value: {}, configurable: true });
    holdLoadsDuring('a', new Promise(() => undefined));
    await afterImportWrites('a');
  });

  it('the sketches’ load and the saved index’s segment reads wait for the writes, then finish', async () => {
    sharedLocks().install();
    const db = await openArchive(`loads-${crypto.randomUUID()}`);
    await db.sketches.bulkAdd(
      Array.from({ length: 1500 }, (_, i) => ({
        articleId: `filler-${i}`,
        sketch: Uint32Array.from({ length: 16 }, (_, k) => 7 + i * 16 + k),
      })),
    );
    // Packed by a first load, so the next connection's load reads packs (as at a reopening).
    expect(await warmSketches(db)).toBe(1500);
    const fresh = new ArchiveDatabase(db.name);
    await fresh.open();
    const writes = deferred();
    holdLoadsDuring(db.name, writes.promise);
    const sketches = warmSketches(fresh);
    const loaded = watchSettled(sketches);
    const segment = watchSettled(archiveSearchStore(fresh).loadSegment(1));
    await aWhile();
    expect([loaded(), segment()]).toEqual([false, false]);
    writes.resolve();
    expect(await sketches).toBe(1500);
    await aWhile();
    expect(segment()).toBe(true);
    fresh.close();
    db.close();
    await db.delete();
  });

  it('the sketches’ sort asks again between its passes, so an import begun meanwhile stops it at the next', async () => {
    const locks = sharedLocks();
    // Every time a load asks whether an import writes (an exclusive request of the lock).
    let asked = 0;
    Object.defineProperty(globalThis, 'navigator', {
      value: {
        locks: {
          request: (name: string, options: { mode?: string }, callback: () => Promise<unknown>) => {
            if (options.mode === 'exclusive') asked++;
            return locks.request(name, options as { mode?: 'shared' }, callback);
          },
        },
      },
      configurable: true,
    });
    const askedLoading = async (articles: number): Promise<number> => {
      const db = await openArchive(`sort-steps-${crypto.randomUUID()}`);
      await db.sketches.bulkAdd(
        Array.from({ length: articles }, (_, i) => ({
          articleId: `filler-${i}`,
          sketch: Uint32Array.from({ length: 16 }, (_, k) => 7 + i * 16 + k),
        })),
      );
      const before = asked;
      expect(await warmSketches(db)).toBe(articles);
      db.close();
      await db.delete();
      return asked - before;
    };
    // 100 articles' 1,600 values sort in one step; 1,200 articles' 19,200 in four radix passes.
    const [small, large] = [await askedLoading(100), await askedLoading(1200)];
    expect(large - small).toBe(4);
  });
});
