import type { TextReader } from '../../workers/echo-protocol';
import { databaseNamed } from './worker-databases';

/**
 * How the echo worker reads the texts it indexes: by id, from the archive database of that name
 * (opened once per name), in one bulk read per batch. No stored fingerprints are read, even where
 * an older build left them: at 100,000 articles they were ~1.2 GB to read back against ~0.45 GB
 * of articles, and slower than fingerprinting the texts (scale-history, session 13).
 */
export function archiveTextReader(): TextReader {
  return async (name, ids) => {
    const texts = new Map<string, string>();
    for (const article of await databaseNamed(name).articles.bulkGet([...ids]))
      if (article) texts.set(article.id, article.text);
    return texts;
  };
}
