/**
 * Synthetic archive rows for browser benches: article `i` as the archive stores it, the same on
 * every run (see bench/archive-synthetic.ts for the text).
 */
import type { ArticleRecord } from '../../../src/db/records';
import { contentHashOf } from '../../../src/core/extract/content-hash';
import { parseInstant } from '../../../src/core/extract/parse-instant';
import { countWords, sortKeyOf } from '../../../src/db/sort-keys';
import { syntheticArticle } from '../../archive-synthetic';

/** Article `i` as a stored record (imported one second after article `i - 1`). */
export function syntheticRecord(i: number): ArticleRecord {
  const a = syntheticArticle(i);
  const id = `bench-${i}`;
  return {
    id,
    ...a,
    publishedAt: parseInstant(a.publishedAt),
    url: '',
    urlKey: '',
    importedAt: Date.UTC(2026, 0, 1) + i * 1000,
    contentHash: contentHashOf(a.text),
    storyId: id,
    note: '',
    html: '',
    origin: { kind: 'file', format: 'txt', name: `${i}.txt`, relativePath: `${i}.txt` },
    sortTitle: sortKeyOf(a.title),
    wordCount: countWords(a.text),
  };
}
