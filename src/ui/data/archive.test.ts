import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { urlKeysToFill } from '../../db/url-key-fill';
import { archiveAsOf } from '../../../tests/support/archive-as-of';
import { makeArticle } from '../../../tests/support/test-articles';
import { archive, archiveFoundAt } from './archive';

describe("the app's archive, declared as the early open found it", () => {
  it('upgrades with every version an archive that turned out older than the early open said', async () => {
    // The early open found no archive, so the current schema alone is declared…
    archiveFoundAt(0);
    // …but a tab of an older build made one since (v19, an article in it).
    const old = archiveAsOf('verso', 19);
    await old.open();
    await old.table('articles').add(makeArticle(0));
    old.close();
    const first = archive();
    await expect(first.articles.count()).rejects.toThrow();
    // The read is asked again, of a connection that declares every version and upgrades it.
    const again = archive();
    expect(again).not.toBe(first);
    expect(await again.articles.count()).toBe(1);
    expect(again.backendDB().version).toBe(200);
    expect(await urlKeysToFill(again)).toBe(true); // v20's own upgrade ran
    expect(archive()).toBe(again);
    again.close();
  });
});
