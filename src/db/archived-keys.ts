import Dexie from 'dexie';
import type { ArchiveDatabase } from './database';
import type { ArticleRecord } from './records';
import { countArticles } from './tags';
import { summariesToFill } from './summary-fill';
import { addArticleKeys, articleKeys, KeyFilter, keyFilterFormat } from './key-filter';
import type { ArchivedKeysRow, ArchivedKeysSinceRow } from './migrations-v19';

/**
 * An in-memory "maybe archived" filter (key-filter.ts) of the three keys an import looks up
 * before storing an article (content hash, address key, source + title), so that a key surely
 * absent skips its index query. At 100,000 articles those queries were ~3 ms an article (a
 * LevelDB seek each in a database of ~1.8 GB), most of what made an import slower there than
 * into an empty archive; nearly every key an import asks about is absent.
 *
 * Correctness comes first: the filter may say "maybe" for a key that is absent (a hash
 * collision, a deleted article), never "no" for one that is present. It is trusted only while
 * the archive's stamp — the revision every other writer bumps in its transaction, and a stamp
 * every stored group renews (see storeArticles) — is the one this connection last saw, read
 * inside the group's own transaction. A write by anything else (another tab, a worker, an edit,
 * a delete, undo, a restore) changes the stamp, and the filter is left aside: the group queries
 * as before, until the filter is built again after the app next opens.
 *
 * Building it reads every article's summary (~2–4 s of reads at 100,000: a key cursor over the
 * three indexes took ~20 s, each index entry checked against its record), so it is built once
 * after the app opens and saved (`archivedKeys`, ~1 MB at 100,000) with the stamp it is current
 * with; an import loads it, keeps it current as it writes, and at its end saves the keys it added
 * (a second row, `since`) rather than the whole filter again: at 100,000 the filter is 1 MiB, more
 * than the 100 articles of an import write, for ~300 keys. The whole filter is saved again once
 * those keys outgrow a quarter of its size (see saveArchivedKeys).
 */

/** The meta key every stored group renews (see storeArticles); revision.ts's key is the other. */
export const writtenKey = 'articles-written';

const revisionKey = 'revision';
const rowKey = 'filter';
/** The row of the keys added since the filter's row was saved. */
const sinceKey = 'filter-since';

/** The keys this connection's filter holds beyond the saved filter row of stamp `base`. */
interface Since {
  readonly base: string;
  readonly keys: string[];
}

/** A build under way: its filter, and the stamps this connection's writes made since it began. */
interface Build {
  readonly filter: KeyFilter;
  readonly chain: Set<string>;
}

interface State {
  filter: KeyFilter | undefined;
  /** The archive's stamp the filter is current with. */
  stamp: string | undefined;
  /** How the filter differs from the saved row, when it is that row plus keys (else undefined). */
  since: Since | undefined;
  /** The build under way, if any. */
  building: Promise<void> | undefined;
  build: Build | undefined;
}

const states = new WeakMap<ArchiveDatabase, State>();

/** This connection's state, made on first use. */
function stateOf(db: ArchiveDatabase): State {
  let state = states.get(db);
  if (!state)
    states.set(
      db,
      (state = {
        filter: undefined,
        stamp: undefined,
        since: undefined,
        building: undefined,
        build: undefined,
      }),
    );
  return state;
}

const stampOf = (revision: unknown, written: unknown): string =>
  `${String(revision ?? 0)}|${String(written ?? 0)}`;

/** The archive's stamp; read it inside the transaction that relies on it. */
export async function readStamp(db: ArchiveDatabase): Promise<string> {
  const [revision, written] = await db.meta.bulkGet([revisionKey, writtenKey]);
  return stampOf(revision?.value, written?.value);
}

/** The filter, when it is current with `stamp` (read in the calling transaction). */
export function trustedFilter(db: ArchiveDatabase, stamp: string): KeyFilter | undefined {
  const state = states.get(db);
  return state?.filter && state.stamp === stamp ? state.filter : undefined;
}

