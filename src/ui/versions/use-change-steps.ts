import { useCallback, useEffect, useState } from 'react';
import { isTypingTarget } from '../shell/is-typing-target';

/**
 * Steps through the changed rows of the versions table with n / p (or j / k) and the buttons:
 * marks the current one and brings it to the middle of the window.
 */
export function useChangeSteps(count: number) {
  const [current, setCurrent] = useState(-1);
  const step = useCallback(
    (delta: number) =>
      setCurrent((now) =>
        count === 0 ? -1 : now < 0 && delta < 0 ? count - 1 : (now + delta + count) % count,
      ),
    [count],
  );
  useEffect(() => {
    if (current < 0) return;
    document.querySelectorAll('.row-current').forEach((el) => el.classList.remove('row-current'));
    const row = document.querySelector<HTMLElement>(`[data-change="${current}"]`);
    row?.classList.add('row-current');
    row?.scrollIntoView({ block: 'center' });
  }, [current]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (event.key === 'n' || event.key === 'j') step(1);
      else if (event.key === 'p' || event.key === 'k') step(-1);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);
  return { current: current < count ? current : -1, next: () => step(1), previous: () => step(-1) };
}
