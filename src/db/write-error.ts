/** Words for a failed write; the quota case is the one people can act on. */
export function describeWriteError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError')
    return 'The browser has no more storage for this archive (quota exceeded); nothing was written. Free space, or export and delete old articles.';
  return `Could not write to the archive: ${error instanceof Error ? error.message : String(error)}`;
}
