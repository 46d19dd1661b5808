import { memo, useMemo, type ReactNode } from 'react';
import { echoOfEvent, spotlightEcho } from './echo-spotlight';
import type { EchoMark } from './highlight-pieces';
import type { Decorations } from './overlays';
import { ReaderBody } from './reader-body';
import type { ReaderDoc } from './reader-doc';

/** One echo highlight: a clickable (and focusable) passage that opens the side-by-side compare. */
export function EchoMarkView({
  echo,
  strong,
  onOpen,
  children,
}: {
  echo: number;
  strong: boolean;
  onOpen: (echo: number) => void;
  children: ReactNode;
}) {
  return (
    <mark
      className={`echo-mark${strong ? ' echo-mark-strong' : ''}`}
      data-echo={echo}
      role="button"
      tabIndex={0}
      title={`Echo ${echo + 1} — click to compare side by side`}
      onClick={() => onOpen(echo)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onOpen(echo);
        }
      }}
    >
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
  decorations,
  onOpenEcho,
  openLink,
  remoteImagesAllowed,
}: {
  text: string;
  doc: ReaderDoc;
  marks: readonly EchoMark[];
  decorations: Decorations;
  onOpenEcho: (echo: number) => void;
  openLink: (url: string) => void;
  remoteImagesAllowed: boolean;
}) {
  const ctx = useMemo(
    () => ({
      text,
      echoMarks: marks,
      overlays: decorations.overlays,
      onOpenEcho,
      openLink,
      remoteImagesAllowed,
    }),
    [text, marks, decorations.overlays, onOpenEcho, openLink, remoteImagesAllowed],
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
