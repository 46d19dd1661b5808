import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  AnnotationRecord,
  ArticleRecord,
  EchoCacheRecord,
  FacetRecord,
  FingerprintRecord,
  MetaRecord,
  SketchRecord,
  SketchPackRecord,
  OriginalRecord,
  SearchManifestRecord,
  SearchSegmentRecord,
  StoryRecord,
  TagRecord,
} from './records';
import type { ClusterScanRecord, ReuseRecord } from './cluster-records';
import { facetsMiddleware } from './facets';
import type { ClusterImportRecord, ImportedClusterRecord } from './imported-clusters';
import type { ArchivedKeysRow, ArchivedKeysSinceRow } from './migrations-v19';
import type { UrlKeyRow } from './migrations-v20';
import { currentSchemaVersion, currentStores, schemaHistory } from './schema-history';
import type { ArticleSummary } from './query-types';
import { archiveName } from './open-early';
import { summariesMiddleware } from './summaries';
import { urlKeysMiddleware } from './url-keys';
import type { SubscriptionRecord, WatchedPageRecord, WatchMarkRecord } from './watch-records';

/** The Dexie database `verso`: every table, typed. */
export class ArchiveDatabase extends Dexie {
  articles!: EntityTable<ArticleRecord, 'id'>;
  stories!: EntityTable<StoryRecord, 'id'>;
  tags!: EntityTable<TagRecord, 'name'>;
  fingerprints!: EntityTable<FingerprintRecord, 'articleId'>;
  echoes!: EntityTable<EchoCacheRecord, 'key'>;
  searchSegments!: EntityTable<SearchSegmentRecord, 'id'>;
  searchManifest!: EntityTable<SearchManifestRecord, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;
  annotations!: EntityTable<AnnotationRecord, 'id'>;
  originals!: EntityTable<OriginalRecord, 'articleId'>;
  clusterScans!: EntityTable<ClusterScanRecord, 'key'>;
  reuse!: EntityTable<ReuseRecord, 'articleId'>;
  facets!: EntityTable<FacetRecord, 'key'>;
  importedClusters!: EntityTable<ImportedClusterRecord, 'id'>;
  clusterImports!: EntityTable<ClusterImportRecord, 'tool'>;
  subscriptions!: EntityTable<SubscriptionRecord, 'id'>;
  watchedPages!: EntityTable<WatchedPageRecord, 'url'>;
  watchMarks!: EntityTable<WatchMarkRecord, 'articleId'>;
  sketches!: EntityTable<SketchRecord, 'seq'>;
  sketchPacks!: EntityTable<SketchPackRecord, 'last'>;
  articleSummaries!: EntityTable<ArticleSummary, 'id'>;
  archivedKeys!: EntityTable<ArchivedKeysRow | ArchivedKeysSinceRow, 'key'>;
  urlKeys!: Table<UrlKeyRow, [string, string]>;

  /**
   * `declared` 'history' declares every version with its upgrade, as an archive of any age needs.
   * 'current' declares the current version alone, for an archive known to be at it or not there
   * yet (open-early.ts learns which): building twenty versions' tables was ~55 ms before the
   * library's first read could be asked for (session 26). Such a connection refuses to upgrade
   * an older archive, so nothing is half-converted (see refuseUpgrade).
   */
  constructor(name = archiveName, declared: SchemaDeclared = 'history') {
    super(name);
    if (declared === 'current')
      this.version(currentSchemaVersion).stores(currentStores).upgrade(refuseUpgrade);
    else
      for (const { version, stores, upgrade } of schemaHistory) {
        const step = this.version(version).stores(stores);
        if (upgrade) step.upgrade(upgrade);
      }
    this.use(facetsMiddleware);
    this.use(summariesMiddleware);
    this.use(urlKeysMiddleware);
  }
}

/** Which versions of the schema a connection declares (see the ArchiveDatabase constructor). */
export type SchemaDeclared = 'history' | 'current';

/**
 * The schema to declare for an archive the early open (open-early.ts) found at `stored`, its
 * version as IndexedDB keeps it: the current schema alone when it is at the current version or
 * not there yet (Dexie then creates it whole, running no upgrade either way), else every version.
 */
export function schemaFor(stored: number | undefined): SchemaDeclared {
  return stored === 0 || stored === currentSchemaVersion * 10 ? 'current' : 'history';
}

/** Thrown by a connection declaring the current schema alone when it finds an older archive. */
class ArchiveNeedsUpgrade extends Error {
  constructor() {
    super(
      'The archive needs an upgrade this connection cannot run; it is opened again with every version.',
    );
    this.name = 'ArchiveNeedsUpgrade';
  }
}

// Its upgrade transaction is aborted by the throw: the archive stays as it was, at its version.
async function refuseUpgrade(): Promise<void> {
  throw new ArchiveNeedsUpgrade();
}

/** Opens (creating or upgrading) the archive; `name` lets tests and benches use their own. */
export async function openArchive(name = 'verso'): Promise<ArchiveDatabase> {
  const db = new ArchiveDatabase(name);
  await db.open();
  return db;
}
