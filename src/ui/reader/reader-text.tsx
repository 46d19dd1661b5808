import { memo, useMemo, type ReactNode } from 'react';
import type { EchoCluster } from '../clusters/article-clusters';
import { echoOfEvent, spotlightEcho } from './echo-spotlight';
import type { EchoMark } from './highlight-pieces';
import type { Decorations } from './overlays';
import { ReaderBody } from './reader-body';
import type { ReaderDoc } from '../../core/layout/reader-doc';

/**
 * One echo highlight: a clickable (and focusable) passage. With its cluster known it is numbered
 * by it, says how many copies exist, and opens the cluster; else it opens the side-by-side compare.
 */
export function EchoMarkView({
  echo,
  strong,
  onOpen,
  cluster,
  numbered = false,
  label,
  children,
}: {
  echo: number;
  strong: boolean;
  onOpen: (echo: number) => void;
  cluster?: EchoCluster | undefined;
  /** Show the cluster's number here (where the passage starts, not on every piece of it). */
  numbered?: boolean;
  /** The highlighted words, for its accessible name. */
  label?: string;
  children: ReactNode;
}) {
  const about = cluster
    ? `Cluster ${cluster.number}: ${cluster.copies} copies of this passage — open the cluster`
    : `Echo ${echo + 1} — click to compare side by side`;
  const words = label && label.length > 60 ? `${label.slice(0, 60)}…` : label;
  return (
    <mark
      className={`echo-mark${strong ? ' echo-mark-strong' : ''}`}
      data-echo={echo}
      data-cluster={cluster?.number}
      role="button"
      tabIndex={0}
      title={about}
      aria-label={words ? `${about}: “${words}”` : about}
      onClick={() => {
        // The end of a drag that selected words (to highlight them) is a click too: opening the
        // cluster then would take the words away from under the person's hands.
        if (window.getSelection()?.isCollapsed === false) return;
        onOpen(echo);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onOpen(echo);
        }
      }}
    >
      {/* The number is drawn by CSS from data-number, so it is no text: a copied passage or a
          selection's words never carry it ("²The council…"). */}
      {cluster && numbered && (
        <sup
          className="cluster-number"
          aria-hidden="true"
          data-skip=""
          data-number={cluster.number}
        />
      )}
      {children}
    </mark>
  );
}

/**
 * The article's text laid out from its structure (never its HTML as such), with echo passages as
 * clickable highlights and the person's highlights or a version's edits drawn over it.
 */
export const ReaderText = memo(function ReaderText({
  text,
  doc,
  marks,
  clusters,
  decorations,
  onOpenEcho,
  openLink,
  remoteImagesAllowed,
}: {
  text: string;
  doc: ReaderDoc;
  marks: readonly EchoMark[];
  /** The cluster of each echo (by index): numbers the highlights and says how many copies. */
  clusters: readonly (EchoCluster | undefined)[];
  decorations: Decorations;
  onOpenEcho: (echo: number) => void;
  openLink: (url: string) => void;
  remoteImagesAllowed: boolean;
}) {
  const ctx = useMemo(
    () => ({
      text,
      echoMarks: marks,
      clusters,
      overlays: decorations.overlays,
      onOpenEcho,
      openLink,
      remoteImagesAllowed,
    }),
    [text, marks, clusters, decorations.overlays, onOpenEcho, openLink, remoteImagesAllowed],
  );
  return (
    <div
      className={`reader-text${doc.fromHtml ? ' reader-html' : ''}`}
      onMouseOver={(event) => spotlightEcho(echoOfEvent(event))}
      onMouseLeave={() => spotlightEcho(null)}
      onFocus={(event) => spotlightEcho(echoOfEvent(event))}
      onBlur={() => spotlightEcho(null)}
    >
      <ReaderBody doc={doc} ctx={ctx} widgets={decorations.widgets} />
    </div>
  );
});
