/**
 * Schema v19: `archivedKeys`, one row holding the filter of the keys an import looks up before
 * storing an article (see archived-keys.ts), with the archive stamp it is current with, so a
 * page starts an import with it instead of reading 100,000 summaries to build it. Derived data:
 * built after the app opens, so the upgrade itself only creates the store.
 */
export const schemaV19 = {
  archivedKeys: 'key',
} as const;

/** The saved filter of archived keys (see archived-keys.ts). */
export interface ArchivedKeysRow {
  readonly key: string;
  /** The archive's stamp (see readStamp) the filter was current with when saved. */
  readonly stamp: string;
  /** The filter's bits. */
  readonly bits: Uint32Array;
  /** Keys added to it. */
  readonly added: number;
  /** The filter's layout (keyFilterFormat); a row of another is never used. */
  readonly format: string;
}

/**
 * The keys added to the saved filter since it was saved (the same store, a second row; no schema
 * change): an import's end saves these, not the whole filter again (see saveArchivedKeys).
 */
export interface ArchivedKeysSinceRow {
  readonly key: string;
  /** The archive's stamp the filter and these keys together are current with. */
  readonly stamp: string;
  /** The stamp of the saved filter these keys follow (its row's `stamp`). */
  readonly base: string;
  /** The keys added since, in order. */
  readonly keys: readonly string[];
  /** The filter's layout (keyFilterFormat); a row of another is never used. */
  readonly format: string;
}
