/** How far a background upgrade pass has got: items passed, of about `total` (0: not counted yet). */
export interface UpgradeProgress {
  readonly done: number;
  readonly total: number;
}

/** What one background upgrade pass says about itself. */
export interface UpgradeWords {
  /** The status line's accessible name, e.g. "Library list update". */
  readonly label: string;
  /** What is being done, e.g. "Updating the archive for a faster library". */
  readonly doing: string;
  /** What the user notices until it ends, e.g. "the library may open more slowly". */
  readonly meanwhile: string;
}

/**
 * The status line of a resumable upgrade pass that runs after the app has opened (the v16
 * sketch move, the v18 summary fill): how far it has got in words and on a bar, what it means
 * until it ends, and "Not now" to stop it (it goes on at the next start). Nothing when idle.
 */
export function UpgradeStatus({
  words,
  progress,
  onStop,
}: {
  words: UpgradeWords;
  progress: UpgradeProgress | null;
  onStop: () => void;
}) {
  if (!progress) return null;
  const { done, total } = progress;
  const count = (n: number): string => n.toLocaleString('en');
  return (
    <div className="import-status" role="status" aria-label={words.label}>
      <label className="import-progress">
        <span>
          {words.doing}
          {total > 0 ? `: ${count(done)} of ${count(total)} articles` : '…'}
          <span className="muted"> — until it ends, {words.meanwhile}</span>
        </span>
        <progress max={total || 1} value={total > 0 ? done : 0} aria-label="Update progress" />
      </label>
      <button type="button" onClick={onStop}>
        Not now
      </button>
    </div>
  );
}
