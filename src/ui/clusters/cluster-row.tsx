import { memo } from 'react';
import type { ClusterRecord } from '../../db/cluster-records';
import { describeCluster } from './cluster-words';

const kindLabels = { across: 'across articles', version: 'versions', within: 'within one article' };

/** One cluster in the list: its headline (copies, sources, first printing), its text, Open. */
export const ClusterRow = memo(function ClusterRow({
  cluster,
  onOpen,
}: {
  cluster: ClusterRecord;
  onOpen: (cluster: ClusterRecord) => void;
}) {
  const headline = describeCluster(cluster);
  return (
    <div className="cluster-row" role="listitem" aria-label={headline}>
      <button
        type="button"
        className="cluster-headline link-button"
        onClick={() => onOpen(cluster)}
      >
        {headline}
      </button>
      <p className="cluster-excerpt">“{cluster.excerpt}”</p>
      <p className="cluster-facts muted">
        {kindLabels[cluster.kind]} · {Math.round(cluster.similarity * 100)}% similar on average ·{' '}
        {cluster.words} words
        {cluster.boilerplate && (
          <span className="tag boilerplate-badge" title="Every copy is from one source">
            boilerplate
          </span>
        )}
      </p>
    </div>
  );
});
