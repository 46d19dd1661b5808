import { useEffect, useState } from 'react';
import { isTypingTarget } from '../shell/is-typing-target';
import type { ArticleEchoScan } from './use-article-echoes';

/**
 * What `e` (step to the next echo highlight) says when there is no highlight to step to: how
 * far the scan that will find them has got, that it found none, or that it stopped. The key had
 * done nothing while the reader scanned the archive (q22: 14–30 s after a restart).
 */
export function echoKeyWords(state: ArticleEchoScan['state'], found: number): string {
  if (state.kind === 'running') {
    const progress = state.progress;
    if (!progress || progress.total === 0) return 'Finding echoes…';
    const percent = Math.floor((100 * Math.min(progress.done, progress.total)) / progress.total);
    return `Finding echoes (${progress.phase.toLowerCase()})… ${percent}%`;
  }
  if (state.kind === 'done')
    return found > 0
      ? `Found ${found.toLocaleString('en')} ${found === 1 ? 'echo' : 'echoes'}: press e to step through them.`
      : 'No echoes in this article to step to.';
  return state.kind === 'cancelled'
    ? 'The echo scan was cancelled: Scan again finds the echoes.'
    : 'The echo scan stopped: Scan again finds the echoes.';
}

/**
 * The reader's answer to `e` or Shift+E pressed where there is no echo highlight (the app's keys
 * step through them when there are): words that follow the scan until the highlights are there.
 */
export function useEchoKeyNote(scan: ArticleEchoScan, articleId: string): string | null {
  const [asked, setAsked] = useState<string | null>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'e' && event.key !== 'E') return;
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      if (document.querySelector('dialog[open]') || document.querySelector('.echo-mark')) return;
      setAsked(articleId);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [articleId]);
  // Asked about another article (the reader moved on): nothing to say here.
  if (asked !== articleId) return null;
  return echoKeyWords(scan.state, scan.echoes.length + scan.omitted);
}
