import { Dexie } from 'dexie';
import type { ArchiveDatabase } from './database';
import type { DerivedFingerprints } from './records';

/** Where an article's sketch row was written: its number, to tell a reader nothing came between. */
export interface WrittenSketch {
  readonly seq: number;
  readonly sketch: readonly number[];
}

// Both functions run inside their caller's transaction, so their steps are chained on Dexie's
// own promises rather than awaited: a native `await` here used up Dexie's zone "echoes" in a long
// transaction (writeArticles after a restore), and the caller's later writes left the
// transaction, which committed early (see inZone in facets.ts).

/**
 * Writes the sketch rows of fingerprint rows just put, replacing any older row of the same
 * article (`fresh`: there is none, as for a new article); a fingerprint row without a sketch (a
 * text too short) gets none. Call inside the transaction that writes the fingerprints, so the
 * two never disagree. Returns each written row's number (undefined where none was written).
 */
export function putSketches(
  db: ArchiveDatabase,
  rows: readonly DerivedFingerprints[],
  fresh = false,
): Promise<(WrittenSketch | undefined)[]> {
  const written = rows.filter((row) => row.sketch.length > 0);
  const cleared = fresh
    ? Dexie.Promise.resolve()
    : deleteSketches(
        db,
        rows.map((r) => r.articleId),
      );
  return cleared
    .then(() =>
      db.sketches.bulkAdd(
        written.map((row) => ({ articleId: row.articleId, sketch: Uint32Array.from(row.sketch) })),
        { allKeys: true },
      ),
    )
    .then((seqs) => {
      const byId = new Map(written.map((row, i) => [row.articleId, seqs[i]]));
      return rows.map((row) => {
        const seq = byId.get(row.articleId);
        return seq === undefined ? undefined : { seq, sketch: row.sketch };
      });
    });
}

/** Deletes the sketch rows of these articles (inside the transaction that deletes them). */
export function deleteSketches(db: ArchiveDatabase, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return Dexie.Promise.resolve();
  return db.sketches
    .where('articleId')
    .anyOf([...ids])
    .delete()
    .then(() => undefined);
}
