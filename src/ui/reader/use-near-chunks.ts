import { useCallback, useEffect, useRef, useState } from 'react';

/** How far beyond the window a chunk counts as near: its highlights are ready before it shows. */
const nearMargin = '1500px 0px';

const firstOnly: ReadonlySet<number> = new Set([0]);

/** The chunks near the window, and the ref callback each chunk's element registers with. */
export interface NearChunks {
  /** `null` when the page has no IntersectionObserver (tests' DOM): every chunk is near then. */
  readonly near: ReadonlySet<number> | null;
  readonly watch: (element: HTMLElement | null) => void;
}

/**
 * The chunks (by `data-chunk`) now within `nearMargin` of the window, watched with an
 * IntersectionObserver as each mounts and as the page scrolls. Until the observer first answers,
 * the first chunk counts as near (where a freshly opened article is read). A new `owner` (another
 * article) starts over.
 */
export function useNearChunks(owner: unknown): NearChunks {
  const observable = typeof IntersectionObserver !== 'undefined';
  const [near, setNear] = useState<{ owner: unknown; set: ReadonlySet<number> }>({
    owner,
    set: firstOnly,
  });
  const observer = useRef<IntersectionObserver | null>(null);
  // Chunks mounted before the observer exists wait here (effects run after their refs).
  const waiting = useRef(new Set<HTMLElement>());
  useEffect(() => {
    if (!observable) return;
    const watching = new IntersectionObserver(
      (entries) =>
        setNear((now) => {
          const set = new Set(now.owner === owner ? now.set : firstOnly);
          let changed = now.owner !== owner;
          for (const entry of entries) {
            const chunk = Number((entry.target as HTMLElement).dataset.chunk);
            if (entry.isIntersecting === set.has(chunk)) continue;
            changed = true;
            if (entry.isIntersecting) set.add(chunk);
            else set.delete(chunk);
          }
          return changed ? { owner, set } : now;
        }),
      { rootMargin: nearMargin },
    );
    observer.current = watching;
    for (const element of waiting.current) watching.observe(element);
    waiting.current.clear();
    return () => {
      watching.disconnect();
      observer.current = null;
    };
  }, [observable, owner]);
  const watch = useCallback((element: HTMLElement | null) => {
    if (!element) return;
    if (observer.current) observer.current.observe(element);
    else waiting.current.add(element);
  }, []);
  if (!observable) return { near: null, watch };
  return { near: near.owner === owner ? near.set : firstOnly, watch };
}
