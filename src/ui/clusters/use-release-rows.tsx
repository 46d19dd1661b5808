import { useEffect, useState } from 'react';
import type { ClusterRecord } from '../../db/cluster-records';
import { releaseRowsOffThread } from './release-client';
import type { ReleaseRow } from './release-rows';

/** Where grouping the shown clusters into stories has got. */
export type ReleaseRowsState =
  | { readonly kind: 'grouping'; readonly share: number }
  | { readonly kind: 'failed' }
  | { readonly kind: 'done'; readonly rows: readonly ReleaseRow[] };

/**
 * The shown clusters as release rows while `on`, regrouped when they change (a filter), off the
 * UI thread; unticking or a new list cancels the grouping under way.
 */
export function useReleaseRows(on: boolean, shown: readonly ClusterRecord[]): ReleaseRowsState {
  // Each state names the list it is about: a new list reads as "grouping" until its own arrives.
  const [state, setState] = useState<{ of: readonly ClusterRecord[]; is: ReleaseRowsState }>();
  useEffect(() => {
    if (!on) return;
    const controller = new AbortController();
    const set = (is: ReleaseRowsState): void => {
      if (!controller.signal.aborted) setState({ of: shown, is });
    };
    releaseRowsOffThread(shown, controller.signal, (share) =>
      set({ kind: 'grouping', share }),
    ).then(
      (rows) => set({ kind: 'done', rows }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        console.error('Verso: grouping the clusters into stories failed', error);
        set({ kind: 'failed' });
      },
    );
    return () => controller.abort();
  }, [on, shown]);
  return state?.of === shown ? state.is : { kind: 'grouping', share: 0 };
}

/** The line shown while the stories are grouped, or why they could not be. */
export function ReleaseProgress({ state }: { state: ReleaseRowsState }) {
  if (state.kind === 'failed')
    return (
      <p className="muted" role="status">
        The clusters could not be grouped into stories. Untick and tick again to retry.
      </p>
    );
  const share = state.kind === 'grouping' ? state.share : 1;
  return (
    <p className="muted release-progress" role="status">
      Grouping the clusters into stories… {Math.round(share * 100)}%{' '}
      <progress aria-label="Grouping progress" max={1} value={share} />
    </p>
  );
}
