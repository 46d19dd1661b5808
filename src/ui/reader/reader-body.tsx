import { memo, useCallback, useMemo } from 'react';
import type { ReaderDoc } from '../../core/layout/reader-doc';
import { runsOf } from '../../core/layout/reader-doc';
import { renderNode, type NodeContext } from './reader-node-view';
import type { Widget } from './overlays';
import { useChunks } from './use-chunks';
import { useNearChunks } from './use-near-chunks';
import { useStaggered } from './use-staggered';

// Chunks that take new highlights per task (a chunk is ~15,000 characters).
const chunksPerStep = 2;

// An article of up to this many chunks is highlighted whole, wherever the window is.
const allNearUpTo = 8;

const noWidgets: ReadonlyMap<number, readonly Widget[]> = new Map();
// Plain chunks have no highlight to open.
const noEcho = (): void => undefined;

/** Assigns each widget to the run it falls in, or the next run when it falls between runs. */
function widgetsByRun(doc: ReaderDoc, widgets: readonly Widget[]): Map<number, Widget[]> {
  const byRun = new Map<number, Widget[]>();
  if (widgets.length === 0) return byRun;
  const sorted = [...widgets].sort((x, y) => x.at - y.at);
  let w = 0;
  let last = -1;
  for (const block of doc.blocks)
    for (const run of runsOf(block.node)) {
      while (w < sorted.length && (sorted[w]?.at ?? 0) < run.end) {
        const widget = sorted[w++];
        if (!widget) continue;
        const list = byRun.get(run.start) ?? [];
        list.push({ ...widget, at: Math.max(widget.at, run.start) });
        byRun.set(run.start, list);
      }
      last = run.start;
    }
  // Deleted at the very end: after the last run.
  for (; w < sorted.length; w++) {
    const widget = sorted[w];
    if (!widget || last < 0) continue;
    const list = byRun.get(last) ?? [];
    list.push({ ...widget, at: Number.MAX_SAFE_INTEGER });
    byRun.set(last, list);
  }
  return byRun;
}

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
  const ctxOf = useStaggered(doc, full, shown, chunksPerStep, chunkInView, isNear);
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

/** The chunk at the middle of the window (0 when none is there). */
function chunkInView(): number {
  try {
    const at = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2);
    return Number(at?.closest('[data-chunk]')?.getAttribute('data-chunk') ?? 0) || 0;
  } catch {
    // A DOM without layout (tests) has no point to ask about: start at the top.
    return 0;
  }
}

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
