import type { ArchiveDatabase } from './database';
import { withWriteSession } from './write-session';
import type { ArticleRecord, StoryRecord } from './records';
import type { ReuseRecord } from './cluster-records';
import { deriveFingerprintRecord } from './derive';
import { bumpRevision } from './revision';
import { rememberTags } from './tags';
import { putSketches } from './sketches';
import { afterArticlesChanged } from './changes';

// Undo can make a story of one a story of two again: it gets its row back (see storeArticle).
async function addMissingStoryRows(
  db: ArchiveDatabase,
  records: readonly ArticleRecord[],
): Promise<void> {
  const ids = [...new Set(records.map((r) => r.storyId))];
  const rows = await db.stories.bulkGet(ids);
  for (const [i, id] of ids.entries()) {
    if (rows[i]) continue;
    const members = await db.articles.where('storyId').equals(id).sortBy('importedAt');
    const first = members[0];
    if (first && members.length > 1)
      await db.stories.add({ id, title: first.title, createdAt: first.importedAt });
  }
}

/**
 * Puts whole articles back (undo, restore) in one transaction, with stories, tags, sketches and
 * the reuse rows an Undo kept.
 */
export function writeArticles(
  db: ArchiveDatabase,
  records: readonly ArticleRecord[],
  stories: readonly StoryRecord[] = [],
  reuse: readonly ReuseRecord[] = [],
): Promise<void> {
  return withWriteSession(db, () => writeArticlesNow(db, records, stories, reuse));
}

async function writeArticlesNow(
  db: ArchiveDatabase,
  records: readonly ArticleRecord[],
  stories: readonly StoryRecord[],
  reuse: readonly ReuseRecord[],
): Promise<void> {
  if (records.length === 0 && stories.length === 0) return;
  const derived = records.map(deriveFingerprintRecord);
  const tables = [db.articles, db.stories, db.tags, db.sketches, db.meta, db.reuse];
  await db.transaction('rw', tables, async () => {
    await db.stories.bulkPut([...stories]);
    await db.articles.bulkPut([...records]);
    await db.reuse.bulkPut([...reuse]);
    await addMissingStoryRows(db, records);
    await putSketches(db, derived);
    await rememberTags(db, [...new Set(records.flatMap((r) => r.tags))]);
    await bumpRevision(db);
  });
  await afterArticlesChanged(db, records, []);
}
