import { ArchiveDatabase } from '../../db/database';
import type { TextReader } from '../../workers/echo-protocol';

/**
 * How the echo worker reads the texts it indexes: by id, from the archive database of that name
 * (opened once per name), in one bulk read per batch. No stored fingerprints are read, even where
 * an older build left them: at 100,000 articles they were ~1.2 GB to read back against ~0.45 GB
 * of articles, and slower than fingerprinting the texts (scale-history, session 13).
 */
export function archiveTextReader(): TextReader {
  const databases = new Map<string, ArchiveDatabase>();
  return async (name, ids) => {
    let db = databases.get(name);
    if (!db) databases.set(name, (db = new ArchiveDatabase(name)));
    const texts = new Map<string, string>();
    for (const article of await db.articles.bulkGet([...ids]))
      if (article) texts.set(article.id, article.text);
    return texts;
  };
}
