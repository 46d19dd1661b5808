import { useMemo } from 'react';
import type { Echo } from '../../core/model';
import type { ArticleRecord } from '../../db/records';
import type { ArticleJob } from '../../workers/echo-protocol';
import { useEchoScan } from '../echoes/use-echo-scan';
import { useEchoSettings } from '../echoes/use-echo-settings';

const strongestFirst = (x: Echo, y: Echo): number =>
  y.similarity - x.similarity || y.a.end - y.a.start - (x.a.end - x.a.start);

/** The open article's echoes (within, versions, across), scanned in the worker, strongest first. */
export function useArticleEchoes(article: ArticleRecord | null, versionIds: readonly string[]) {
  const [settings, setSettings] = useEchoSettings();
  const job = useMemo<ArticleJob | null>(
    () =>
      article ? { kind: 'article', doc: { id: article.id, text: article.text }, versionIds } : null,
    [article, versionIds],
  );
  const scan = useEchoScan(job, settings, article?.contentHash);
  const echoes = useMemo(
    () => (scan.state.kind === 'done' ? [...scan.state.result].sort(strongestFirst) : []),
    [scan.state],
  );
  return { ...scan, echoes, settings, setSettings };
}

/** What useArticleEchoes returns. */
export type ArticleEchoScan = ReturnType<typeof useArticleEchoes>;
