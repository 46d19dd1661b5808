import { publisherKeys } from '../core/sources/publisher';
import type { ArchiveDatabase } from './database';
import type { ArticleRecord } from './records';
import { storedSources } from './source-facets';

/**
 * The archive's source names and their publishers, as a group's store plan asks for them (every
 * stored spelling of a publisher, for version detection; see store-plan.ts). Read from the kept
 * counts once per archive stamp, then kept current by this connection's own stored groups, as the
 * archived-keys filter is (archived-keys.ts): an import whose writes keep up stores one article a
 * group, and reading ~2,000 source rows and parsing each name again cost ~15 ms a group (r20).
 * Another connection's write, an edit or a delete changes the stamp, and the names are read anew.
 */
interface Known {
  stamp: string;
  readonly names: Set<string>;
  /** publisherKeys over `names`, made when first asked for after `names` last grew. */
  keys: Map<string, string> | undefined;
}

const known = new WeakMap<ArchiveDatabase, Known>();

/** The archive's stored source names at `stamp`, and publisher keys that include given sources. */
export interface SourceNames {
  readonly names: readonly string[];
  /** publisherKeys over the names and `sources` (the same answer, made once while nothing new). */
  keysWith(sources: readonly string[]): Map<string, string>;
}

/** The source names current with `stamp` (read it in the calling transaction; see readStamp). */
export async function sourceNamesAt(db: ArchiveDatabase, stamp: string): Promise<SourceNames> {
  let entry = known.get(db);
  if (entry?.stamp !== stamp) {
    entry = { stamp, names: new Set((await storedSources(db)).keys()), keys: undefined };
    known.set(db, entry);
  }
  const current = entry;
  return {
    names: [...current.names],
    keysWith(sources) {
      const fresh = sources.filter((s) => s !== '' && !current.names.has(s));
      if (fresh.length) return publisherKeys([...current.names, ...sources]);
      current.keys ??= publisherKeys([...current.names]);
      return current.keys;
    },
  };
}

/**
 * After a group stored `written` over stamp `before`, renewing it to `after` (in the same
 * transaction): the names stay current. Called before the commit; if the commit then fails, the
 * archive still carries `before`, which no longer matches, so the names are read anew.
 */
export function sourceNamesWritten(
  db: ArchiveDatabase,
  before: string,
  after: string,
  written: readonly ArticleRecord[],
): void {
  const entry = known.get(db);
  if (entry?.stamp !== before) return;
  for (const { source } of written)
    if (source !== '' && !entry.names.has(source)) {
      entry.names.add(source);
      entry.keys = undefined;
    }
  entry.stamp = after;
}
