import { useEffect } from 'react';
import { useSteps } from '../common/use-steps';

/**
 * Steps through the changed rows of the versions table with n / p (or j / k) and the buttons:
 * marks the current one and brings it to the middle of the window.
 */
export function useChangeSteps(count: number) {
  const steps = useSteps(count);
  const { current } = steps;
  useEffect(() => {
    if (current < 0) return;
    document.querySelectorAll('.row-current').forEach((el) => el.classList.remove('row-current'));
    const row = document.querySelector<HTMLElement>(`[data-change="${current}"]`);
    row?.classList.add('row-current');
    row?.scrollIntoView({ block: 'center' });
  }, [current]);
  return steps;
}
