import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { dropDraft, keepDraft, keptDraftOr } from './kept-drafts';

/** Where an autosaved field stands: nothing typed, waiting to save, saving, saved, or failed. */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/**
 * Saves a draft `delayMs` after the last keystroke, and at once when the field is left or the
 * component goes away. A reload or a closed window unmounts nothing and cuts an archive write
 * short, so until a draft is saved it is also kept under `key` (kept-drafts.ts), which the field
 * opens with (`keptDraftOr`). `save` resolves true when the value was stored (a `useWrite` write,
 * which has already said why when it was not). Returns the save state and `flush` to save now.
 */
export function useAutosave(
  key: string,
  draft: string,
  saved: string,
  save: (value: string) => Promise<boolean>,
  delayMs = 500,
): { state: SaveState; flush: () => void } {
  const [state, setState] = useState<SaveState>('idle');
  const latest = useRef({ key, draft, saved, save });
  // Layout effects run before the effects below, so they always see this render's values.
  useLayoutEffect(() => {
    latest.current = { key, draft, saved, save };
  });
  const inFlight = useRef<string | null>(null);
  const flush = useCallback(() => {
    const { key: field, draft: value, saved: stored, save: write } = latest.current;
    if (value === stored || value === inFlight.current) return;
    inFlight.current = value;
    setState('saving');
    void write(value).then((stored) => {
      inFlight.current = null;
      if (!stored) setState('failed');
      else if (latest.current.draft !== value) setState('pending');
      else {
        setState('saved');
        dropDraft(field);
      }
    });
  }, []);
  useEffect(() => {
    if (draft === latest.current.saved) {
      dropDraft(latest.current.key);
      return;
    }
    keepDraft(latest.current.key, draft);
    if (draft === inFlight.current) return;
    setState('pending');
    const timer = setTimeout(flush, delayMs);
    return () => clearTimeout(timer);
  }, [draft, delayMs, flush]);
  useEffect(() => flush, [flush]);
  return { state, flush };
}

/**
 * An autosaved field's text: its kept draft (or `saved`) when it opens; then, whenever `saved`
 * changes from outside while the field holds no edit of its own (a restore replaced the archive
 * under the open reader, another window saved), the new `saved` — else the field would show the
 * old text and save it back over the new one when left.
 */
export function useDraft(key: string, saved: string): [string, (value: string) => void] {
  const [draft, setDraft] = useState(() => keptDraftOr(key, saved));
  const [seen, setSeen] = useState(saved);
  if (saved !== seen) {
    // React's pattern for state that follows a prop: set during render, before anything shows.
    setSeen(saved);
    if (draft === seen) setDraft(saved);
  }
  return [draft, setDraft];
}

/** Words for a save state, shown beside the field. */
export function describeSaveState(state: SaveState): string {
  switch (state) {
    case 'idle':
      return '';
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'failed':
      return 'Not saved — the archive could not be written. Your text is still here.';
  }
}
