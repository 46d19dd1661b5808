import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArchiveDatabase } from '../../db/database';
import { withTwoArchives } from '../../../tests/support/two-archives';
import { restoreArchive, type ArchiveBackup, type CheckFrom } from '../../db/backup/backup';
import { writeBackup } from '../../db/backup/backup-writer';
import { restoreArticles } from '../../db/articles';
import { makeArticle } from '../../../tests/support/test-articles';
import { checkBackup } from '../../import/check-backup';
import { nodeDom } from '../../../tests/support/node-dom';
import { searchArticles } from '../data/search';
import { rebuildDerivedData } from '../../db/derive';

const check = (backup: ArchiveBackup, from?: CheckFrom) =>
  checkBackup(backup, { window: nodeDom.sanitiseWindow }, from);

let source: ArchiveDatabase;
let target: ArchiveDatabase;
withTwoArchives('restore-derived', (s, t) => {
  source = s;
  target = t;
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function backupOf450(): Promise<Blob> {
  await restoreArticles(
    source,
    Array.from({ length: 450 }, (_, i) => makeArticle(i)),
  );
  const out: string[] = [];
  await writeBackup(source, { write: async (text) => void out.push(text) });
  return new Blob(out);
}

// Every test article's text says "ministers": a search for it finds every article the search
// index holds, to set beside the articles the archive holds.
const found = async (db: ArchiveDatabase): Promise<string[]> =>
  (await searchArticles(db, 'ministers', {}, 5000)).map((h) => h.article.id).sort();
// The near-copy sketches, one list per article (a new import's near copies are found by them).
const sketches = async (db: ArchiveDatabase): Promise<string[]> =>
  (await db.sketches.toArray()).map((r) => `${r.articleId}:${[...r.sketch].join(',')}`).sort();
const archived = async (db: ArchiveDatabase): Promise<string[]> =>
  (await db.articles.toCollection().primaryKeys()).map(String).sort();

describe('a restore that stops part way leaves search saying what the archive holds', () => {
  for (const how of ['cancelled', 'failed'] as const)
    for (const mode of ['replace', 'merge'] as const)
      it(`${mode}, ${how} in its second batch`, async () => {
        const file = await backupOf450();
        await restoreArticles(target, [
          ...Array.from({ length: 50 }, (_, i) => makeArticle(1000 + i)),
          // Same id as one of the backup's: a replace writes the backup's over it.
          makeArticle(7, { title: 'Zebra crossing edited since the backup' }),
        ]);
        // The tab's search index is open, as in the app, before the restore.
        expect(await found(target)).toEqual(await archived(target));
        const controller = new AbortController();
        const stopping = (backup: ArchiveBackup, from?: CheckFrom) => {
          if (from?.checkOnly === false && (from.firstArticle ?? 1) > 100) {
            if (how === 'failed') throw new Error('disk full');
            controller.abort();
          }
          return check(backup, from);
        };
        const result = await restoreArchive(target, file, mode, stopping, {
          batchSize: 100,
          signal: controller.signal,
        });
        expect(result).toMatchObject({ kind: 'failed', partial: true });
        // Searched as the result comes back: the index already holds what was written.
        const searched = await found(target);
        const ids = await archived(target);
        expect(searched).toEqual(ids);
        // The first batch's articles are in, the rest not.
        expect(ids).toContain(makeArticle(99).id);
        expect(ids).not.toContain(makeArticle(100).id);
        // 50 of the archive's, its article 7 (the backup's now, in a replace) and 99 more.
        expect(ids).toHaveLength(150);
        const edited = await searchArticles(target, 'zebra crossing');
        expect(edited.map((h) => h.article.id)).toEqual(
          mode === 'replace' ? [] : [makeArticle(7).id],
        );
        // The sketches are those a rebuild from the articles now there makes.
        const left = await sketches(target);
        expect(left.length).toBeGreaterThanOrEqual(150);
        await rebuildDerivedData(target);
        expect(left).toEqual(await sketches(target));
      });
});
