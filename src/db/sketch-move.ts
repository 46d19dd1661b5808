import type { ArchiveDatabase } from './database';
import type { MetaRecord } from './records';
import { countArticles } from './tags';

/**
 * Moving older sketches, after the v16 upgrade (see migrations-v16.ts): the fingerprint rows
 * written before v16 carry their article's near-copy sketch, which v16 keeps in `sketches`.
 * Copying them all in the upgrade read every fingerprint row (~10 KB each) and held the archive
 * shut for ~60 s at 100,000 articles, with nothing on screen. So the upgrade only leaves a mark
 * in `meta`, and the copy is done after the app has opened, a step per short transaction (an
 * import's write waits for one step at most), from where the last step ended, and resumed at the
 * next start if the page closes. Until it ends, older articles are left out of near-copy checks.
 */

/** The meta row saying sketches are still to move: how many rows are passed and the last one. */
export interface SketchMoveMark extends MetaRecord {
  /** The last fingerprint row (article id) passed; none before the first step. */
  readonly after?: string;
}

/** The mark's key in `meta`. */
export const sketchMoveKey = 'sketches-to-move';

/** Fingerprint rows per step: ~1 MB read, so a write waiting for a step waits ~0.1 s. */
const stepRows = 100;

/** How far the move has got: rows passed, of about `total`. */
export interface SketchMoveProgress {
  readonly done: number;
  readonly total: number;
}

/** True while older sketches are still to move. */
export async function sketchesToMove(db: ArchiveDatabase): Promise<boolean> {
  return (await db.meta.get(sketchMoveKey)) !== undefined;
}

/**
 * Copies the sketches of the next `rows` fingerprint rows into `sketches` (skipping any article
 * whose row is already there), in one transaction with the mark; returns the rows passed so far,
 * or undefined once the move is over (the mark is then gone).
 */
export function moveSketchStep(db: ArchiveDatabase, rows = stepRows): Promise<number | undefined> {
  return db.transaction('rw', [db.meta, db.fingerprints, db.sketches], async () => {
    const mark: SketchMoveMark | undefined = await db.meta.get(sketchMoveKey);
    if (!mark) return undefined;
    const from = mark.after;
    const page = await (
      from === undefined ? db.fingerprints.orderBy(':id') : db.fingerprints.where(':id').above(from)
    )
      .limit(rows)
      .toArray();
    const sketched = page.filter((row) => row.sketch?.length);
    const ids = sketched.map((row) => row.articleId);
    const have = new Set(ids.length ? await db.sketches.where('articleId').anyOf(ids).keys() : []);
    await db.sketches.bulkAdd(
      sketched
        .filter((row) => !have.has(row.articleId))
        .map((row) => ({ articleId: row.articleId, sketch: Uint32Array.from(row.sketch ?? []) })),
    );
    const done = mark.value + page.length;
    const last = page.at(-1)?.articleId;
    if (page.length < rows || last === undefined) {
      await db.meta.delete(sketchMoveKey);
      return undefined;
    }
    const next: SketchMoveMark = { key: sketchMoveKey, value: done, after: last };
    await db.meta.put(next);
    return done;
  });
}

/**
 * Moves every older sketch still to move, telling `onProgress` after each step; stops early
 * when `signal` aborts (the mark keeps its place for next time). Resolves true when finished.
 */
export async function moveOlderSketches(
  db: ArchiveDatabase,
  onProgress: (progress: SketchMoveProgress) => void = () => undefined,
  signal?: AbortSignal,
): Promise<boolean> {
  if (!(await sketchesToMove(db))) return true;
  const total = await countArticles(db);
  for (;;) {
    if (signal?.aborted) return false;
    const done = await moveSketchStep(db);
    if (done === undefined) {
      onProgress({ done: total, total });
      return true;
    }
    onProgress({ done: Math.min(done, total), total });
  }
}