/**
 * Renews the stamp for a group writing `written` (in its transaction) and returns it; when the
 * filter was current with `before`, adds their keys so it stays current. Set before the commit:
 * if that fails, the archive still says `before`, which no longer matches: never trusted wrongly.
 */
export async function renewStamp(
  db: ArchiveDatabase,
  before: string,
  written: readonly ArticleRecord[],
): Promise<string> {
  if (!written.length) return before;
  const value = Math.floor(Math.random() * Number.MAX_SAFE_INTEGER) + 1;
  const [revision] = before.split('|');
  const after = stampOf(revision, value);
  const state = states.get(db);
  if (state?.filter && state.stamp === before) {
    for (const a of written) addArticleKeys(state.filter, a);
    state.since?.keys.push(...written.flatMap(articleKeys));
    // Grown past what it was sized for: left aside (and built larger) rather than say "maybe" often.
    state.stamp = state.filter.added > state.filter.capacity ? undefined : after;
  }
  const build = state?.build;
  if (build?.chain.has(before)) {
    for (const a of written) addArticleKeys(build.filter, a);
    build.chain.add(after);
  }
  await db.meta.put({ key: writtenKey, value });
  return after;
}

/**
 * For an import's batch, in the transaction that stamps its new `revision` over the stamp
 * `before` (and takes `archivedKeys`): the saved filter, if this connection has none current and
 * the saved one is; then the stamp followed, as the batch's revision writes no article.
 */
export async function batchStamped(
  db: ArchiveDatabase,
  before: string,
  revision: number,
): Promise<void> {
  const state = stateOf(db);
  if (!state.filter || state.stamp !== before) {
    const saved = usableRows(await readRows(db), before);
    if (saved) {
      state.filter = saved.filter;
      state.since = saved.since;
      state.stamp = before;
    }
  }
  const [, written] = before.split('|');
  const after = stampOf(revision, written);
  if (state.build?.chain.has(before)) state.build.chain.add(after);
  if (state.filter && state.stamp === before) state.stamp = after;
}

/** The saved filter's row and the row of the keys added since (read in the caller's transaction). */
async function readRows(
  db: ArchiveDatabase,
): Promise<[ArchivedKeysRow | undefined, ArchivedKeysSinceRow | undefined]> {
  const [row, since] = await db.archivedKeys.bulkGet([rowKey, sinceKey]);
  return [
    row && 'bits' in row ? row : undefined,
    since && 'keys' in since && Array.isArray(since.keys) ? since : undefined,
  ];
}

/**
 * The saved filter, if it is current with `stamp` — its row alone, or its row and the keys added
 * since, saved over it — and of this layout (else it is rebuilt).
 */
function usableRows(
  [row, since]: [ArchivedKeysRow | undefined, ArchivedKeysSinceRow | undefined],
  stamp: string,
): { filter: KeyFilter; since: Since } | undefined {
  if (!row || row.format !== keyFilterFormat) return undefined;
  const follows =
    since?.stamp === stamp && since.base === row.stamp && since.format === keyFilterFormat;
  if (row.stamp !== stamp && !follows) return undefined;
  const filter = KeyFilter.restored(row.bits, row.added);
  if (!filter) return undefined;
  const keys = follows ? since.keys.filter((k): k is string => typeof k === 'string') : [];
  for (const key of keys) filter.add(key);
  return { filter, since: { base: row.stamp, keys } };
}

/** Whether the keys added since the filter's row are still worth saving apart from it. */
function smallBeside(keys: readonly string[], filter: KeyFilter): boolean {
  let chars = 0;
  for (const key of keys) chars += key.length;
  // A quarter of the bits' bytes: at 100,000 articles ~1,300 articles' keys, so the 1 MiB row is
  // written about once every thirteen imports of 100 instead of at each.
  return chars <= filter.byteLength / 4;
}

