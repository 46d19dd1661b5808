/** A file found in a pick: where it is, its size on disk, and whether it is too large to read. */
export interface PlannedFile {
  readonly path: string;
  readonly root: string;
  readonly size: number;
  /** Last modified, ms since 1970 UTC (stat's), passed on with the file. */
  readonly lastModified?: number;
  /** True when the file is over the limit: it is sent by name and size only, never read. */
  readonly refused: boolean;
  /** A hidden file the import passes over: sent by name and size only, never read. */
  readonly unread?: boolean;
}

/** Most bytes in one message to the renderer: a folder of articles crosses in several. */
export const maxBatchBytes = 16 * 1024 * 1024;
/** Most files in one message. */
export const maxBatchFiles = 200;

/**
 * Splits the files of a pick into batches for the renderer: each batch holds at most
 * `maxFiles` files and `maxBytes` bytes (a single file larger than that goes alone), and a
 * file over `fileLimit` is marked refused so it is never read. Pure, so the plan is tested
 * without Electron.
 */
export function planBatches(
  files: readonly Omit<PlannedFile, 'refused'>[],
  fileLimit: number,
  maxBytes = maxBatchBytes,
  maxFiles = maxBatchFiles,
): PlannedFile[][] {
  const batches: PlannedFile[][] = [];
  let current: PlannedFile[] = [];
  let bytes = 0;
  for (const file of files) {
    const refused = file.size > fileLimit;
    const cost = refused || file.unread ? 0 : file.size;
    if (current.length > 0 && (current.length >= maxFiles || bytes + cost > maxBytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push({ ...file, refused });
    bytes += cost;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
