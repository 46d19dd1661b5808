import { memo, useCallback, useState } from 'react';
import { keptWords } from '../../core/releases/release-summary';
import { VirtualList } from '../common/virtual-list';
import { describeRelease, type ReleaseRow } from './release-rows';
import { ReleasePrintings } from './release-printings';

/** The releases, virtualised like the clusters: one row per story reprinted, however many. */
export function ReleaseList({
  releases,
  memoryKey,
  onOpenArticle,
  onCompare,
}: {
  releases: readonly ReleaseRow[];
  memoryKey: string;
  onOpenArticle: (doc: string) => void;
  onCompare: (first: string, other: string) => void;
}) {
  // Which rows are open survives scrolling them out of the page and back.
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string): void =>
    setOpen((was) => {
      const next = new Set(was);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  // One function per list, not per render: see VirtualList's itemKey.
  const itemKey = useCallback((index: number) => releases[index]?.id ?? index, [releases]);
  return (
    <VirtualList
      list="releases"
      memoryKey={memoryKey}
      count={releases.length}
      estimateSize={110}
      overscan={4}
      itemKey={itemKey}
      className="cluster-list"
      slotClassName="cluster-slot"
      listLabel="Releases"
    >
      {(index) => {
        const row = releases[index];
        return (
          row && (
            <ReleaseRowView
              row={row}
              open={open.has(row.id)}
              onToggle={() => toggle(row.id)}
              onOpenArticle={onOpenArticle}
              onCompare={onCompare}
            />
          )
        );
      }}
    </VirtualList>
  );
}

/** One release: who printed it first, how widely, its opening words; open, every printing. */
const ReleaseRowView = memo(function ReleaseRowView({
  row,
  open,
  onToggle,
  onOpenArticle,
  onCompare,
}: {
  row: ReleaseRow;
  open: boolean;
  onToggle: () => void;
  onOpenArticle: (doc: string) => void;
  onCompare: (first: string, other: string) => void;
}) {
  const headline = describeRelease(row);
  const { summary } = row;
  const full = summary.printings.filter((p) => p.kept >= summary.passages).length;
  return (
    <div className="cluster-row release-row" role="listitem" aria-label={headline}>
      <button
        type="button"
        className="cluster-headline link-button"
        aria-expanded={open}
        onClick={onToggle}
      >
        {headline}
      </button>
      <p className="cluster-excerpt" onClick={onToggle}>
        “{row.clusters[0]?.excerpt ?? ''}”
      </p>
      <p className="cluster-facts muted">
        {summary.passages > 1
          ? `${full.toLocaleString('en')} printed it whole (${keptWords(summary.passages, summary.passages)}), the others part of it`
          : `${summary.printings.length.toLocaleString('en')} printings of one passage`}
      </p>
      {open && <ReleasePrintings row={row} onOpenArticle={onOpenArticle} onCompare={onCompare} />}
    </div>
  );
});
