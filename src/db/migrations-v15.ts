/**
 * Schema v15: the full-text index in segments (`searchSegments`, one row each, and the one-row
 * `searchManifest`) instead of one JSON string in `searchIndex`, which is dropped. At 100,000
 * articles that string would be ~400 MB, near V8's longest string and minutes to save or load.
 */
export const schemaV15 = {
  searchIndex: null,
  searchSegments: 'id',
  searchManifest: 'id',
} as const;

/**
 * v14 → v15: the old index goes with its table. It cannot be turned into segments without its
 * texts, and it is derived data: the first search after the upgrade rebuilds it (in the worker).
 */
export async function splitSearchIndex(): Promise<void> {
  // Named so the schema history reads one function per step.
}
