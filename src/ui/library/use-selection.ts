import { useCallback, useRef, useState } from 'react';
import type { LibraryWindow } from './use-library-rows';

/** The selected articles; shift-click selects the loaded rows between the last click and this one. */
export function useSelection(data: LibraryWindow | undefined) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<string | null>(null);
  const toggle = useCallback(
    (id: string, range: boolean) => {
      setSelected((now) => {
        const next = new Set(now);
        const ids = data?.rows.map((row) => row.article.id) ?? [];
        const from = anchor.current === null ? -1 : ids.indexOf(anchor.current);
        const to = ids.indexOf(id);
        if (range && from >= 0 && to >= 0) {
          for (const each of ids.slice(Math.min(from, to), Math.max(from, to) + 1)) next.add(each);
        } else if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
      anchor.current = id;
    },
    [data],
  );
  const clear = useCallback(() => setSelected(new Set()), []);
  return { selected, toggle, clear };
}
