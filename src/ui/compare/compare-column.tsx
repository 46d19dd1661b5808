import { memo, type Ref } from 'react';
import { CompareFragments } from './compare-fragments';
import type { Fragment } from './fragments';

/** One side of the comparison: its text, with each difference marked by kind. */
export const CompareColumn = memo(function CompareColumn({
  label,
  fragments,
  scrollRef,
  onScroll,
}: {
  label: string;
  fragments: readonly Fragment[];
  scrollRef: Ref<HTMLDivElement>;
  onScroll: () => void;
}) {
  return (
    <div
      className="compare-column"
      ref={scrollRef}
      onScroll={onScroll}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      <div className="compare-text">
        <CompareFragments fragments={fragments} />
      </div>
    </div>
  );
});
