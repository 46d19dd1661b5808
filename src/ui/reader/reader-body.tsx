import { memo, useMemo } from 'react';
import type { ReaderDoc } from '../../core/layout/reader-doc';
import { runsOf } from '../../core/layout/reader-doc';
import { renderNode, type NodeContext } from './reader-node-view';
import type { Widget } from './overlays';
import { useChunks } from './use-chunks';
import { useStaggered } from './use-staggered';

// Chunks that take new highlights per task (a chunk is ~30,000 characters).
const chunksPerStep = 3;

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
 * off-screen (content-visibility), so a huge article stays cheap once it is all there.
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
  const ctxOf = useStaggered(doc, full, shown, chunksPerStep, chunkInView);
  return (
    <>
      {ends.slice(0, shown).map((end, chunk) => (
        <Chunk
          key={chunk}
          index={chunk}
          doc={doc}
          from={chunk === 0 ? 0 : (ends[chunk - 1] ?? 0)}
          to={end}
          ctx={ctxOf(chunk)}
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
}: {
  index: number;
  doc: ReaderDoc;
  from: number;
  to: number;
  ctx: NodeContext;
}) {
  return (
    <div className="reader-chunk" data-chunk={index}>
      {doc.blocks.slice(from, to).map((block, i) => renderNode(block.node, ctx, i))}
    </div>
  );
});
