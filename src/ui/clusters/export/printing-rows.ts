import type { ClusterPassageRecord, ClusterRecord } from '../../../db/cluster-records';
import type { ExportedArticle } from '../../../db/cluster-store';
import { shownSpan } from '../../../core/text/shown-span';

/** One printing of a cluster as an export lists it. */
export interface PrintingRow {
  /** The cluster's place in the export, from 1 (the list's order). */
  readonly cluster: number;
  readonly source: string;
  readonly title: string;
  /** ISO 8601 (UTC), '' when unknown. */
  readonly date: string;
  /** Which date `date` is: the article's publication, its page's last change, or its import. */
  readonly datedBy: 'published' | 'modified' | 'imported';
  readonly url: string;
  readonly articleId: string;
  /** The passage as shown (with its quote marks), UTF-16 offsets into the article's text. */
  readonly start: number;
  readonly end: number;
  /** '' when the article is no longer in the archive. */
  readonly text: string;
  readonly similarity: number;
}

/** The articles an export of `clusters` reads, each once, in the order their rows come. */
export function exportedDocs(clusters: readonly ClusterRecord[]): string[] {
  const docs = new Set<string>();
  for (const cluster of clusters) for (const p of cluster.passages) docs.add(p.doc);
  return [...docs];
}

/** A printing's row, from its cluster's record and its article (undefined when deleted since). */
export function printingRow(
  number: number,
  passage: ClusterPassageRecord,
  article: ExportedArticle | undefined,
): PrintingRow {
  const span = article ? shownSpan(article.text, passage) : passage;
  return {
    cluster: number,
    source: passage.source,
    title: article?.title ?? '',
    ...exportedDate(passage),
    url: article?.url ?? '',
    articleId: passage.doc,
    start: span.start,
    end: span.end,
    text: article ? article.text.slice(span.start, span.end) : '',
    similarity: passage.similarity,
  };
}

/** A copy's date as exports write it: ISO 8601 (UTC) or '', and which date it is. */
export function exportedDate(
  passage: Pick<ClusterPassageRecord, 'date' | 'imported' | 'modified'>,
): Pick<PrintingRow, 'date' | 'datedBy'> {
  return {
    date: Number.isFinite(passage.date) ? new Date(passage.date).toISOString() : '',
    datedBy: passage.imported ? 'imported' : passage.modified ? 'modified' : 'published',
  };
}
