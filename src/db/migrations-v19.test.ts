import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ArchiveDatabase } from './database';
import { storeArticles } from './store-article';
import { checkSummaries, fillOlderSummaries } from './summary-fill';
import { warmArchivedKeys } from './archived-keys';
import { repairFacets } from './tags';
import { makeArticle } from '../../tests/support/test-articles';
import { archiveAsOf } from '../../tests/support/archive-as-of';

describe('upgrade to v19 and the archived-keys filter', () => {
  it('an archive from v16 (summaries to fill) finds every repeat before and after the filter is built', async () => {
    const name = `v19-${crypto.randomUUID()}`;
    const old = archiveAsOf(name, 16);
    await old.open();
    await old.table('articles').bulkAdd(Array.from({ length: 1500 }, (_, i) => makeArticle(i)));
    await old.table('meta').put({ key: 'revision', value: 7 });
    old.close();
    const db = new ArchiveDatabase(name);
    await db.open();
    expect(await db.archivedKeys.count()).toBe(0);
    await repairFacets(db);
    expect(await checkSummaries(db)).toBe(false);
    await warmArchivedKeys(db); // summaries still to fill: nothing built
    expect(await db.archivedKeys.count()).toBe(0);
    const r1 = await storeArticles(db, [
      { record: { ...makeArticle(1400), id: 'x1' }, derivedTitle: false },
    ]);
    expect(r1[0]?.kind).toBe('already-archived');
    await fillOlderSummaries(db);
    await warmArchivedKeys(db);
    expect(await db.archivedKeys.count()).toBe(1);
    const again = await storeArticles(
      db,
      [5, 999, 1001, 1499].map((i) => ({
        record: { ...makeArticle(i), id: `y${i}` },
        derivedTitle: false,
      })),
    );
    expect(again.map((o) => o.kind)).toEqual(Array(4).fill('already-archived'));
    await db.delete();
  });
});
