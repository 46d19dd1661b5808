import { Fragment, type ReactNode } from 'react';
import type { Span } from '../../core/model';
import { cutSpan } from './cut-span';
import { highlightPieces, numberedPieces, type EchoMark } from './highlight-pieces';
import type { Overlay, Widget } from './overlays';
import { EchoMarkView } from './reader-text';
import type { EchoCluster } from '../clusters/article-clusters';

/** What a run needs to draw itself: the text and everything marked on it. */
export interface RunContext {
  readonly text: string;
  readonly echoMarks: readonly EchoMark[];
  /** The cluster of each echo (by index), for numbered highlights. */
  readonly clusters: readonly (EchoCluster | undefined)[];
  readonly overlays: readonly Overlay[];
  /** Widgets by the run they sit in (its start offset), placed at their position within it. */
  readonly widgets: ReadonlyMap<number, readonly Widget[]>;
  readonly onOpenEcho: (echo: number) => void;
}

function widgetView(widget: Widget, key: string): ReactNode {
  // data-skip: not part of the article's text, so selections never count it.
  return (
    <del key={key} className={widget.className} title={widget.title} data-skip="">
      {widget.text}
    </del>
  );
}

function overlaid(span: Span, ctx: RunContext, widgets: readonly Widget[]): ReactNode[] {
  const out: ReactNode[] = [];
  const cuts = cutSpan(
    span,
    ctx.overlays,
    widgets.map((w) => w.at),
  );
  for (const cut of cuts) {
    for (const w of widgets) if (w.at === cut.start) out.push(widgetView(w, `w${w.at}${w.text}`));
    let node: ReactNode = ctx.text.slice(cut.start, cut.end);
    for (const overlay of cut.covering)
      node = (
        <mark
          key={`${overlay.className}${overlay.start}`}
          className={overlay.className}
          title={overlay.title}
          data-note={overlay.note}
          // A mark cut by another (a moved paragraph's edits) goes on past its first piece: the
          // styles that begin a mark (the moved bar) are drawn on the first piece only.
          data-cont={cut.start > overlay.start ? '' : undefined}
        >
          {node}
        </mark>
      );
    out.push(node);
  }
  return out;
}

/**
 * One run of the article's text (`text.slice(start, end)`), with echo highlights, overlays and
 * widgets. `data-start` lets a selection be turned back into offsets into the text.
 */
export function RunView({ run, ctx }: { run: Span; ctx: RunContext }) {
  const widgets = ctx.widgets.get(run.start) ?? [];
  const pieces = highlightPieces(run, ctx.echoMarks);
  const numbered = numberedPieces(pieces, ctx.echoMarks, (echo) => ctx.clusters[echo]?.number);
  const inside = (piece: Span): readonly Widget[] =>
    widgets.filter((w) => w.at >= piece.start && w.at < piece.end);
  return (
    <span className="run" data-start={run.start}>
      {pieces.map((piece, i) => {
        const content = overlaid(piece, ctx, inside(piece));
        const first = piece.echoes[0];
        if (first === undefined) return <Fragment key={piece.start}>{content}</Fragment>;
        return (
          <EchoMarkView
            key={piece.start}
            echo={first}
            strong={piece.echoes.length > 1}
            onOpen={ctx.onOpenEcho}
            cluster={ctx.clusters[first]}
            numbered={numbered[i] ?? false}
            label={ctx.text.slice(piece.start, piece.end)}
          >
            {content}
          </EchoMarkView>
        );
      })}
      {widgets.filter((w) => w.at >= run.end).map((w) => widgetView(w, `w${w.at}${w.text}`))}
    </span>
  );
}
