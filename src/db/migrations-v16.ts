import type { Transaction } from 'dexie';
import { sketchMoveKey, type SketchMoveMark } from './sketch-move';

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

/**
 * v15 → v16: creates `sketches` and marks the archive's older sketches as still to move. The
 * copy itself runs after the app opens, a step at a time with progress (see sketch-move.ts):
 * done here it read every fingerprint row and held the archive shut, ~60 s at 100,000 articles.
 */
export async function markSketchesToMove(tx: Transaction): Promise<void> {
  await tx.table<SketchMoveMark, string>('meta').put({ key: sketchMoveKey, value: 0 });
}
