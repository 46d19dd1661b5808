import type { ArchiveDatabase } from './database';
import type { FingerprintRecord } from './records';
import { rebuildSearchIndex } from './search-index';

/**
 * The echo engine's fingerprints of one text: the single place the engine is wired in.
 * Fingerprints, cached echoes and the search index are derived data: everything in them can be
 * recomputed from the articles, which is what `rebuildDerivedData` does.
 */
export function fingerprintArticle(text: string): unknown {
  return placeholderFingerprints(text);
}

// Until the engine's fingerprintText lands: hashed word 5-grams, of the same order of cost.
function placeholderFingerprints(text: string): { readonly hashes: Uint32Array } {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const hashes = new Uint32Array(Math.max(0, words.length - 4));
  for (let i = 0; i < hashes.length; i++) {
    let h = 2166136261;
    for (let j = i; j < i + 5; j++) {
      const w = words[j] ?? '';
      for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), 16777619);
      h = Math.imul(h ^ 32, 16777619);
    }
    hashes[i] = h >>> 0;
  }
  return { hashes };
}

/** The fingerprint row for an article. */
export function deriveFingerprintRecord(article: {
  readonly id: string;
  readonly contentHash: string;
  readonly text: string;
}): FingerprintRecord {
  return {
    articleId: article.id,
    contentHash: article.contentHash,
    fingerprints: fingerprintArticle(article.text),
  };
}

/** Recomputes all derived data (fingerprints, search index) from the articles; drops cached echoes. */
export async function rebuildDerivedData(
  db: ArchiveDatabase,
  options: { readonly onProgress?: (done: number, total: number) => void } = {},
): Promise<void> {
  const total = await db.articles.count();
  await db.transaction('rw', [db.fingerprints, db.echoes], async () => {
    await db.fingerprints.clear();
    await db.echoes.clear();
  });
  let done = 0;
  let lastKey: string | undefined;
  const pageSize = 200;
  for (;;) {
    const page = await (
      lastKey === undefined ? db.articles.orderBy('id') : db.articles.where('id').above(lastKey)
    )
      .limit(pageSize)
      .toArray();
    if (page.length === 0) break;
    await db.fingerprints.bulkPut(page.map(deriveFingerprintRecord));
    done += page.length;
    lastKey = page[page.length - 1]?.id;
    options.onProgress?.(done, total);
  }
  await rebuildSearchIndex(db);
}
