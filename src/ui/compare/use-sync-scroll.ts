import { useCallback, useRef } from 'react';

/** Keeps two scrolling columns at the same relative position, whichever one the person scrolls. */
export function useSyncScroll() {
  const left = useRef<HTMLDivElement>(null);
  const right = useRef<HTMLDivElement>(null);
  // The scroll we cause on the other column fires its own event; ignore that echo once.
  const ignoreNext = useRef<HTMLDivElement | null>(null);
  const heldUntil = useRef(0);
  const follow = useCallback((from: HTMLDivElement | null, to: HTMLDivElement | null) => {
    if (!from || !to || performance.now() < heldUntil.current) return;
    if (ignoreNext.current === from) {
      ignoreNext.current = null;
      return;
    }
    const range = from.scrollHeight - from.clientHeight;
    const ratio = range > 0 ? from.scrollTop / range : 0;
    const target = Math.round(ratio * (to.scrollHeight - to.clientHeight));
    if (Math.abs(to.scrollTop - target) < 1) return;
    ignoreNext.current = to;
    to.scrollTop = target;
  }, []);
  const onLeftScroll = useCallback(() => follow(left.current, right.current), [follow]);
  const onRightScroll = useCallback(() => follow(right.current, left.current), [follow]);
  // Difference navigation positions both columns itself; following would undo that.
  const hold = useCallback(() => {
    heldUntil.current = performance.now() + 150;
  }, []);
  return { left, right, onLeftScroll, onRightScroll, hold };
}
