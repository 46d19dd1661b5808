import { useState } from 'react';
import { listArticles } from '../../db/list-articles';
import type { SearchWait } from '../../search/index-progress';
import { searchArticles } from '../data/search';
import { archive } from '../data/archive';
import { useArchiveQuery } from '../data/use-archive-query';
import { openingQuery, type LibraryQuery } from './library-query';
import { firstWindowRows, takeEarlyPage } from './first-window';
import type { LibraryRow } from './library-row';

// A page is a few screens of rows: the window (a page either side of the visible one) reads
// 150 whole articles, which at 100,000 articles is the first screen's largest read.
const pageSize = 50;
const searchLimit = 1000;

/** A loaded window of the library: `rows[i]` is list position `offset + i`. */
export interface LibraryWindow {
  readonly total: number;
  readonly offset: number;
  readonly rows: readonly LibraryRow[];
}

/**
 * The library's rows, and how far a search is through what it waits for: its index loading,
 * converting or rebuilding, or its phrase's candidates being checked.
 */
export interface LibraryRows {
  readonly data: LibraryWindow | undefined;
  /**
   * Set while the search waits for its index (loaded, converted after an upgrade, rebuilt) or
   * while a quoted phrase's candidates are read (told only once it takes long).
   */
  readonly checking: SearchWait | undefined;
}

/**
 * The library rows around the visible range, live: a page before and after what is on screen,
 * so scrolling 10,000 articles reads a few hundred at a time. Search returns its best hits.
 */
export function useLibraryRows(query: LibraryQuery, firstVisible: number): LibraryRows {
  const offset = Math.max(0, (Math.floor(firstVisible / pageSize) - 1) * pageSize);
  const search = query.search.trim();
  const filterKey = JSON.stringify(query.filters);
  // The progress line belongs to the run that set it: only that run may clear it, so an older
  // search ending (aborted, replaced) never blanks the newest search's line.
  const [checking, setChecking] = useState<{ run: object; progress: SearchWait }>();
  const data = useArchiveQuery(
    async (signal): Promise<LibraryWindow> => {
      const filters = JSON.parse(filterKey) as LibraryQuery['filters'];
      if (search) {
        const run = {};
        const onProgress = (progress: SearchWait) => {
          if (!signal.aborted) setChecking({ run, progress });
        };
        try {
          const hits = await searchArticles(archive(), search, filters, searchLimit, {
            signal,
            onProgress,
          });
          return { total: hits.length, offset: 0, rows: hits };
        } finally {
          // Replaced (aborted) or done, a search leaves no progress of its own behind; a replaced
          // one's late progress is not shown (see onProgress).
          setChecking((shown) => (shown?.run === run ? undefined : shown));
        }
      }
      const opening = offset === 0 && query.sort === openingQuery.sort && filterKey === '{}';
      const read = () => listArticles(archive(), query.sort, filters, offset, firstWindowRows);
      const page = await ((opening ? takeEarlyPage()?.catch(read) : undefined) ?? read());
      return { total: page.total, offset, rows: page.items.map((article) => ({ article })) };
      // The previous window stays on screen while the next one loads, so rows never blink out.
    },
    [search, query.sort, filterKey, search ? 0 : offset],
  );
  return { data, checking: checking?.progress };
}
