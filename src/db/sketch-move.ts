import type { ArchiveDatabase } from './database';
import { type PassMark, type PassProgress, passPending, passStep, runPass } from './marked-pass';
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
export type SketchMoveMark = PassMark;

/** The mark's key in `meta`. */
export const sketchMoveKey = 'sketches-to-move';

/** Fingerprint rows per step: ~1 MB read, so a write waiting for a step waits ~0.1 s. */
const stepRows = 100;

/** How far the move has got: rows passed, of about `total`. */
export type SketchMoveProgress = PassProgress;

/** True while older sketches are still to move. */
export function sketchesToMove(db: ArchiveDatabase): Promise<boolean> {
  return passPending(db, sketchMoveKey);
}

/**
 * Copies the sketches of the next `rows` fingerprint rows into `sketches` (skipping any article
 * whose row is already there), in one transaction with the mark; returns the rows passed so far,
 * or undefined once the move is over (the mark is then gone).
 */
export function moveSketchStep(db: ArchiveDatabase, rows = stepRows): Promise<number | undefined> {
  return passStep(
    db,
    {
      key: sketchMoveKey,
      source: db.fingerprints,
      writes: [db.sketches],
      keyOf: (row) => row.articleId,
      write: async (page) => {
        const sketched = page.filter((row) => row.sketch?.length);
        const ids = sketched.map((row) => row.articleId);
        const have = new Set(
          ids.length ? await db.sketches.where('articleId').anyOf(ids).keys() : [],
        );
        await db.sketches.bulkAdd(
          sketched
            .filter((row) => !have.has(row.articleId))
            .map((row) => ({
              articleId: row.articleId,
              sketch: Uint32Array.from(row.sketch ?? []),
            })),
        );
      },
    },
    rows,
  );
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
  return runPass(() => moveSketchStep(db), await countArticles(db), onProgress, signal);
}
