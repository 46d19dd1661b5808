import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ArchiveDatabase } from '../database';
import { withTwoArchives } from '../../../tests/support/two-archives';
import { exportArchive, restoreArchive, type ArchiveBackup, type CheckFrom } from './backup';
import { restoreArticles } from '../articles';
import { readRevision } from '../revision';
import { makeArticle } from '../../../tests/support/test-articles';
import { checkBackup } from '../../import/check-backup';
import { nodeDom } from '../../../tests/support/node-dom';

let source: ArchiveDatabase;
let target: ArchiveDatabase;
withTwoArchives('revision', (s, t) => {
  source = s;
  target = t;
});

// Stops as the second writing batch is checked, as a full disk or a closed tab would stop it.
const stopping = (backup: ArchiveBackup, from?: CheckFrom) => {
  if (from?.checkOnly === false && (from.firstArticle ?? 1) > 100) throw new Error('stopped');
  return checkBackup(backup, { window: nodeDom.sanitiseWindow }, from);
};

describe('a streamed restore stopped part way', () => {
  it.each(['merge', 'replace'] as const)(
    '%s: the articles it wrote come with a new revision (the stored search index and clusters are then stale)',
    async (mode) => {
      await restoreArticles(
        source,
        Array.from({ length: 250 }, (_, i) => makeArticle(i)),
      );
      await restoreArticles(target, [makeArticle(1000)]);
      const before = await readRevision(target);
      const result = await restoreArchive(target, await exportArchive(source), mode, stopping, {
        batchSize: 100,
      });
      expect(result).toMatchObject({ kind: 'failed', partial: true });
      expect(await target.articles.count()).toBe(101);
      expect(await readRevision(target)).not.toBe(before);
    },
  );
});
