import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ArchiveDatabase } from './database';
import { openArchiveEarly } from './open-early';

/** Resolves once every request asked of IndexedDB so far has been answered (fake-indexeddb's queue). */
const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));

const names = async (): Promise<string[]> =>
  (await indexedDB.databases()).map((info) => info.name ?? '');

describe('opening the archive early (main.tsx, before the page has loaded Dexie)', () => {
  it('leaves an archive that is not there yet for Dexie to make with its schema', async () => {
    // Said to be not there yet (0), so the page declares the current schema alone.
    expect(await openArchiveEarly('early-new')).toBe(0);
    await settled();
    expect(await names()).not.toContain('early-new');
    const db = new ArchiveDatabase('early-new');
    await db.open();
    // Made whole by Dexie: at its version (not the bare 1 an early open would have made) with
    // every store of its schema.
    expect(db.backendDB().version).toBe(db.verno * 10);
    expect([...db.backendDB().objectStoreNames].sort()).toEqual(
      db.tables.map((table) => table.name).sort(),
    );
    expect(await db.articles.count()).toBe(0);
    db.close();
  });

  it('neither holds up nor changes an archive that is there', async () => {
    const made = new ArchiveDatabase('early-kept');
    await made.articleSummaries.count();
    made.close();
    const early = openArchiveEarly('early-kept');
    // Dexie opens meanwhile: the early connection is closed, so nothing is blocked.
    const db = new ArchiveDatabase('early-kept');
    let blocked = false;
    db.on('blocked', () => void (blocked = true));
    await db.open();
    expect(blocked).toBe(false);
    expect(db.backendDB().version).toBe(db.verno * 10);
    expect(await early).toBe(db.verno * 10);
    db.close();
  });
});
