import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';

// Where each list was last scrolled, and for which view of it (its key): coming back from an
// article or a cluster returns to the same place, a different filter starts at the top.
const remembered = new Map<string, { key: string; offset: number }>();

/**
 * A scrolling list of rows of varying height, measured as they render, that keeps only the rows
 * on screen in the page, however many there are (the clusters), and comes back to where it was
 * scrolled. Rows of one fixed height (the library's) use FixedList, which measures nothing.
 */
export function VirtualList({
  list,
  memoryKey,
  count,
  estimateSize,
  overscan,
  itemKey,
  className,
  slotClassName,
  label,
  listLabel,
  onFirstVisible,
  children: row,
}: {
  /** Which list (its scroll position is remembered per list). */
  list: string;
  /** The view of it: the position is restored only for the same key. */
  memoryKey: string;
  count: number;
  estimateSize: number;
  overscan: number;
  /**
   * A row's key. Keep the same function while the list is the same (useCallback on it): a new
   * one makes the virtualiser place every row again, and the clusters view renders often —
   * at 9,908 clusters those passes were ~0.1 s of the stored list's opening (session 31).
   */
  itemKey?: (index: number) => string | number;
  className: string;
  slotClassName: string;
  /** Accessible names of the scrolling box and of the list inside it. */
  label?: string;
  listLabel?: string;
  onFirstVisible?: (index: number) => void;
  children: (index: number) => ReactNode;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const memory = remembered.get(list);
  // The virtualiser hands back fresh functions each render, so the React Compiler leaves this
  // component unmemoised; that is what a scrolling list needs anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimateSize,
    overscan,
    getItemKey: itemKey,
    initialOffset: memory?.key === memoryKey ? memory.offset : 0,
    onChange: (instance) => {
      remembered.set(list, { key: memoryKey, offset: instance.scrollOffset ?? 0 });
      onFirstVisible?.(instance.range?.startIndex ?? 0);
    },
  });
  return (
    <div className={`virtual-list ${className}`} ref={scroller} aria-label={label} tabIndex={-1}>
      <div
        role="list"
        aria-label={listLabel}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className={`virtual-slot ${slotClassName}`}
            style={{ transform: `translateY(${item.start}px)` }}
          >
            {row(item.index)}
          </div>
        ))}
      </div>
    </div>
  );
}
