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
  return (
    <VirtualList
      list="clusters"
      memoryKey={memoryKey}
      count={clusters.length}
      estimateSize={96}
      overscan={6}
      itemKey={(index) => clusters[index]?.id ?? index}
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
