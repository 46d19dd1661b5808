import { useEffect } from 'react';
import { clearWatchMark } from '../../db/watch-store';
import { archive } from '../data/archive';
import type { Route } from '../shell/route';

/** An article's new/changed mark goes once the person has opened it (to read, or to see what changed). */
export function useClearWatchMark(route: Route): void {
  const articleId = route.kind === 'reader' || route.kind === 'versions' ? route.articleId : '';
  useEffect(() => {
    if (articleId) clearWatchMark(archive(), articleId).catch(() => undefined);
  }, [articleId]);
}
