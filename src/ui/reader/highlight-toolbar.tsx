import { useEffect, useState, type RefObject } from 'react';
import type { Span } from '../../core/model';
import type { HighlightColour } from '../../db/records';
import { isTypingTarget } from '../shell/is-typing-target';
import { selectedSpan } from './selection-offsets';

/** The highlight colours, in the order the toolbar offers them. */
export const highlightColours: readonly HighlightColour[] = ['yellow', 'green', 'blue', 'pink'];

/**
 * A small bar that appears over a text selection in the reader: one button per colour makes a
 * highlight of the selected passage. The key `h` highlights the selection in yellow.
 */
export function HighlightToolbar({
  textRef,
  text,
  onHighlight,
}: {
  textRef: RefObject<HTMLDivElement | null>;
  text: string;
  onHighlight: (span: Span, colour: HighlightColour) => void;
}) {
  const [selection, setSelection] = useState<{ span: Span; top: number; left: number } | null>(
    null,
  );
  useEffect(() => {
    const onChange = (): void => {
      const root = textRef.current;
      const span = root ? selectedSpan(root, text) : null;
      const range = span ? window.getSelection()?.getRangeAt(0) : undefined;
      if (!span || !range || !root) return setSelection(null);
      const box = range.getBoundingClientRect();
      const frame = root.getBoundingClientRect();
      setSelection({ span, top: box.top - frame.top - 44, left: box.left - frame.left });
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [textRef, text]);
  useEffect(() => {
    if (!selection) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'h' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      event.preventDefault();
      onHighlight(selection.span, 'yellow');
      window.getSelection()?.removeAllRanges();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selection, onHighlight]);
  if (!selection) return null;
  return (
    <div
      className="highlight-toolbar"
      role="toolbar"
      aria-label="Highlight the selected passage"
      style={{ top: Math.max(0, selection.top), left: Math.max(0, selection.left) }}
      // Keep the selection: a mousedown on a button would otherwise clear it first.
      onMouseDown={(event) => event.preventDefault()}
    >
      {highlightColours.map((colour) => (
        <button
          key={colour}
          type="button"
          className={`swatch swatch-${colour}`}
          aria-label={`Highlight in ${colour}`}
          aria-keyshortcuts={colour === 'yellow' ? 'h' : undefined}
          onClick={() => {
            onHighlight(selection.span, colour);
            window.getSelection()?.removeAllRanges();
          }}
        >
          {colour === 'yellow' ? 'Highlight' : ''}
        </button>
      ))}
    </div>
  );
}
