import { memo, useMemo } from 'react';
import type { EchoCluster } from '../clusters/article-clusters';
import { splitParagraphs } from '../../core/versions/paragraphs';
import { echoOfEvent, spotlightEcho } from './echo-spotlight';
import { highlightPieces, type EchoMark } from './highlight-pieces';

/** The article's paragraphs as plain text (never HTML), with echo passages as clickable highlights. */
export const ReaderText = memo(function ReaderText({
  text,
  marks,
  clusters,
  onOpenEcho,
}: {
  text: string;
  marks: readonly EchoMark[];
  /** The cluster of each echo (by index): numbers the highlights and says how many copies. */
  clusters: readonly (EchoCluster | undefined)[];
  onOpenEcho: (echo: number) => void;
}) {
  // A highlight's number is shown where its passage starts, not on every piece of it.
  const starts = useMemo(() => new Set(marks.map((m) => m.start)), [marks]);
  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  return (
    <div
      className="reader-text"
      onMouseOver={(event) => spotlightEcho(echoOfEvent(event))}
      onMouseLeave={() => spotlightEcho(null)}
      onFocus={(event) => spotlightEcho(echoOfEvent(event))}
      onBlur={() => spotlightEcho(null)}
    >
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start}>
          {highlightPieces(paragraph, marks).map((piece) => {
            const slice = text.slice(piece.start, piece.end);
            const first = piece.echoes[0];
            if (first === undefined) return slice;
            const cluster = clusters[first];
            const about = cluster
              ? `Cluster ${cluster.number}: ${cluster.copies} copies of this passage — open the cluster`
              : `Echo ${first + 1} — click to compare side by side`;
            return (
              <mark
                key={piece.start}
                className={`echo-mark${piece.echoes.length > 1 ? ' echo-mark-strong' : ''}`}
                data-echo={first}
                role="button"
                tabIndex={0}
                title={about}
                aria-label={`${about}: “${slice.slice(0, 60)}${slice.length > 60 ? '…' : ''}”`}
                data-cluster={cluster?.number}
                onClick={() => onOpenEcho(first)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    onOpenEcho(first);
                  }
                }}
              >
                {cluster && starts.has(piece.start) && (
                  <sup className="cluster-number" aria-hidden="true">
                    {cluster.number}
                  </sup>
                )}
                {slice}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
});
