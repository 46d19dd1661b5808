import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { ClusterRecord } from '../../db/cluster-records';
import { ClusterRow } from './cluster-row';

// Where the list was scrolled, so coming back from a cluster returns to the same place.
const remembered = { key: '', offset: 0 };

/** The clusters, virtualised: only the rows on screen are in the page, however many there are. */
export function ClusterList({
  clusters,
  onOpen,
  memoryKey,
}: {
  clusters: readonly ClusterRecord[];
  onOpen: (cluster: ClusterRecord) => void;
  memoryKey: string;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: clusters.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 96,
    overscan: 6,
    getItemKey: (index) => clusters[index]?.id ?? index,
    initialOffset: remembered.key === memoryKey ? remembered.offset : 0,
    onChange: (instance) => {
      remembered.key = memoryKey;
      remembered.offset = instance.scrollOffset ?? 0;
    },
  });
  return (
    <div className="cluster-list" ref={scroller} tabIndex={-1}>
      <div
        role="list"
        aria-label="Clusters"
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const cluster = clusters[item.index];
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="cluster-slot"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {cluster && <ClusterRow cluster={cluster} onOpen={onOpen} />}
            </div>
          );
        })}
      </div>
    </div>
  );
}
