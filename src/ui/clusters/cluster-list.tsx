import { useCallback } from 'react';
import type { ClusterRecord } from '../../db/cluster-records';
import { VirtualList } from '../common/virtual-list';
import { ClusterRow } from './cluster-row';

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
  // One function per list, not per render: see VirtualList's itemKey.
  const itemKey = useCallback((index: number) => clusters[index]?.id ?? index, [clusters]);
  return (
    <VirtualList
      list="clusters"
      memoryKey={memoryKey}
      count={clusters.length}
      estimateSize={96}
      overscan={6}
      itemKey={itemKey}
      className="cluster-list"
      slotClassName="cluster-slot"
      listLabel="Clusters"
    >
      {(index) => {
        const cluster = clusters[index];
        return cluster && <ClusterRow cluster={cluster} onOpen={onOpen} />;
      }}
    </VirtualList>
  );
}
