import type { PlacedHighlight } from './use-highlights';
import { HighlightItem } from './highlight-item';

/** Scrolls to and briefly flashes a highlight in the reader's text. */
export function showHighlight(id: string): void {
  const mark = document.querySelector<HTMLElement>(`.reader-text [data-note="${CSS.escape(id)}"]`);
  if (!mark) return;
  mark.scrollIntoView({ block: 'center' });
  mark.classList.add('note-flash');
  setTimeout(() => mark.classList.remove('note-flash'), 1500);
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
