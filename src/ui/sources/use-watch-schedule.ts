import { useEffect } from 'react';
import type { RoundReport } from '../../capture/watch-env';
import { getArticle } from '../../db/articles';
import { nextDueAt } from '../../db/watch-store';
import { archive } from '../data/archive';
import { runWatchRound, subscribeWatchState, watchState } from '../data/watch-rounds';
import { useHost } from '../host-context';
import type { Notify } from '../shell/notice';
import type { Route } from '../shell/route';

/** How often the app looks for subscriptions that have fallen due. */
const lookEveryMs = 60_000;
/** The first look after start, once the first screen has painted. */
const firstLookMs = 3_000;

async function changedNotice(
  report: RoundReport,
  notify: Notify,
  navigate: (route: Route) => void,
): Promise<void> {
  const [first] = report.changed;
  if (!first) return;
  const title = (await getArticle(archive(), first.articleId))?.title ?? first.title;
  notify({
    message:
      report.changed.length === 1
        ? `A watched article changed: “${title}”.`
        : `${report.changed.length} watched articles changed, among them “${title}”.`,
    action: {
      label: 'Show what changed',
      run: () => navigate({ kind: 'versions', articleId: first.articleId }),
    },
  });
}

/**
 * Runs capture rounds while the app is open: a look shortly after start (the schedule is stored
 * with the subscriptions, so checks that fell due while the app was closed run then) and once a
 * minute after. Any round that finds a changed article says so in a notice that opens what changed.
 */
export function useWatchSchedule(notify: Notify, navigate: (route: Route) => void): void {
  const host = useHost();
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const look = async (): Promise<void> => {
      try {
        const due = await nextDueAt(archive());
        if (!stopped && due !== undefined && due <= Date.now())
          await runWatchRound(host.watchFetch);
      } catch {
        // A failed look changes nothing stored; the next one tries again.
      }
      if (!stopped) timer = setTimeout(() => void look(), lookEveryMs);
    };
    timer = setTimeout(() => void look(), firstLookMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [host]);
  // Every round, scheduled or "check now", tells of the watched articles that changed.
  useEffect(() => {
    let seen = watchState().lastReport;
    return subscribeWatchState(() => {
      const report = watchState().lastReport;
      if (!report || report === seen) return;
      seen = report;
      changedNotice(report, notify, navigate).catch(() => undefined);
    });
  }, [notify, navigate]);
}
