/** Words for a failed write; the quota case is the one people can act on. */
export function describeWriteError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError')
    return 'The browser has no more storage for this archive (quota exceeded); nothing was written. Free space, or export and delete old articles.';
  // The browser's own message (a DataError's "Evaluating the object store's key path…") means
  // nothing to the person; say what happened instead.
  return 'Could not write to the archive: the browser’s database refused the data; nothing was written.';
}
