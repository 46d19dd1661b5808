import type { ArticleFilters } from '../core/filters/article-filters';
import { publisherKeys, publisherNames } from '../core/sources/publisher';
import type { ArchiveDatabase } from './database';

/**
 * The library's source facet by publisher: "Daily Ledger" and "dailyledger.example" are one
 * entry, counting the articles under both, and filtering by it shows both (core's publisher
 * rule). Read from the kept counts (facets.ts, one row per stored spelling), grouped as they are
 * read: the rows are as many as the archive's distinct sources, never its articles, so nothing
 * here walks the archive, and the writes keep the counts as before.
 */

/** One entry of the source facet: a publisher, the spellings stored under it, its articles. */
export interface SourceFacet {
  /** The spelling the facet shows (a site name before an address). */
  readonly name: string;
  readonly spellings: readonly string[];
  readonly count: number;
}

/** Each stored source (not the empty one) with its kept count. */
export async function storedSources(db: ArchiveDatabase): Promise<Map<string, number>> {
  const rows = await db.facets.where('kind').equals('source').toArray();
  return new Map(rows.filter((row) => row.value !== '').map((row) => [row.value, row.count]));
}

/** The archive's publishers, sorted by name, each with its spellings and article count. */
export async function listSourceFacets(db: ArchiveDatabase): Promise<SourceFacet[]> {
  const counts = await storedSources(db);
  const { names, keyOf } = publisherNames([...counts.keys()]);
  const byKey = new Map(
    names.map((name) => [keyOf(name), { name, spellings: [] as string[], count: 0 }]),
  );
  for (const [source, count] of counts) {
    const facet = byKey.get(keyOf(source));
    if (!facet) continue;
    facet.spellings.push(source);
    facet.count += count;
  }
  return [...byKey.values()];
}

/**
 * The filters with the source filter's spellings looked up: every stored source of the same
 * publisher as `filters.source`, grouped over the archive's sources as the facet groups them.
 */
export async function withSourceSpellings(
  db: ArchiveDatabase,
  filters: ArticleFilters,
): Promise<ArticleFilters> {
  const wanted = filters.source;
  if (!wanted) return filters;
  const stored = [...(await storedSources(db)).keys()];
  const keys = publisherKeys([...stored, wanted]);
  const key = keys.get(wanted);
  const spellings = key ? stored.filter((source) => keys.get(source) === key) : [];
  if (!spellings.includes(wanted)) spellings.push(wanted);
  return { ...filters, sourceSpellings: spellings };
}
