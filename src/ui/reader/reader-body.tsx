import { memo, useCallback, useMemo } from 'react';
import type { ReaderDoc } from '../../core/layout/reader-doc';
import { renderNode, type NodeContext } from './reader-node-view';
import type { Widget } from './overlays';
import { useChunks } from './use-chunks';
import { useNearChunks } from './use-near-chunks';
import { useStaggered } from './use-staggered';
import { widgetsByRun } from './widget-runs';

// Chunks that take new highlights per task (a chunk is ~15,000 characters).
const chunksPerStep = 2;

// An article of up to this many chunks is highlighted whole, wherever the window is.
const allNearUpTo = 8;

const noWidgets: ReadonlyMap<number, readonly Widget[]> = new Map();
// Plain chunks have no highlight to open.
const noEcho = (): void => undefined;

/**
 * The article's blocks, rendered chunk by chunk (see useChunks). Each chunk skips layout while
 * off-screen (content-visibility). In a long article only the chunks near the window carry the
 * highlights, overlays and edits (a 10 MB article had ~28,000 highlight elements, ~86,000 in all,
 * and redrawing them was the reader's longest task); the others hold their runs as plain text, so
 * find-in-page and selections still see the whole article, and take their highlights as they
 * come near.
 */
export const ReaderBody = memo(function ReaderBody({
  doc,
  ctx,
  widgets,
}: {
  doc: ReaderDoc;
  ctx: Omit<NodeContext, 'widgets'>;
  widgets: readonly Widget[];
}) {
  const { ends, shown } = useChunks(doc.blocks);
  const byRun = useMemo(() => widgetsByRun(doc, widgets), [doc, widgets]);
  const full: NodeContext = useMemo(() => ({ ...ctx, widgets: byRun }), [ctx, byRun]);
  const { text, openLink, remoteImagesAllowed } = ctx;
  // Stays the same object while highlights (and so what opening one does) change, so plain
  // chunks are not redrawn for them: redrawing all of a 10 MB article's was a 0.3 s task.
  const plain: NodeContext = useMemo(
    () => ({
      text,
      onOpenEcho: noEcho,
      openLink,
      remoteImagesAllowed,
      echoMarks: [],
      clusters: [],
      overlays: [],
      widgets: noWidgets,
    }),
    [text, openLink, remoteImagesAllowed],
  );
  const { near, watch } = useNearChunks(doc);
  const isNear = useCallback(
    (chunk: number): boolean => near === null || ends.length <= allNearUpTo || near.has(chunk),
    [near, ends.length],
  );
  // The near chunks take new highlights first, from the top one down. (Asking the page which
  // chunk is at the window's middle forced a layout of the whole article: up to 164 ms.)
  const firstNear = useCallback(() => (near?.size ? Math.min(...near) : 0), [near]);
  const ctxOf = useStaggered(doc, full, shown, chunksPerStep, firstNear, isNear);
  return (
    <>
      {ends.slice(0, shown).map((end, chunk) => (
        <Chunk
          key={chunk}
          index={chunk}
          doc={doc}
          from={chunk === 0 ? 0 : (ends[chunk - 1] ?? 0)}
          to={end}
          ctx={isNear(chunk) ? ctxOf(chunk) : plain}
          near={isNear(chunk)}
          watch={watch}
        />
      ))}
      {shown < ends.length && (
        <p className="muted" role="status">
          Laying out the rest of the article…
        </p>
      )}
    </>
  );
});

/** One chunk of blocks; memoised so showing the next chunk does not redo the earlier ones. */
const Chunk = memo(function Chunk({
  index,
  doc,
  from,
  to,
  ctx,
  near,
  watch,
}: {
  index: number;
  doc: ReaderDoc;
  from: number;
  to: number;
  ctx: NodeContext;
  /** Drawn with its highlights (else its text only, until it comes near the window). */
  near: boolean;
  /** Registers the chunk's element to be told when it comes near the window. */
  watch: (element: HTMLElement | null) => void;
}) {
  return (
    <div ref={watch} className="reader-chunk" data-chunk={index} data-near={near ? '' : undefined}>
      {doc.blocks.slice(from, to).map((block, i) => renderNode(block.node, ctx, i))}
    </div>
  );
});
