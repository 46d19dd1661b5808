import type { CompareSide } from './compare-side';

/** Where one column's passage comes from: title, source and date. */
export function CompareHeading({ side }: { side: CompareSide }) {
  const facts = [side.where, side.source, side.date].filter(Boolean).join(' · ');
  return (
    <header className="compare-heading">
      <h3>{side.title}</h3>
      {facts && <p className="muted">{facts}</p>}
    </header>
  );
}
