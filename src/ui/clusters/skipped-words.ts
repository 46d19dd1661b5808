import type { SkippedArticleRecord } from '../../db/cluster-records';

/** Why a scan left an article out, in words (never the exception's text). */
export function skipReason(skip: SkippedArticleRecord, titleOf: (id: string) => string): string {
  switch (skip.reason) {
    case 'damaged':
      return 'its stored echo data is damaged, so it was left out of this scan. Editing or re-importing it stores that data afresh.';
    case 'unreadable':
      return 'its text could not be prepared for comparison, so it was left out of this scan.';
    case 'pair':
      return skip.other
        ? `comparing it with “${skip.otherTitle || titleOf(skip.other) || 'another article'}” failed; the rest of it was scanned.`
        : 'comparing it with another article failed; the rest of it was scanned.';
  }
}

/** "1 article skipped" / "3 articles skipped". */
export function skippedHeadline(count: number): string {
  return `${count.toLocaleString('en')} ${count === 1 ? 'article' : 'articles'} skipped`;
}
