import type { Transaction } from 'dexie';
import type { SketchRecord } from './records';

/**
 * Schema v16: near-copy sketches move to `sketches`, small rows numbered in the order written
 * (`seq`), so a reader loads them once and then reads only rows numbered after the last it saw
 * (see sketch-index.ts); `articleId` finds an article's row to replace or delete. v14's
 * multi-entry index on `fingerprints` (16 entries per article, written by every import and read
 * 16 times by every near-copy check, both slower as the archive grew) is no longer written: new
 * fingerprint rows carry no sketch. It is left declared because dropping it deletes every entry
 * at the upgrade (1.6M at 100,000 articles); its old rows' entries go as those rows are replaced.
 */
export const schemaV16 = {
  sketches: '++seq, articleId',
} as const;

/** Fingerprint rows read per step of the upgrade (each carries a text's fingerprints, ~10 KB). */
const pageSize = 500;

/**
 * v15 → v16: copies each fingerprint row's sketch into `sketches`, a page at a time so the
 * upgrade never holds the archive's fingerprints at once. Derived data: a sketch missed here
 * would only leave its article out of near-copy checks until `rebuildDerivedData`.
 */
export async function moveSketchesToTheirStore(tx: Transaction): Promise<void> {
  const fingerprints = tx.table<{ articleId: string; sketch?: readonly number[] }, string>(
    'fingerprints',
  );
  const sketches = tx.table<SketchRecord, number>('sketches');
  let last: string | undefined;
  for (;;) {
    const page = await (
      last === undefined ? fingerprints.orderBy(':id') : fingerprints.where(':id').above(last)
    )
      .limit(pageSize)
      .toArray();
    if (page.length === 0) return;
    await sketches.bulkAdd(
      page.flatMap((row) =>
        row.sketch?.length
          ? [{ articleId: row.articleId, sketch: Uint32Array.from(row.sketch) }]
          : [],
      ),
    );
    last = page[page.length - 1]?.articleId;
  }
}
