import type { SketchMoveProgress } from '../../db/sketch-move';

/**
 * Says in words, while the older articles' near-copy sketches are moved after the v16 upgrade
 * (see db/sketch-move.ts), how far that has got and what it means, with a way to stop it for
 * now (it goes on at the next start). Nothing while there is nothing to move.
 */
export function SketchMoveStatus({
  progress,
  onStop,
}: {
  progress: SketchMoveProgress | null;
  onStop: () => void;
}) {
  if (!progress) return null;
  const { done, total } = progress;
  const count = (n: number): string => n.toLocaleString('en');
  return (
    <div className="import-status" role="status" aria-label="Near-copy check update">
      <label className="import-progress">
        <span>
          Updating the archive for near-copy checks
          {total > 0 ? `: ${count(done)} of ${count(total)} articles` : '…'}
          <span className="muted">
            {' '}
            — until it ends, older articles are not checked as near copies
          </span>
        </span>
        <progress max={total || 1} value={total > 0 ? done : 0} aria-label="Update progress" />
      </label>
      <button type="button" onClick={onStop}>
        Not now
      </button>
    </div>
  );
}
