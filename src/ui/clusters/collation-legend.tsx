/**
 * The key to the collation's word marks. Each copy is aligned against the representative, so the
 * compare view's "only on the left / right" would not say it: here words are in this copy or in
 * the representative.
 */
export function CollationLegend() {
  return (
    <ul className="compare-legend" aria-label="Key to the marked words">
      <li>
        <ins className="seg seg-inserted">inserted</ins> only in this copy
      </li>
      <li>
        <del className="seg seg-deleted">struck</del> in the representative, not in this copy
      </li>
      <li>
        <mark className="seg seg-changed">changed</mark> reworded
      </li>
      <li>
        <mark className="seg seg-equivalent">equivalent</mark> same meaning, other form (£200m /
        £200 million)
      </li>
    </ul>
  );
}
