// What a streamed restore that stopped part way leaves, in words (see restore-stream.ts): each
// says exactly what the archive holds then, and that restoring again finishes it.

const n = (count: number): string => count.toLocaleString('en');

/** Where the writing was when the restore stopped. */
export type Stage = 'writing' | 'deleting' | 'rest';

/** What had been written when the restore stopped (counts of articles). */
export interface Written {
  readonly mode: 'merge' | 'replace';
  readonly stage: Stage;
  /** The backup's articles written, whole batches (a batch stopped half way was rolled back). */
  readonly written: number;
  /** Merge: of those, the ones added (the rest were already archived). */
  readonly added: number;
  /** Articles the backup holds. */
  readonly total: number;
}

/** Why a write failed, in words that claim nothing about what was kept (the caller says that). */
export function whyWriteFailed(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError')
    return 'the browser has no more storage for this archive (quota exceeded)';
  return 'the browser’s database refused the data';
}

/** What a restore that stopped on a failed write leaves, said once. */
export function stoppedWords(why: string, at: Written): { reason: string; partial?: true } {
  const { mode, stage, written, added, total } = at;
  if (stage === 'writing' && written === 0)
    return { reason: `The restore could not write (${why}). The archive is as it was.` };
  const again = 'Restoring the backup again finishes it.';
  if (mode === 'merge')
    return {
      reason: `The restore stopped (${why}) after adding ${n(added)} of the backup's articles, each whole; the rest were not added. ${again}`,
      partial: true,
    };
  if (stage === 'writing')
    return {
      reason: `The restore stopped (${why}) after writing ${n(written)} of the backup's ${n(total)} articles. The archive still holds every article it had (those with the same id as the backup's now as the backup has them). ${again}`,
      partial: true,
    };
  return {
    reason: `The restore stopped (${why}) after writing all ${n(total)} of the backup's articles${stage === 'deleting' ? ', while removing the articles the backup does not have' : ', before its stories, tags and highlights'}. ${again}`,
    partial: true,
  };
}

/**
 * What a restore cancelled while writing its articles leaves (a cancel is honoured only then).
 * `had` is the archive's article count before the first write, `has` its count at the cancel:
 * a replace deletes nothing before every article of the backup is in, so the difference is the
 * backup's articles that were new to the archive.
 */
export function cancelledWords(
  at: Written,
  had: number,
  has: number,
): { reason: string; partial?: true } {
  const { mode, written, added, total } = at;
  if (written === 0) return { reason: 'The restore was cancelled.' };
  const again = 'Restoring the backup again finishes it.';
  if (mode === 'merge') {
    const skipped = written - added;
    return {
      reason: `Restore cancelled after ${n(written)} of the backup's ${n(total)} articles: ${n(added)} added, each whole${skipped > 0 ? ` (${n(skipped)} were already archived)` : ''}; the rest, and the backup's stories, tags and highlights, were not added. ${again}`,
      partial: true,
    };
  }
  const fresh = has - had;
  const same = written - fresh;
  if (had === 0)
    return {
      reason: `Restore cancelled after writing ${n(written)} of the backup's ${n(total)} articles: the archive, empty before, holds those ${n(written)}, each whole, without the backup's stories, tags and highlights. ${again}`,
      partial: true,
    };
  return {
    reason: `Restore cancelled after writing ${n(written)} of the backup's ${n(total)} articles. Your ${n(had)} article${had === 1 ? ' is' : 's are'} all still there, plus the ${n(fresh)} of the backup's written so far${same > 0 ? ` (${n(same)} more had the same id as one of yours, which now reads as in the backup)` : ''}; nothing was deleted, and your stories, tags and highlights are as they were. ${again}`,
    partial: true,
  };
}
