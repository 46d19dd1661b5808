/**
 * Schema v17: `sketchPacks`, the near-copy sketches packed a thousand to a row (keyed by the
 * last `sketches` row each holds), so the derive worker loads 100,000 articles' sketches in ~100
 * reads of a store no article's write touches, instead of 100,000 rows of `sketches`, which
 * every import's write takes (see sketch-packs.ts). Derived data: the worker packs rows as it
 * reads them, so the upgrade itself only creates the store.
 */
export const schemaV17 = {
  sketchPacks: 'last',
} as const;

/** v16 → v17: nothing to copy (the derive worker packs the sketches after the app opens). */
export async function addSketchPacks(): Promise<void> {
  // Named so the schema history reads one function per step.
}
