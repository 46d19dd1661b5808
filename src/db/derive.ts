import { fingerprintText, type Fingerprints } from '../core/echoes/fingerprint';
import { sketchMarks } from '../core/near-copies/sketch';
import type { ArchiveDatabase } from './database';
import type { DerivedFingerprints, FingerprintRecord } from './records';
import { announceChange } from './changes';
import { putSketches } from './sketches';

/**
 * The echo engine's fingerprints of one text: the single place the engine is wired in.
 * Fingerprints, cached echoes and the search index are derived data: everything in them can be
 * recomputed from the articles, which is what `rebuildDerivedData` does. Fingerprints are not
 * stored (since session 13): at ~12 KB an article for a ~4 KB text they were most of what an
 * import wrote (LevelDB then compacting it) and most of a large archive's bytes, while deriving
 * them again from the text costs ~60 µs an article; scans fingerprint texts in their worker.
 */
export function fingerprintArticle(text: string): Fingerprints {
  return fingerprintText(text);
}

/** An article's fingerprints with its near-copy sketch (only the sketch is stored, in `sketches`). */
export function deriveFingerprintRecord(article: {
  readonly id: string;
  readonly contentHash: string;
  readonly text: string;
}): DerivedFingerprints {
  const fingerprints = fingerprintArticle(article.text);
  return {
    articleId: article.id,
    contentHash: article.contentHash,
    fingerprints,
    sketch: sketchMarks(fingerprints.marks),
  };
}

/**
 * The row older builds stored in `fingerprints` (without the sketch, which went to `sketches`):
 * tests and benches make archives as those builds left them with it. Nothing writes it now.
 */
export function storedFingerprints(row: DerivedFingerprints): FingerprintRecord {
  return { articleId: row.articleId, contentHash: row.contentHash, fingerprints: row.fingerprints };
}

/**
 * Recomputes the near-copy sketches and the search index from the articles; drops cached echoes,
 * clusters and reuse shares, which the next scan recomputes, and the fingerprint rows older
 * builds stored (nothing reads them now).
 */
export async function rebuildDerivedData(
  db: ArchiveDatabase,
  options: { readonly onProgress?: (done: number, total: number) => void } = {},
): Promise<void> {
  const total = await db.articles.count();
  // Clusters and reuse shares are rebuilt by the next cluster scan (in the app's worker).
  const derived = [
    db.fingerprints,
    db.sketches,
    db.sketchPacks,
    db.echoes,
    db.clusterScans,
    db.reuse,
  ];
  await db.transaction('rw', derived, async () => {
    await db.fingerprints.clear();
    await db.sketches.clear();
    await db.sketchPacks.clear();
    await db.echoes.clear();
    await db.clusterScans.clear();
    await db.reuse.clear();
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
    // Derived a few at a time, letting the page draw between (a restore runs this with the app
    // open): 200 articles at once were a task of 100–200 ms at 100,000 under load.
    const rows: DerivedFingerprints[] = [];
    let since = performance.now();
    for (const article of page) {
      rows.push(deriveFingerprintRecord(article));
      if (performance.now() - since > 15) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        since = performance.now();
      }
    }
    await db.transaction('rw', [db.sketches], () => putSketches(db, rows));
    done += page.length;
    lastKey = page[page.length - 1]?.id;
    options.onProgress?.(done, total);
  }
  await announceChange(db, { kind: 'rebuild-needed' });
}
