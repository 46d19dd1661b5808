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
import {
  schemaV1,
  schemaV2,
  schemaV4,
  addAnnotations,
  schemaV5,
  schemaV7,
  schemaV8,
  schemaV9,
  addOriginals,
  schemaV11,
  addWatchStores,
  schemaV14,
  addNearCopySketches,
  addSortKeysAndWordCounts,
  convertDatesToInstants,
  dropArchivePairCache,
  countFacets,
} from './migrations';
import { facetsMiddleware } from './facets';
import {
  schemaV10,
  type ClusterImportRecord,
  type ImportedClusterRecord,
} from './imported-clusters';
import { schemaV15, splitSearchIndex } from './migrations-v15';
import { markSketchesToMove, schemaV16 } from './migrations-v16';
import { addSketchPacks, schemaV17 } from './migrations-v17';
import { markSummariesToFill, schemaV18 } from './migrations-v18';
import { schemaV19, type ArchivedKeysRow, type ArchivedKeysSinceRow } from './migrations-v19';
import { markUrlKeysToFill, schemaV20, type UrlKeyRow } from './migrations-v20';
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

  constructor(name = archiveName) {
    super(name);
    this.version(1).stores(schemaV1);
    this.version(2).stores(schemaV2).upgrade(addSortKeysAndWordCounts);
    this.version(4).stores(schemaV4).upgrade(convertDatesToInstants);
    this.version(5).stores(schemaV5).upgrade(dropArchivePairCache);
    this.version(7).stores(schemaV7).upgrade(countFacets);
    this.version(8).stores(schemaV8).upgrade(addAnnotations);
    this.version(9).stores(schemaV9).upgrade(addOriginals);
    // v10 only adds stores (imported clusters); nothing to migrate.
    this.version(10).stores(schemaV10);
    this.version(11).stores(schemaV11).upgrade(addWatchStores);
    this.version(14).stores(schemaV14).upgrade(addNearCopySketches);
    this.version(15).stores(schemaV15).upgrade(splitSearchIndex);
    this.version(16).stores(schemaV16).upgrade(markSketchesToMove);
    this.version(17).stores(schemaV17).upgrade(addSketchPacks);
    this.version(18).stores(schemaV18).upgrade(markSummariesToFill);
    // v19 only adds a store (the import's filter of archived keys); nothing to migrate.
    this.version(19).stores(schemaV19);
    // v20 only adds a store and a mark: its rows are filled after the app opens.
    this.version(20).stores(schemaV20).upgrade(markUrlKeysToFill);
    this.use(facetsMiddleware);
    this.use(summariesMiddleware);
    this.use(urlKeysMiddleware);
  }
}

/** Opens (creating or upgrading) the archive; `name` lets tests and benches use their own. */
export async function openArchive(name = 'verso'): Promise<ArchiveDatabase> {
  const db = new ArchiveDatabase(name);
  await db.open();
  return db;
}
