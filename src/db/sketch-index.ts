import { SketchTable } from '../core/near-copies/sketch-table';
import type { ArchiveDatabase } from './database';

/** A sketch row the caller has just written: its number, article and values. */
export interface KnownSketch {
  readonly articleId: string;
  readonly seq: number;
  readonly sketch: ArrayLike<number>;
}

interface Held {
  readonly table: SketchTable;
  /** The highest row number read or told so far: every row up to it is in `table`. */
  lastSeq: number;
}

interface Holder {
  held: Held | undefined;
  /** One update at a time: each reads from where the last one ended. */
  queue: Promise<unknown>;
}

/** Rows read per request while loading (100,000 articles take 10). */
const pageSize = 10_000;

const holders = new WeakMap<ArchiveDatabase, Holder>();

function holderOf(db: ArchiveDatabase): Holder {
  let holder = holders.get(db);
  if (!holder) {
    const fresh: Holder = { held: undefined, queue: Promise.resolve() };
    holders.set(db, (holder = fresh));
    // An archive deleted or upgraded under this connection may number its rows anew: start over.
    const drop = (): void => {
      fresh.held = undefined;
    };
    db.on('versionchange', drop);
    db.on('close', drop);
  }
  return holder;
}

async function readSince(db: ArchiveDatabase, held: Held): Promise<void> {
  for (;;) {
    const rows = await db.sketches.where(':id').above(held.lastSeq).limit(pageSize).toArray();
    for (const row of rows) {
      if (row.seq === undefined) continue;
      held.table.add(row.articleId, row.sketch);
      held.lastSeq = Math.max(held.lastSeq, row.seq);
    }
    if (rows.length < pageSize) return;
  }
}

/**
 * The archive's near-copy sketches in memory, current: loaded once (one pass over `sketches`,
 * small rows), then brought up to date by reading only the rows numbered after the last one
 * seen. A writer that says which row it has just written (`known`) saves even that read when
 * the row is the very next number, since then nothing else was written in between — so an
 * import's check does not queue behind its own writes. Articles deleted since are not seen
 * here; whoever uses a match checks it against the archive and `forget`s what is gone.
 */
export function currentSketches(db: ArchiveDatabase, known?: KnownSketch): Promise<SketchTable> {
  const holder = holderOf(db);
  const next = holder.queue.then(async () => {
    let held = holder.held;
    if (!held) {
      held = { table: new SketchTable(), lastSeq: 0 };
      await readSince(db, held);
      held.table.settle();
      holder.held = held;
    } else if (known && known.seq === held.lastSeq + 1) {
      held.table.add(known.articleId, known.sketch);
      held.lastSeq = known.seq;
    } else if (!known || known.seq > held.lastSeq) {
      await readSince(db, held);
    }
    return held.table;
  });
  // A failed read leaves the held table as it was; the next call reads again.
  holder.queue = next.catch(() => undefined);
  return next;
}
