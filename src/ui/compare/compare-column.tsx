import { memo, type Ref } from 'react';
import { CompareFragments } from './compare-fragments';
import { chunkChars } from './fragment-chunks';
import type { AlignmentSide, Fragment } from './fragments';

// A guess at a chunk's height before it is laid out (characters per line of a column, pixels per
// line); it only sets the scrollbar until the chunk is seen.
const charsPerLine = 60;
const lineHeight = 28;

/** One chunk of a column: skipped by layout while off-screen (content-visibility in the CSS). */
const CompareChunk = memo(function CompareChunk({
  fragments,
  side,
}: {
  fragments: readonly Fragment[];
  side: AlignmentSide;
}) {
  const lines = Math.ceil(chunkChars(fragments) / charsPerLine);
  return (
    <div
      className="compare-chunk"
      style={{ containIntrinsicSize: `auto ${Math.max(1, lines) * lineHeight}px` }}
    >
      <CompareFragments fragments={fragments} side={side} />
    </div>
  );
});

/**
 * One side of the comparison: its text, with each difference marked by kind. The text comes in
 * chunks, `shown` of them so far (the rest follow, task by task), so a 10 MB article never makes
 * one long render; every chunk's text stays in the page for find-in-page.
 */
export const CompareColumn = memo(function CompareColumn({
  label,
  side,
  chunks,
  shown,
  scrollRef,
  onScroll,
  onShowMove,
}: {
  label: string;
  side: AlignmentSide;
  chunks: readonly (readonly Fragment[])[];
  shown: number;
  scrollRef: Ref<HTMLDivElement>;
  onScroll: () => void;
  /** A moved paragraph's link was pressed: show move `index` in the other column. */
  onShowMove: (index: number) => void;
}) {
  return (
    <div
      className="compare-column"
      ref={scrollRef}
      onScroll={onScroll}
      // One listener for every moved paragraph's link in the column.
      onClick={(event) => {
        const link = (event.target as Element).closest('.move-link');
        const index = Number(link?.getAttribute('data-move'));
        if (link && Number.isInteger(index)) onShowMove(index);
      }}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      <div className="compare-text">
        {chunks.slice(0, shown).map((chunk, i) => (
          <CompareChunk key={i} fragments={chunk} side={side} />
        ))}
      </div>
      {shown < chunks.length && (
        <p className="muted" role="status">
          Laying out the rest of the text…
        </p>
      )}
    </div>
  );
});
