import { useEffect } from 'react';
import { clearWatchMark } from '../../db/watch-store';
import { reportWrite } from '../common/report-write';
import { archive } from '../data/archive';
import type { Notify } from '../shell/notice';
import type { Route } from '../shell/route';

/** An article's new/changed mark goes once the person has opened it (to read, or to see what changed). */
export function useClearWatchMark(route: Route, notify: Notify): void {
  const articleId = route.kind === 'reader' || route.kind === 'versions' ? route.articleId : '';
  useEffect(() => {
    if (articleId)
      void reportWrite('clearing the new mark', () => clearWatchMark(archive(), articleId), notify);
  }, [articleId, notify]);
}
