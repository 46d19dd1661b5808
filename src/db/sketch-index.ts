import { SketchTable } from '../core/near-copies/sketch-table';
import type { ArchiveDatabase } from './database';
import { afterImportWrites } from './import-writing';
import { packRows, readPacks, writePack, type SketchRow } from './sketch-packs';

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
  /** Rows read or told after the last pack, in order, to pack once there are packRows. */
  readonly unpacked: SketchRow[];
}

interface Holder {
  held: Held | undefined;
  /** One update at a time: each reads from where the last one ended. */
  queue: Promise<unknown>;
}

/**
 * Rows of `sketches` read per transaction: short, since every import's write takes `sketches`
 * and waits for a read of it to end (a read of 10,000 rows held writes back ~0.5 s at 100,000).
 */
const chunkRows = 1000;

/** What a test may change about a load: rows per read, and a step between reads. */
export interface SketchLoadOptions {
  readonly chunkRows?: number;
  readonly afterChunk?: () => Promise<void>;
}

let loadOptions: SketchLoadOptions = {};

/** For tests: smaller reads, or work done between two of them (as an import's write would be). */
export function setSketchLoadOptions(options: SketchLoadOptions): void {
  loadOptions = options;
}

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

/** Packs every whole packRows of the held rows not packed yet (a failed write is tried later). */
async function packWhole(db: ArchiveDatabase, held: Held): Promise<void> {
  while (held.unpacked.length >= packRows) {
    const rows = held.unpacked.slice(0, packRows);
    const packed = await writePack(db, rows).then(
      () => true,
      () => false,
    );
    if (!packed) return;
    held.unpacked.splice(0, packRows);
  }
}

function take(held: Held, row: SketchRow): void {
  held.table.add(row.articleId, row.sketch);
  held.lastSeq = row.seq;
  held.unpacked.push(row);
}

async function readSince(db: ArchiveDatabase, held: Held): Promise<void> {
  const rowsPerRead = loadOptions.chunkRows ?? chunkRows;
  for (;;) {
    const rows = await db.sketches.where(':id').above(held.lastSeq).limit(rowsPerRead).toArray();
    for (const row of rows)
      if (row.seq !== undefined)
        take(held, { seq: row.seq, articleId: row.articleId, sketch: row.sketch });
    if (rows.length < rowsPerRead) return;
    await loadOptions.afterChunk?.();
  }
}

/** The first load: the packs, then the rows numbered after them, a chunk per transaction. */
async function load(db: ArchiveDatabase): Promise<Held> {
  const held: Held = { table: new SketchTable(), lastSeq: 0, unpacked: [] };
  await readPacks(db, (pack) => {
    held.table.addMany(pack.ids, pack.sizes, pack.values);
    held.lastSeq = Math.max(held.lastSeq, pack.last);
  });
  await readSince(db, held);
  // The sort of every value read (~0.4 s at 100,000 articles) waits while an import writes too,
  // before it and between its steps: begun just before an import's click, it held a core through
  // the import's start (session 33).
  const steps = held.table.settleSteps();
  do await afterImportWrites(db.name);
  while (!steps.next().done);
  await packWhole(db, held);
  return held;
}

/**
 * The archive's near-copy sketches in memory, current: loaded once — from `sketchPacks` (a
 * thousand sketches a row), then the `sketches` rows numbered after the last pack, a thousand
 * per transaction — then brought up to date by reading only the rows numbered after the last one
 * seen. A writer that says which row it has just written (`known`) saves even that read when
 * the row is the very next number, since then nothing else was written in between — so an
 * import's check does not queue behind its own writes. Rows are packed as they are read or told
 * (a thousand at a time), so the next load reads them in one row. An article written while the
 * load runs is numbered after the rows read so far: a later chunk reads it, or the update after
 * the load does. Articles deleted since are not seen here; whoever uses a match checks it
 * against the archive and `forget`s what is gone.
 */
export function currentSketches(db: ArchiveDatabase, known?: KnownSketch): Promise<SketchTable> {
  const holder = holderOf(db);
  const next = holder.queue.then(async () => {
    let held = holder.held;
    if (!held) {
      held = await load(db);
      holder.held = held;
    } else if (known && known.seq === held.lastSeq + 1) {
      take(held, known);
    } else if (!known || known.seq > held.lastSeq) {
      await readSince(db, held);
    }
    await packWhole(db, held);
    return held.table;
  });
  // A failed read leaves the held table as it was; the next call reads again.
  holder.queue = next.catch(() => undefined);
  return next;
}

/**
 * Loads the archive's sketches ahead of any near-copy check (at start-up), so an import's
 * first check finds them in memory; resolves to the number of articles held.
 */
export async function warmSketches(db: ArchiveDatabase): Promise<number> {
  return (await currentSketches(db)).size;
}
