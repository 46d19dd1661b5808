import type { Doc } from '../../core/model';
import { archive } from '../data/archive';

/** Every article's id with its content hash, cheaply (from the index, without texts). */
export async function archiveHashes(): Promise<Map<string, string>> {
  const db = archive();
  return db.transaction('r', db.articles, async () => {
    const ordered = db.articles.orderBy('contentHash');
    const [hashes, ids] = await Promise.all([ordered.keys(), ordered.primaryKeys()]);
    return new Map(ids.map((id, i) => [String(id), String(hashes[i])]));
  });
}

/** The texts of some articles, as the engine's documents, read in batches. */
export async function readDocs(ids: readonly string[]): Promise<Doc[]> {
  const docs: Doc[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await archive().articles.bulkGet(ids.slice(i, i + 500));
    for (const row of rows) if (row) docs.push({ id: row.id, text: row.text });
  }
  return docs;
}
