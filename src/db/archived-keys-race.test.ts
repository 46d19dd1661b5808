import 'fake-indexeddb/auto';
import type { DBCore, Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ArchiveDatabase } from './database';
import { storeArticles, type ToStore } from './store-article';
import { batchStamped, readStamp, saveArchivedKeys, warmArchivedKeys } from './archived-keys';
import { hashKey, KeyFilter } from './key-filter';
import { bumpRevision } from './revision';
import { makeArticle } from '../../tests/support/test-articles';
import type { ArticleRecord } from './records';

const opened: ArchiveDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});
const item = (record: ArticleRecord): ToStore => ({ record, derivedTitle: false });
/** What importItems does at a batch's start. */
const startBatch = (db: ArchiveDatabase): Promise<void> =>
  db.transaction('rw', [db.meta, db.archivedKeys], async () => {
    const before = await readStamp(db);
    await batchStamped(db, before, await bumpRevision(db));
  });

describe('saveArchivedKeys racing the end of a build', () => {
  it('never saves a stale filter under the current stamp', async () => {
    const name = `race-${crypto.randomUUID()}`;
    let arm: (() => void) | undefined;
    const page = new ArchiveDatabase(name);
    // Calls `arm` right after the build's step transaction (readonly, on articleSummaries) is made.
    const hook: Middleware<DBCore> = {
      stack: 'dbcore',
      name: 'RaceHook',
      create: (down) => ({
        ...down,
        transaction(stores, mode, options) {
          const tx = down.transaction(stores, mode, options);
          if (arm && mode === 'readonly' && stores.includes('articleSummaries')) {
            const go = arm;
            arm = undefined;
            go();
          }
          return tx;
        },
      }),
    };
    page.use(hook);
    await page.open();
    const other = new ArchiveDatabase(name);
    await other.open();
    opened.push(page, other);

    await storeArticles(page, [item(makeArticle(1))]);
    await warmArchivedKeys(page); // built and saved: page's filter current
    // Another tab stores article 2: page's filter is now stale (left aside, correctly).
    await storeArticles(other, [item(makeArticle(2))]);
    // Page rebuilds (warm at start); an import in this page ends just as the build's last step runs.
    const third = new ArchiveDatabase(name);
    await third.open();
    opened.push(third);
    let saving: Promise<void> | undefined;
    let thirdStarted: Promise<void> | undefined;
    arm = () => {
      saving = saveArchivedKeys(page);
      thirdStarted = startBatch(third);
    };
    await warmArchivedKeys(page);
    await saving;
    await thirdStarted;
    // The third tab's import goes on: a repeat of article 2 must be found.
    const [dup] = await storeArticles(third, [item({ ...makeArticle(2), id: 'dup-2' })]);
    expect(dup?.kind).toBe('already-archived');

    const saved = await page.archivedKeys.get('filter');
    const stamp = await page.transaction('r', page.meta, () => readStamp(page));
    if (saved && 'bits' in saved && saved.stamp === stamp) {
      const restored = KeyFilter.restored(saved.bits, saved.added);
      // The saved row claims to be current, so it must hold article 2's hash.
      expect(restored?.mayHave(hashKey(makeArticle(2).contentHash))).toBe(true);
    }
    // And the next page's import must find the repeat of article 2.
    const next = new ArchiveDatabase(name);
    await next.open();
    opened.push(next);
    await next.transaction('rw', [next.meta, next.archivedKeys], async () => {
      const before = await readStamp(next);
      await batchStamped(next, before, await bumpRevision(next));
    });
    const [repeat] = await storeArticles(next, [item({ ...makeArticle(2), id: 'repeat-2' })]);
    expect(repeat?.kind).toBe('already-archived');
  });
});
