import type { AlignmentState } from './use-alignment';

/** While a long alignment works in its worker: how far it has got, and that ← Back stops it. */
export function AligningNotice({
  state,
}: {
  state: Extract<AlignmentState, { kind: 'aligning' }>;
}) {
  const { words, percent } = state;
  return (
    <div role="status" className="muted aligning-notice">
      <p>
        Aligning two long texts word by word (about {words.toLocaleString()} words)
        {percent === undefined ? '…' : `: ${percent}% done.`} The page stays usable; ← Back stops
        it.
      </p>
      <progress
        aria-label="Alignment progress"
        max={100}
        {...(percent === undefined ? {} : { value: percent })}
      />
    </div>
  );
}
