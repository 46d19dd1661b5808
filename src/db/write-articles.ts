import type { ArchiveDatabase } from './database';
import type { ArticleRecord, StoryRecord } from './records';
import { deriveFingerprintRecord } from './derive';
import { bumpRevision } from './revision';
import { rememberTags } from './tags';
import { afterArticlesChanged } from './search-index';

/** Puts whole articles back (undo, restore) in one transaction, with stories, tags and fingerprints. */
export async function writeArticles(
  db: ArchiveDatabase,
  records: readonly ArticleRecord[],
  stories: readonly StoryRecord[] = [],
): Promise<void> {
  if (records.length === 0 && stories.length === 0) return;
  const fingerprints = records.map(deriveFingerprintRecord);
  await db.transaction(
    'rw',
    [db.articles, db.stories, db.tags, db.fingerprints, db.meta],
    async () => {
      await db.stories.bulkPut([...stories]);
      await db.articles.bulkPut([...records]);
      await db.fingerprints.bulkPut(fingerprints);
      await rememberTags(db, [...new Set(records.flatMap((r) => r.tags))]);
      await bumpRevision(db);
    },
  );
  await afterArticlesChanged(db, records, []);
}
