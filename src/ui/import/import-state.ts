import type { ImportResult } from '../../import/import-types';
import type { ProgressFeed } from './progress-feed';

/** The import machinery's state, as the progress bar and summary show it. */
export type ImportState =
  | { readonly kind: 'idle' }
  | {
      readonly kind: 'running';
      readonly total: number;
      /** Items done, read by the progress bar alone (see progress-feed.ts). */
      readonly progress: ProgressFeed;
    }
  | {
      readonly kind: 'finished';
      readonly results: readonly ImportResult[];
      readonly total: number;
      readonly cancelled: boolean;
    }
  | { readonly kind: 'error'; readonly message: string };

/** How many results of each kind a batch produced, and how many it never reached (`cancelled`). */
export function tallyResults(
  results: readonly ImportResult[],
): Record<ImportResult['kind'], number> {
  const tally = {
    added: 0,
    'new-version': 0,
    'already-archived': 0,
    failed: 0,
    skipped: 0,
    cancelled: 0,
  };
  for (const result of results) tally[result.kind] += 1;
  return tally;
}
