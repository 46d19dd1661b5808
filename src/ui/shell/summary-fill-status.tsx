import type { SummaryFillProgress } from '../../db/summary-fill';

/**
 * Says in words, while the older articles' summaries are filled after the v18 upgrade (see
 * db/summary-fill.ts), how far that has got and what it means, with a way to stop it for now
 * (it goes on at the next start). Nothing while there is nothing to fill.
 */
export function SummaryFillStatus({
  progress,
  onStop,
}: {
  progress: SummaryFillProgress | null;
  onStop: () => void;
}) {
  if (!progress) return null;
  const { done, total } = progress;
  const count = (n: number): string => n.toLocaleString('en');
  return (
    <div className="import-status" role="status" aria-label="Library list update">
      <label className="import-progress">
        <span>
          Updating the archive for a faster library
          {total > 0 ? `: ${count(done)} of ${count(total)} articles` : '…'}
          <span className="muted"> — until it ends, the library may open more slowly</span>
        </span>
        <progress max={total || 1} value={total > 0 ? done : 0} aria-label="Update progress" />
      </label>
      <button type="button" onClick={onStop}>
        Not now
      </button>
    </div>
  );
}
