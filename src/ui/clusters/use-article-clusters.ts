import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Echo } from '../../core/model';
import type { EchoSettings } from '../../workers/echo-protocol';
import { articleClusters, type EchoCluster } from './article-clusters';
import { currentClusters } from '../data/cluster-client';

/** The cluster of each of the open article's echoes, sized by the archive-wide scan when current. */
export function useArticleClusters(
  echoes: readonly Echo[],
  articleId: string,
  settings: EchoSettings,
): readonly EchoCluster[] {
  const stored = useLiveQuery(
    () => currentClusters(settings),
    [settings.minWords, settings.minSimilarity],
  );
  return useMemo(
    () => articleClusters(echoes, articleId, stored ?? []),
    [echoes, articleId, stored],
  );
}
