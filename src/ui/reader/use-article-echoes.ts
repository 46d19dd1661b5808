import { useMemo } from 'react';
import { strongestFirst } from '../../core/echoes/strength';
import type { ArticleRecord } from '../../db/records';
import type { ArticleJob } from '../../workers/echo-protocol';
import { useEchoScan } from '../echoes/use-echo-scan';
import { useEchoSettings } from '../echoes/use-echo-settings';

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
    () => (scan.state.kind === 'done' ? [...scan.state.result.echoes].sort(strongestFirst) : []),
    [scan.state],
  );
  // Weaker echoes the worker counted and did not send (see ECHO_LIMIT).
  const omitted = scan.state.kind === 'done' ? scan.state.result.omitted : 0;
  return { ...scan, echoes, omitted, settings, setSettings };
}

/** What useArticleEchoes returns. */
export type ArticleEchoScan = ReturnType<typeof useArticleEchoes>;
