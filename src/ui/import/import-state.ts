import type { ImportResult } from '../../import/import-types';

/** The import machinery's state, as the progress bar and summary show it. */
export type ImportState =
  | { readonly kind: 'idle' }
  | {
      readonly kind: 'running';
      readonly done: number;
      readonly total: number;
      readonly label: string;
    }
  | {
      readonly kind: 'finished';
      readonly results: readonly ImportResult[];
      readonly total: number;
      readonly cancelled: boolean;
    }
  | { readonly kind: 'error'; readonly message: string };

/** True for the items a cancelled batch never reached (the archive reports them as failed). */
export function wasCancelled(result: ImportResult): boolean {
  return result.kind === 'failed' && result.reason === 'Cancelled.';
}

/** How many results of each kind a batch produced, and how many it never reached (`cancelled`). */
export function tallyResults(
  results: readonly ImportResult[],
): Record<ImportResult['kind'] | 'cancelled', number> {
  const tally = { added: 0, 'new-version': 0, 'already-archived': 0, failed: 0, cancelled: 0 };
  for (const result of results) tally[wasCancelled(result) ? 'cancelled' : result.kind] += 1;
  return tally;
}
