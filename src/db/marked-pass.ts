import type { Table } from 'dexie';
import type { ArchiveDatabase } from './database';
import type { MetaRecord } from './records';

/**
 * A resumable pass over one store, run after the app has opened (the v16 sketch move, the v18
 * summary fill): an upgrade only leaves a mark in `meta` — doing the work inside the upgrade held
 * a 100,000-article archive shut for a minute with nothing on screen. Each step reads the next
 * rows after the mark in key order and writes from them, in one short transaction with the mark
 * (an import's write waits for one step at most), so a closed page resumes where it stopped.
 */

/** A pass's mark in `meta`: rows passed so far (`value`) and the last key passed. */
export interface PassMark extends MetaRecord {
  /** The last row's key passed; none before the first step. */
  readonly after?: string;
}

/** How far a pass has got: rows passed, of about `total`. */
export interface PassProgress {
  readonly done: number;
  readonly total: number;
}

/** True while the pass marked by `key` is still to run. */
export async function passPending(db: ArchiveDatabase, key: string): Promise<boolean> {
  return (await db.meta.get(key)) !== undefined;
}

/** One step of a pass: which store it reads, the tables its writes touch, and the writing. */
export interface PassStep<Row, Insert = Row> {
  /** The mark's key in `meta`. */
  readonly key: string;
  /** The store read in primary-key order. */
  readonly source: Table<Row, string, Insert>;
  /** The stores `write` touches (the mark's and the source's are added). */
  readonly writes: readonly Table[];
  /** A row's primary key. */
  readonly keyOf: (row: Row) => string;
  /** Writes what the pass makes of one page of rows. */
  readonly write: (page: Row[]) => Promise<unknown>;
}

/**
 * Runs the next step of `pass` over at most `rows` rows; returns the rows passed so far, or
 * undefined once the pass is over (its mark is then gone).
 */
export function passStep<Row, Insert>(
  db: ArchiveDatabase,
  pass: PassStep<Row, Insert>,
  rows: number,
): Promise<number | undefined> {
  return db.transaction('rw', [db.meta, pass.source, ...pass.writes], async () => {
    const mark: PassMark | undefined = await db.meta.get(pass.key);
    if (!mark) return undefined;
    const from = mark.after;
    const page = await (
      from === undefined ? pass.source.orderBy(':id') : pass.source.where(':id').above(from)
    )
      .limit(rows)
      .toArray();
    await pass.write(page);
    const done = mark.value + page.length;
    const last = page.at(-1);
    if (page.length < rows || last === undefined) {
      await db.meta.delete(pass.key);
      return undefined;
    }
    const next: PassMark = { key: pass.key, value: done, after: pass.keyOf(last) };
    await db.meta.put(next);
    return done;
  });
}

/**
 * Runs `step` until the pass ends, telling `onProgress` after each (against `total`, raised when
 * more rows were passed than it counted); stops early when `signal` aborts, the mark keeping its
 * place for next time. Resolves true when finished.
 */
export async function runPass(
  step: () => Promise<number | undefined>,
  total: number,
  onProgress: (progress: PassProgress) => void,
  signal?: AbortSignal,
): Promise<boolean> {
  let about = total;
  for (;;) {
    if (signal?.aborted) return false;
    const done = await step();
    if (done === undefined) {
      onProgress({ done: about, total: about });
      return true;
    }
    about = Math.max(about, done);
    onProgress({ done, total: about });
  }
}
