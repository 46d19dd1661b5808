import type { ArchiveDatabase } from './database';
import type { ArticleRecord, DerivedFingerprints, OriginalRecord } from './records';
import { deriveFingerprintRecord } from './derive';
import { rememberTags } from './tags';
import { putSketches, type WrittenSketch } from './sketches';
import { planGroup, type AlreadyArchived } from './store-plan';
import { sourceNamesAt, sourceNamesWritten } from './source-names';
import { readStamp, renewStamp, trustedFilter } from './archived-keys';

/** What storing one article did. */
export type StoreOutcome =
  | {
      readonly kind: 'added' | 'new-version';
      readonly article: ArticleRecord;
      /** Its near-copy sketch row as written (none for a text too short to have one). */
      readonly sketch: WrittenSketch | undefined;
    }
  | AlreadyArchived;

/**
 * Writes one article in one transaction: dedupe by content hash (a repeat fills in the details
 * the archived article lacks, see fill-details.ts), join the story of an earlier version if
 * there is one, and store its near-copy sketch, tags and (for a doubtful encoding) its
 * original bytes with it; not its fingerprints, which scans derive from the text (see
 * fingerprintArticle). All or nothing. The
 * caller stamps a new archive revision before its batch (see importItems), not per article.
 */
export async function storeArticle(
  db: ArchiveDatabase,
  record: ArticleRecord,
  derivedTitle: boolean,
  original?: OriginalRecord,
  rules: StoreRules = {},
): Promise<StoreOutcome> {
  const [outcome] = await storeArticles(db, [{ record, derivedTitle, original, rules }]);
  if (!outcome) throw new Error('storeArticles answered nothing');
  return outcome;
}

/** How an article is stored. */
export interface StoreRules {
  readonly retitledIsNewVersion?: boolean;
  /** Its fingerprints and sketch when already derived (in a worker, off the page's thread). */
  readonly fingerprints?: DerivedFingerprints;
}

/** One article to store, as storeArticle takes it. */
export interface ToStore {
  readonly record: ArticleRecord;
  readonly derivedTitle: boolean;
  readonly original?: OriginalRecord;
  readonly rules?: StoreRules;
}

/**
 * Stores several articles in one transaction, each as storeArticle would (a later one sees the
 * earlier ones, so a repeat within the group is already archived): the archive read once for
 * the group (see planGroup), then each store written in one bulk request, so the counts and
 * summaries that follow every articles write (facets.ts, summaries.ts) are read and written once
 * per group. All or nothing: if one cannot be written none is, and the caller stores them one by
 * one to find which. For an import into a large archive, where each transaction's commit costs
 * more as the archive grows (51–64 ms at 100,000 articles against ~0.5 ms empty in Chromium).
 */
export function storeArticles(
  db: ArchiveDatabase,
  group: readonly ToStore[],
): Promise<StoreOutcome[]> {
  const rows = group.map(({ record, rules }) =>
    rules?.fingerprints?.articleId === record.id
      ? rules.fingerprints
      : deriveFingerprintRecord(record),
  );
  const items = group.map(({ record, derivedTitle, rules }) => ({
    record,
    derivedTitle,
    retitledIsNewVersion: rules?.retitledIsNewVersion ?? false,
  }));
  return db.transaction(
    'rw',
    // facets: the plan reads the archive's source names; urlKeys and summaries: the addresses
    // fetched articles were asked by (see planGroup).
    [
      ...[db.articles, db.stories, db.tags, db.sketches, db.originals, db.meta, db.facets],
      ...[db.urlKeys, db.articleSummaries],
    ],
    async (): Promise<StoreOutcome[]> => {
      // The archived-keys filter, if this connection keeps one and it is current (read here, in
      // the transaction that writes, so nothing can be written between the check and the write).
      const stamp = await readStamp(db);
      const { planned, stories, filled } = await planGroup(db, items, {
        filter: trustedFilter(db, stamp),
        sources: () => sourceNamesAt(db, stamp),
      });
      const stored = planned.flatMap((p, i) => (p.kind === 'already-archived' ? [] : [i]));
      const articles = stored.flatMap((i) => {
        const p = planned[i];
        return p && p.kind !== 'already-archived' ? [p.article] : [];
      });
      const derived = stored.flatMap((i) => rows[i] ?? []);
      const originals = stored.flatMap((i) => group[i]?.original ?? []);
      // A story gets its row when it gets a second version; a story of one needs none.
      const present = await db.stories.bulkGet(stories.map((s) => s.id));
      const missing = stories.filter((_, i) => !present[i]);
      if (missing.length) await db.stories.bulkAdd(missing);
      // Archived articles given details by a repeat are written too: their new address, source
      // and title are keys the duplicate checks must find.
      const written = [...articles, ...filled];
      sourceNamesWritten(db, stamp, await renewStamp(db, stamp, written), written);
      if (articles.length) await db.articles.bulkAdd(articles);
      // Their text is unchanged, so their sketch rows stand; the counts, summaries and address
      // rows follow the put (facets.ts, summaries.ts, url-keys.ts).
      if (filled.length) await db.articles.bulkPut(filled);
      // New articles (their ids were just made) have no older sketch rows to replace.
      const sketches = derived.length ? await putSketches(db, derived, true) : [];
      if (originals.length) await db.originals.bulkPut(originals);
      await rememberTags(db, [...new Set(articles.flatMap((a) => a.tags))]);
      const sketchOf = new Map(stored.map((i, at) => [i, sketches[at]]));
      return planned.map((p, i) =>
        p.kind === 'already-archived' ? p : { ...p, sketch: sketchOf.get(i) },
      );
    },
  );
}
