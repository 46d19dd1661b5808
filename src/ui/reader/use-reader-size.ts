import { useCallback, useState } from 'react';

const storageKey = 'verso.reader-size';
const sizes = [15, 17, 19, 21, 24, 28] as const;

/** The reading size in pixels, remembered, with smaller/larger steps. */
export function useReaderSize() {
  const [size, setSize] = useState(() => {
    const stored = Number(localStorage.getItem(storageKey));
    return (sizes as readonly number[]).includes(stored) ? stored : 19;
  });
  const step = useCallback((delta: number) => {
    setSize((now) => {
      const index = Math.min(
        sizes.length - 1,
        Math.max(0, sizes.indexOf(now as (typeof sizes)[number]) + delta),
      );
      const next = sizes[index] ?? now;
      localStorage.setItem(storageKey, String(next));
      return next;
    });
  }, []);
  return { size, smaller: () => step(-1), larger: () => step(1) };
}
