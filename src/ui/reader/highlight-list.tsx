import type { PlacedHighlight } from './use-highlights';
import { HighlightItem } from './highlight-item';

const markOf = (id: string): HTMLElement | null =>
  document.querySelector<HTMLElement>(`.reader-text [data-note="${CSS.escape(id)}"]`);

/** The run of the reader's text holding offset `at` (runs carry their start offset). */
export function runAt(at: number): HTMLElement | null {
  let found: HTMLElement | null = null;
  for (const run of document.querySelectorAll<HTMLElement>('.reader-text .run[data-start]')) {
    if (Number(run.dataset.start) > at) break;
    found = run;
  }
  return found;
}

function flash(mark: HTMLElement): void {
  mark.scrollIntoView({ block: 'center' });
  mark.classList.add('note-flash');
  setTimeout(() => mark.classList.remove('note-flash'), 1500);
}

/**
 * Scrolls to and briefly flashes a highlight in the reader's text. In a long article a chunk far
 * from the window holds no highlights yet: the reader goes to the run at `at` first, and the
 * highlight is flashed once that chunk has drawn it (given up after a few seconds).
 */
export function showHighlight(id: string, at?: number): void {
  const mark = markOf(id);
  if (mark) return flash(mark);
  if (at === undefined) return;
  runAt(at)?.scrollIntoView({ block: 'center' });
  const until = performance.now() + 5_000;
  const wait = (): void => {
    const drawn = markOf(id);
    if (drawn) flash(drawn);
    else if (performance.now() < until) requestAnimationFrame(wait);
  };
  requestAnimationFrame(wait);
}

/** The reader's highlights section: this version's highlights and those of its other versions. */
export function HighlightList({ highlights }: { highlights: readonly PlacedHighlight[] }) {
  return (
    <section className="highlight-list" aria-labelledby="highlights-title">
      <h3 id="highlights-title">
        Highlights <span className="muted">({highlights.length})</span>
      </h3>
      {highlights.length === 0 ? (
        <p className="muted">Select words in the text to highlight them (or press h).</p>
      ) : (
        <ul className="stack-list">
          {highlights.map((placed) => (
            <HighlightItem key={placed.annotation.id} placed={placed} onShow={showHighlight} />
          ))}
        </ul>
      )}
    </section>
  );
}
