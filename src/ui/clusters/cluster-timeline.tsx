import { memo } from 'react';
import type { ClusterRecord } from '../../db/cluster-records';
import { formatClusterDate } from './cluster-words';
import { timelineMarks, timelineRows } from './timeline-marks';

/**
 * When the copies appeared: a stack of dots for each stretch of the cluster's time span, the
 * origin a diamond. Drawn again only for another cluster (memo): filters and pages of copies
 * leave it as it is.
 */
export const ClusterTimeline = memo(function ClusterTimeline({
  cluster,
}: {
  cluster: ClusterRecord;
}) {
  const marks = timelineMarks(cluster.passages, cluster.origin);
  const rows = Math.min(timelineRows, Math.max(1, ...marks.map((m) => m.copies)));
  const first = cluster.passages[0];
  const last = cluster.passages[cluster.passages.length - 1];
  return (
    <figure className="cluster-timeline">
      <ol aria-label="When each copy appeared" style={{ height: `${1.6 + rows * 0.9}rem` }}>
        {marks.map((mark) => (
          <li
            key={mark.x}
            className="timeline-mark"
            style={{ left: `calc(${(mark.x * 100).toFixed(2)}% - 0.45rem)` }}
            title={mark.label}
          >
            {Array.from({ length: Math.min(mark.copies, rows) }, (_, row) => (
              <span
                key={row}
                aria-hidden="true"
                className={row === mark.originDot ? 'timeline-dot timeline-origin' : 'timeline-dot'}
                style={{ bottom: `${row * 0.9 + 0.6}rem` }}
              />
            ))}
            <span className="visually-hidden">{mark.label}</span>
          </li>
        ))}
      </ol>
      <figcaption className="timeline-axis muted">
        <span>{first && formatClusterDate(first.date, first.imported)}</span>
        <span>● a copy · ◆ the likely origin</span>
        <span>{last && formatClusterDate(last.date, last.imported)}</span>
      </figcaption>
    </figure>
  );
});
