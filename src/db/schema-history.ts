import type { Transaction } from 'dexie';
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
import { schemaV10 } from './imported-clusters';
import { schemaV15, splitSearchIndex } from './migrations-v15';
import { markSketchesToMove, schemaV16 } from './migrations-v16';
import { addSketchPacks, schemaV17 } from './migrations-v17';
import { markSummariesToFill, schemaV18 } from './migrations-v18';
import { schemaV19 } from './migrations-v19';
import { markUrlKeysToFill, schemaV20 } from './migrations-v20';

/** One version of the archive's schema: the stores it changes, and how older archives are brought to it. */
export interface SchemaStep {
  readonly version: number;
  /** Stores added or changed (null: dropped); the rest are as the versions before left them. */
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

/** Every version of the archive's schema, oldest first. A new version is added here, and only here. */
export const schemaHistory: readonly SchemaStep[] = [
  { version: 1, stores: schemaV1 },
  { version: 2, stores: schemaV2, upgrade: addSortKeysAndWordCounts },
  { version: 4, stores: schemaV4, upgrade: convertDatesToInstants },
  { version: 5, stores: schemaV5, upgrade: dropArchivePairCache },
  { version: 7, stores: schemaV7, upgrade: countFacets },
  { version: 8, stores: schemaV8, upgrade: addAnnotations },
  { version: 9, stores: schemaV9, upgrade: addOriginals },
  // v10 only adds stores (imported clusters); nothing to migrate.
  { version: 10, stores: schemaV10 },
  { version: 11, stores: schemaV11, upgrade: addWatchStores },
  { version: 14, stores: schemaV14, upgrade: addNearCopySketches },
  { version: 15, stores: schemaV15, upgrade: splitSearchIndex },
  { version: 16, stores: schemaV16, upgrade: markSketchesToMove },
  { version: 17, stores: schemaV17, upgrade: addSketchPacks },
  { version: 18, stores: schemaV18, upgrade: markSummariesToFill },
  // v19 only adds a store (the import's filter of archived keys); nothing to migrate.
  { version: 19, stores: schemaV19 },
  // v20 only adds a store and a mark: its rows are filled after the app opens.
  { version: 20, stores: schemaV20, upgrade: markUrlKeysToFill },
];

/** The schema version this build writes (Dexie's number; IndexedDB stores ten times it). */
export const currentSchemaVersion = schemaHistory[schemaHistory.length - 1]?.version ?? 0;

/**
 * Every store as the last version leaves it: the versions' changes applied in order, as Dexie
 * merges them (a store named again replaces its earlier declaration; null drops it).
 */
export const currentStores: Readonly<Record<string, string | null>> = Object.assign(
  {},
  ...schemaHistory.map((step) => step.stores),
);
