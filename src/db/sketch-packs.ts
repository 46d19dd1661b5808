import type { ArchiveDatabase } from './database';
import { afterImportWrites } from './import-writing';
import type { SketchPackRecord } from './records';

/** A `sketches` row as read or told: its number, article and values. */
export interface SketchRow {
  readonly seq: number;
  readonly articleId: string;
  readonly sketch: ArrayLike<number>;
}

/** Rows per pack: 100,000 articles load in ~100 reads of ~70 KB. */
export const packRows = 1000;

/**
 * Every pack, in the order their rows were numbered, read in slices (a slice's transaction
 * touches only `sketchPacks`, which no article's write takes, so imports never wait for it);
 * each slice waits while an import writes (import-writing.ts), so the load does not share the
 * machine with it.
 */
export async function readPacks(
  db: ArchiveDatabase,
  onPack: (pack: SketchPackRecord) => void,
  slice = 20,
): Promise<void> {
  let after = 0;
  for (;;) {
    await afterImportWrites(db.name);
    const packs = await db.sketchPacks.where('last').above(after).limit(slice).toArray();
    for (const pack of packs) onPack(pack);
    const last = packs.at(-1);
    if (!last || packs.length < slice) return;
    after = last.last;
  }
}

/**
 * Writes the rows (consecutive `sketches` rows, in their order, none missing in between) as one
 * pack keyed by the last row's number; a pack written twice (two tabs) is the same row again.
 */
export async function writePack(db: ArchiveDatabase, rows: readonly SketchRow[]): Promise<void> {
  const last = rows.at(-1);
  if (!last) return;
  const sizes = Uint8Array.from(rows, (row) => row.sketch.length);
  const values = new Uint32Array(sizes.reduce((sum, size) => sum + size, 0));
  let at = 0;
  for (const row of rows) {
    values.set(row.sketch, at);
    at += row.sketch.length;
  }
  await db.sketchPacks.put({ last: last.seq, ids: rows.map((r) => r.articleId), sizes, values });
}
