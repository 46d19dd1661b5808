/** The key to the compare view's colours. */
export function CompareLegend({ hideEquivalent }: { hideEquivalent: boolean }) {
  return (
    <ul className="compare-legend" aria-label="Legend">
      <li>
        <del className="seg seg-deleted">deleted</del> only on the left
      </li>
      <li>
        <ins className="seg seg-inserted">inserted</ins> only on the right
      </li>
      <li>
        <mark className="seg seg-changed">changed</mark> reworded
      </li>
      <li>
        <mark className="seg seg-moved">moved</mark> a paragraph in another place (⇄ shows the
        other)
      </li>
      {!hideEquivalent && (
        <li>
          <mark className="seg seg-equivalent">equivalent</mark> same meaning, other form (£200m /
          £200 million)
        </li>
      )}
    </ul>
  );
}
