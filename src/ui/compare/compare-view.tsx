import { useMemo, useState, type RefObject } from 'react';
import type { Move } from '../../core/diff/find-moves';
import type { Alignment } from '../../core/model';
import { useHost } from '../host-context';
import { CompareColumn } from './compare-column';
import { CompareHeading } from './compare-heading';
import { CompareLegend } from './compare-legend';
import { buildCompareReport } from './compare-report';
import type { CompareSide } from './compare-side';
import { differenceCount } from './fragments';
import { movedSideFragments, numberDifferences } from './moved-fragments';
import { summariseWithMoves } from '../../core/diff/moved-summary';
import { useDifferenceNav } from './use-difference-nav';
import { chunkFragments } from './fragment-chunks';
import { useReveal } from '../common/use-reveal';
import { useSyncScroll } from './use-sync-scroll';
import { describeCounts, describePosition } from './word-summary';
import { reportFileName } from './report-name';

// Chunks of each column rendered at first, and then per task (see fragment-chunks.ts).
const chunksAtOnce = 2;
const chunksPerTask = 3;

const noMoves: readonly Move[] = [];

/** Scrolls a column to move `index`'s link there and focuses it, so the two places read together. */
function showMove(column: HTMLDivElement | null, index: number): void {
  const link = column?.querySelector<HTMLElement>(`.move-link[data-move="${index}"]`);
  if (!column || !link) return;
  const top = link.getBoundingClientRect().top - column.getBoundingClientRect().top;
  column.scrollTop += top - column.clientHeight / 3;
  link.focus({ preventScroll: true });
}

/** Where a saved report went, in words. */
function savedWhere(host: 'electron' | 'web', name: string): string {
  return host === 'web'
    ? `Report saved as ${name} in your browser's downloads.`
    : `Report saved as ${name} where you chose.`;
}

/** Two passages side by side with word-level differences, a legend, a summary and export. */
export function CompareView({
  left,
  right,
  alignment,
  moves = noMoves,
  orderNote,
}: {
  left: CompareSide;
  right: CompareSide;
  alignment: Alignment;
  /** Paragraphs that changed place (findMoves): shown as moved on both sides, not as edits. */
  moves?: readonly Move[];
  /** Why the sides are in this order, said under the legend (e.g. the older on the left). */
  orderNote?: string;
}) {
  const host = useHost();
  const [hideEquivalent, setHideEquivalent] = useState(false);
  const numbers = useMemo(
    () => numberDifferences(alignment, moves, left.text, right.text, hideEquivalent),
    [alignment, moves, left.text, right.text, hideEquivalent],
  );
  const [leftFragments, rightFragments] = useMemo(() => {
    const texts = { a: left.text, b: right.text };
    const side = (which: 'a' | 'b') =>
      movedSideFragments(alignment, moves, numbers, texts, which, hideEquivalent);
    return [side('a'), side('b')] as const;
  }, [alignment, moves, numbers, left.text, right.text, hideEquivalent]);
  const summary = useMemo(() => {
    const { counts, moved } = summariseWithMoves(alignment, moves, left.text, right.text);
    return describeCounts(counts, hideEquivalent, moved);
  }, [alignment, moves, left.text, right.text, hideEquivalent]);
  const leftChunks = useMemo(() => chunkFragments(leftFragments), [leftFragments]);
  const rightChunks = useMemo(() => chunkFragments(rightFragments), [rightFragments]);
  // Both columns grow together: a few screens at once, then more chunks per task.
  const shown = useReveal(
    leftChunks,
    Math.max(leftChunks.length, rightChunks.length),
    chunksAtOnce,
    chunksPerTask,
  );
  const [saved, setSaved] = useState<string | null>(null);
  const scroll = useSyncScroll();
  const columns = useMemo(() => [scroll.left, scroll.right], [scroll.left, scroll.right]);
  const count = differenceCount(leftFragments);
  const nav = useDifferenceNav(count, columns, scroll.hold, shown);
  // A moved paragraph's link shows its other place in the other column.
  const showMoveFrom = (other: RefObject<HTMLDivElement | null>) => (index: number) => {
    scroll.hold();
    showMove(other.current, index);
  };
  const exportReport = (): void => {
    const now = new Date();
    const html = buildCompareReport({
      left,
      right,
      leftFragments,
      rightFragments,
      summary,
      createdAt: now,
      hideEquivalent,
    });
    const name = reportFileName(left, right, now);
    setSaved(null);
    host.saveFile(name, html).then(
      (done) => setSaved(done ? savedWhere(host.kind, name) : 'The report was not saved.'),
      () => setSaved('The report could not be saved.'),
    );
  };
  return (
    <section className="fill-window compare" aria-label="Compare side by side">
      <div className="compare-toolbar">
        <p className="compare-summary" role="status">
          {summary}
        </p>
        <div className="compare-actions">
          <button type="button" onClick={nav.previous} disabled={count === 0} aria-keyshortcuts="p">
            ↑ Previous difference
          </button>
          <button type="button" onClick={nav.next} disabled={count === 0} aria-keyshortcuts="n">
            ↓ Next difference
          </button>
          <span className="compare-position" aria-live="polite">
            {describePosition(nav.current, count)}
          </span>
          <label className="toggle">
            <input
              type="checkbox"
              checked={hideEquivalent}
              onChange={(event) => setHideEquivalent(event.target.checked)}
            />
            Hide equivalent differences
          </label>
          <button type="button" onClick={exportReport}>
            Export report…
          </button>
          {saved && (
            <span className="compare-saved" role="status">
              {saved}
            </span>
          )}
        </div>
      </div>
      <CompareLegend hideEquivalent={hideEquivalent} />
      {orderNote && <p className="compare-order muted">{orderNote}</p>}
      <div className="compare-grid">
        <CompareHeading side={left} />
        <CompareHeading side={right} />
        <CompareColumn
          label={`Left: ${left.title}`}
          side="a"
          onShowMove={showMoveFrom(scroll.right)}
          chunks={leftChunks}
          shown={shown}
          scrollRef={scroll.left}
          onScroll={scroll.onLeftScroll}
        />
        <CompareColumn
          label={`Right: ${right.title}`}
          side="b"
          onShowMove={showMoveFrom(scroll.left)}
          chunks={rightChunks}
          shown={shown}
          scrollRef={scroll.right}
          onScroll={scroll.onRightScroll}
        />
      </div>
    </section>
  );
}