/** Saves this connection's filter if it is still current (an import's end, a build's end). */
export async function saveArchivedKeys(db: ArchiveDatabase): Promise<void> {
  const state = states.get(db);
  if (!state?.filter) return;
  await db.transaction('rw', [db.meta, db.archivedKeys], async () => {
    const stamp = await readStamp(db);
    // The filter and its stamp read together, after the await: a build that ended meanwhile
    // replaced both, and the filter read before it must not be saved under the new stamp.
    const { filter, since } = state;
    if (!filter || stamp !== state.stamp) return;
    if (since && smallBeside(since.keys, filter)) {
      const row: ArchivedKeysSinceRow = {
        key: sinceKey,
        stamp,
        base: since.base,
        keys: [...since.keys],
        format: keyFilterFormat,
      };
      await db.archivedKeys.put(row);
      return;
    }
    const row: ArchivedKeysRow = {
      key: rowKey,
      stamp,
      bits: filter.copyBits(),
      added: filter.added,
      format: keyFilterFormat,
    };
    await db.archivedKeys.put(row);
    await db.archivedKeys.delete(sinceKey);
    // Still this filter (nothing of this connection writes while the transaction holds `meta`).
    if (state.filter === filter) state.since = { base: stamp, keys: [] };
  });
}

/**
 * Once the app has opened (and the summaries are complete): the saved filter when it is current,
 * else a new one built and saved. Resolves when there is one (or none could be made).
 */
export async function warmArchivedKeys(db: ArchiveDatabase): Promise<void> {
  const state = stateOf(db);
  const current = await db.transaction('r', [db.meta, db.archivedKeys], async () => {
    const [stamp, saved] = await Promise.all([readStamp(db), readRows(db)]);
    if (state.filter && state.stamp === stamp) return true;
    const usable = usableRows(saved, stamp);
    if (!usable) return false;
    state.filter = usable.filter;
    state.since = usable.since;
    state.stamp = stamp;
    return true;
  });
  if (current) return;
  // Its own transactions, not a part of any the caller is in.
  state.building ??= Dexie.ignoreTransaction(() => buildFilter(db, state))
    .then(() => saveArchivedKeys(db))
    .catch(() => undefined)
    .finally(() => (state.building = undefined));
  await state.building;
}

/** Summaries read per step of a build: a few milliseconds of the page's thread each. */
const buildRows = 1000;

/**
 * Builds the filter from the article summaries (every article without its text), a step of rows
 * per read transaction, so that writes go on between steps. What this connection stores
 * meanwhile is added as it is written (see renewStamp), following the stamps it makes; the
 * filter is kept only if the last step's stamp is one of those — anything written by another
 * connection in between leaves it unused.
 */
async function buildFilter(db: ArchiveDatabase, state: State): Promise<void> {
  const filter = new KeyFilter((await countArticles(db)) * 3);
  const build: Build = { filter, chain: new Set() };
  state.build = build;
  try {
    let after: string | undefined;
    for (let step = 0; ; step++) {
      const done = await db.transaction('r', [db.articleSummaries, db.meta], async () => {
        const [stamp, toFill] = await Promise.all([readStamp(db), summariesToFill(db)]);
        // Until every article has its summary, the summaries cannot say what is archived.
        if (toFill) return true;
        if (step === 0) build.chain.add(stamp);
        const from = after;
        const rows = await (
          from === undefined
            ? db.articleSummaries.toCollection()
            : db.articleSummaries.where(':id').above(from)
        )
          .limit(buildRows)
          .toArray();
        for (const row of rows) addArticleKeys(filter, row);
        after = rows.at(-1)?.id;
        if (rows.length === buildRows) return false;
        // Set inside the transaction: no write of this connection can come between.
        if (build.chain.has(stamp)) {
          state.filter = filter;
          // Built, not loaded: its next save writes it whole.
          state.since = undefined;
          state.stamp = stamp;
        }
        return true;
      });
      if (done) return;
    }
  } finally {
    if (state.build === build) state.build = undefined;
  }
}
