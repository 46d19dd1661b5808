import { useEffect } from 'react';
import type { Span } from '../../core/model';
import { returningToSavedScroll } from '../shell/use-route';
import { runAt } from './highlight-list';
import type { Decorations } from './overlays';

const className = 'passage-shown';

/**
 * The reader's decorations with the passage it was opened at marked: a cluster's copies can sit
 * in one article under one title (the sample's quote, printed twice), and the mark says which of
 * them was opened; a highlight opened from the Highlights screen is marked the same way, so the
 * words say "passage", which fits both.
 */
export function withPassage(decorations: Decorations, at: Span | undefined): Decorations {
  if (!at || at.end <= at.start) return decorations;
  const mark = { start: at.start, end: at.end, className, title: 'The passage you opened' };
  return { ...decorations, overlays: [...decorations.overlays, mark] };
}

/**
 * Scrolls the reader to the passage it was opened at once the text has drawn it. A long article
 * draws its marks only near the window, so the run holding the passage is brought in first; given
 * up after a few seconds, and not done when Back returns to a place the person had scrolled to.
 */
export function useShowPassage(at: Span | undefined, ready: boolean): void {
  const start = at?.start;
  useEffect(() => {
    if (start === undefined || !ready || returningToSavedScroll()) return;
    const until = performance.now() + 5_000;
    let nudged = false;
    let frame = 0;
    const attempt = (now: number): void => {
      const mark = document.querySelector<HTMLElement>(`.reader-text .${className}`);
      if (mark) return mark.scrollIntoView({ block: 'center' });
      const run = nudged ? null : runAt(start);
      if (run) {
        run.scrollIntoView({ block: 'center' });
        nudged = true;
      }
      if (now < until) frame = requestAnimationFrame(attempt);
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [start, ready]);
}
