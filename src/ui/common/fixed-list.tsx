import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type HTMLAttributes,
  type ReactNode,
} from 'react';
import { rowRange } from './fixed-rows';

// Where each list was last scrolled, and for which view of it (its key): coming back from an
// article returns to the same place, a different filter starts at the top.
const remembered = new Map<string, { key: string; offset: number }>();

/**
 * A scrolling list of rows that are all `rowSize` pixels tall (their CSS says so), keeping only
 * the rows on screen in the page, however many there are: the library's articles. Unlike
 * VirtualList it never measures or lists its rows, which at 100,000 articles was a 100,000-entry
 * table built and a layout forced before the first row; the rows on screen are arithmetic.
 */
export function FixedList({
  list,
  memoryKey,
  count,
  rowSize,
  overscan,
  className,
  slotClassName,
  label,
  keep,
  boxProps,
  slotProps,
  onFirstVisible,
  children: row,
}: {
  /** Which list (its scroll position is remembered per list). */
  list: string;
  /** The view of it: the position is restored only for the same key. */
  memoryKey: string;
  count: number;
  rowSize: number;
  overscan: number;
  className: string;
  slotClassName: string;
  /** Accessible name of the scrolling box. */
  label?: string;
  /**
   * A row kept in the page wherever the list is scrolled: the one with keyboard focus, which
   * would otherwise leave the page as it scrolls away and drop focus onto the page itself.
   */
  keep?: number | undefined;
  /** More attributes of the scrolling box (a listbox's role and keys). */
  boxProps?: HTMLAttributes<HTMLDivElement>;
  /** More attributes of a row's slot (an option's role, name and tab stop). */
  slotProps?: (index: number) => HTMLAttributes<HTMLDivElement>;
  onFirstVisible?: (index: number) => void;
  children: (index: number) => ReactNode;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState(() => {
    const memory = remembered.get(list);
    // The window's height until the box's own is known (its first resize report, before the
    // first paint): enough rows for the first screen without reading the layout.
    return { offset: memory?.key === memoryKey ? memory.offset : 0, height: window.innerHeight };
  });
  // Back where it was left (set once, on mount: the list is remounted for another view).
  const restoreTo = useRef(view.offset);
  useLayoutEffect(() => {
    const box = scroller.current;
    if (box && restoreTo.current > 0) box.scrollTop = restoreTo.current;
  }, []);
  useEffect(() => {
    const box = scroller.current;
    if (!box) return;
    const observer = new ResizeObserver(([entry]) => {
      const height = entry?.contentRect.height;
      if (height !== undefined) setView((v) => (v.height === height ? v : { ...v, height }));
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  const onScroll = (): void => {
    const offset = scroller.current?.scrollTop ?? 0;
    remembered.set(list, { key: memoryKey, offset });
    setView((v) => (v.offset === offset ? v : { ...v, offset }));
  };
  const { first, start, end } = rowRange(view.offset, view.height, rowSize, count, overscan);
  useEffect(() => onFirstVisible?.(first), [first, onFirstVisible]);
  const indexes: number[] = [];
  if (keep !== undefined && keep >= 0 && keep < start) indexes.push(keep);
  for (let index = start; index < end; index++) indexes.push(index);
  if (keep !== undefined && keep >= end && keep < count) indexes.push(keep);
  const slots = indexes.map((index) => (
    <div
      key={index}
      data-index={index}
      {...slotProps?.(index)}
      className={`virtual-slot ${slotClassName}`}
      style={{ transform: `translateY(${index * rowSize}px)`, height: rowSize }}
    >
      {row(index)}
    </div>
  ));
  return (
    <div
      role="list"
      {...boxProps}
      className={`virtual-list ${className}`}
      ref={scroller}
      aria-label={label}
      tabIndex={-1}
      onScroll={onScroll}
    >
      <div role="presentation" style={{ height: count * rowSize, position: 'relative' }}>
        {slots}
      </div>
    </div>
  );
}
