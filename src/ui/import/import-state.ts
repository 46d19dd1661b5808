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
      /**
       * The near-copy checks, which follow the articles' storing: still under way, or done with
       * how many could not be made. Absent when there was nothing to check.
       */
      readonly nearCopies?: { readonly kind: 'checking' } | NearCopiesChecked;
    }
  | { readonly kind: 'error'; readonly message: string };

/** The near-copy checks done: how many articles added could not be checked. */
export interface NearCopiesChecked {
  readonly kind: 'checked';
  readonly unchecked: number;
}

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
