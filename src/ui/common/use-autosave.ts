import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** Where an autosaved field stands: nothing typed, waiting to save, saving, saved, or failed. */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/**
 * Saves a draft `delayMs` after the last keystroke, and at once when the field is left or the
 * component goes away (so a reload right after typing keeps the text). `save` resolves true when
 * the value was stored (a `useWrite` write, which has already said why when it was not).
 * Returns the save state and `flush` to save now.
 */
export function useAutosave(
  draft: string,
  saved: string,
  save: (value: string) => Promise<boolean>,
  delayMs = 500,
): { state: SaveState; flush: () => void } {
  const [state, setState] = useState<SaveState>('idle');
  const latest = useRef({ draft, saved, save });
  // Layout effects run before the effects below, so they always see this render's values.
  useLayoutEffect(() => {
    latest.current = { draft, saved, save };
  });
  const inFlight = useRef<string | null>(null);
  const flush = useCallback(() => {
    const { draft: value, saved: stored, save: write } = latest.current;
    if (value === stored || value === inFlight.current) return;
    inFlight.current = value;
    setState('saving');
    void write(value).then((stored) => {
      inFlight.current = null;
      if (!stored) setState('failed');
      else setState(latest.current.draft === value ? 'saved' : 'pending');
    });
  }, []);
  useEffect(() => {
    if (draft === latest.current.saved || draft === inFlight.current) return;
    setState('pending');
    const timer = setTimeout(flush, delayMs);
    return () => clearTimeout(timer);
  }, [draft, delayMs, flush]);
  useEffect(() => flush, [flush]);
  return { state, flush };
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
