import { useEffect, useState, type RefObject } from 'react';
import type { Span } from '../../core/model';
import type { HighlightColour } from '../../db/records';
import { isTypingTarget } from '../shell/is-typing-target';
import { selectedSpan } from './selection-offsets';

/** The highlight colours, in the order the toolbar offers them. */
export const highlightColours: readonly HighlightColour[] = ['yellow', 'green', 'blue', 'pink'];

/**
 * A small bar that appears over a text selection in the reader: one button per colour makes a
 * highlight of the selected passage, one searches the archive for its words, one finds its near
 * copies. The key `h` highlights the selection in yellow, `s` searches for it, `c` finds copies.
 */
export function HighlightToolbar({
  textRef,
  text,
  onHighlight,
  onSearch,
  onFindCopies,
}: {
  textRef: RefObject<HTMLDivElement | null>;
  text: string;
  onHighlight: (span: Span, colour: HighlightColour) => void;
  /** Searches the archive for the selected passage ("where else did this appear"). */
  onSearch?: (span: Span) => void;
  /** Finds the selected passage's near copies (edited ones too) across the archive. */
  onFindCopies?: (span: Span) => void;
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
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const action = event.key === 's' ? onSearch : event.key === 'c' ? onFindCopies : undefined;
      if (event.key !== 'h' && !action) return;
      // The selection as it is now, not as last seen. A field the person clicks or tabs into
      // takes the selection with it: `h` is then typing, and no span is selected here. A field
      // that kept the focus while words were selected in the text (the note just typed in, then
      // a selection made by a script or an assistive tool) types nothing while the selection is
      // elsewhere, so `h` must highlight: it was ignored as typing, and the highlight lost.
      const root = textRef.current;
      const span = root ? selectedSpan(root, text) : null;
      if (!span) return;
      event.preventDefault();
      if (action) return action(span);
      onHighlight(span, 'yellow');
      window.getSelection()?.removeAllRanges();
      // With the selection gone, the field would take the next keys (the key repeating) into a
      // note the person is not looking at; leaving it saves its draft (autosave on blur).
      const focused = document.activeElement;
      if (focused instanceof HTMLElement && isTypingTarget(focused)) focused.blur();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selection, onHighlight, onSearch, onFindCopies, textRef, text]);
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
      {onSearch && (
        <button type="button" aria-keyshortcuts="s" onClick={() => onSearch(selection.span)}>
          Search the archive
        </button>
      )}
      {onFindCopies && (
        <button type="button" aria-keyshortcuts="c" onClick={() => onFindCopies(selection.span)}>
          Find copies
        </button>
      )}
    </div>
  );
}
