import { memo } from 'react';
import type { ClusterRecord } from '../../db/cluster-records';
import { formatClusterDate } from './cluster-words';

/** Where each copy sits on a line from the first printing to the last (0–1), stacked when close. */
export function timelinePoints(cluster: ClusterRecord): { x: number; row: number }[] {
  const dates = cluster.passages.map((p) => p.date).filter(Number.isFinite);
  const first = Math.min(...dates);
  const span = Math.max(...dates) - first;
  const taken = new Map<number, number>();
  return cluster.passages.map((p) => {
    const x = Number.isFinite(p.date) && span > 0 ? (p.date - first) / span : 0;
    const bucket = Math.round(x * 50);
    const row = taken.get(bucket) ?? 0;
    taken.set(bucket, row + 1);
    return { x, row };
  });
}

/**
 * When each copy appeared: one dot per copy along the cluster's time span, the origin marked.
 * Drawn again only for another cluster: a dot per listed copy is thousands of elements for a
 * wire story, and redrawing them on each filter change or page of copies was most of those tasks.
 */
export const ClusterTimeline = memo(function ClusterTimeline({
  cluster,
}: {
  cluster: ClusterRecord;
}) {
  const points = timelinePoints(cluster);
  const rows = Math.min(6, Math.max(1, ...points.map((p) => p.row + 1)));
  const first = cluster.passages[0];
  const last = cluster.passages[cluster.passages.length - 1];
  return (
    <figure className="cluster-timeline">
      <ol aria-label="When each copy appeared" style={{ height: `${1.6 + rows * 0.9}rem` }}>
        {cluster.passages.map((p, i) => {
          const point = points[i] ?? { x: 0, row: 0 };
          const origin = i === cluster.origin;
          const label = `${formatClusterDate(p.date, p.imported)} — ${p.source || 'unknown source'}${origin ? ' (origin)' : ''}`;
          return (
            <li
              key={`${p.doc}:${p.start}`}
              className={origin ? 'timeline-dot timeline-origin' : 'timeline-dot'}
              style={{
                left: `calc(${(point.x * 100).toFixed(2)}% - 0.45rem)`,
                bottom: `${Math.min(point.row, rows - 1) * 0.9 + 0.6}rem`,
              }}
              title={label}
            >
              <span className="visually-hidden">{label}</span>
            </li>
          );
        })}
      </ol>
      <figcaption className="timeline-axis muted">
        <span>{first && formatClusterDate(first.date, first.imported)}</span>
        <span>● a copy · ◆ the likely origin</span>
        <span>{last && formatClusterDate(last.date, last.imported)}</span>
      </figcaption>
    </figure>
  );
});
