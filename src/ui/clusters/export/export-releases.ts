import type { ClusterRecord } from '../../../db/cluster-records';
import type { ExportedArticle } from '../../../db/cluster-store';
import type { SaveStream } from '../../../host/host';
import { shownSpan } from '../../../core/text/shown-span';
import { describeRelease, type ReleaseRow } from '../release-rows';
import { htmlEnd, htmlHead } from './cluster-html';
import { pieceWriter } from './export-pieces';
import { readBatch, type ClusterExportFormat, type ClusterExportOptions } from './export-clusters';
import { exportedDate } from './printing-rows';
import {
  htmlReleaseEnd,
  htmlReleaseHead,
  htmlReleasePrinting,
  releaseCsvHeader,
  releaseCsvRow,
  type PrintingFacts,
  type ReleaseFacts,
} from './release-writers';

type Read = ClusterExportOptions['read'];

/**
 * Writes the stories reprinted (the list's release rows) to `sink`: as CSV, one row per release
 * (its counts, first printing and passages); as an HTML report, a section per release with its
 * passages as first printed and every printing, earliest first, with what it kept. In pieces, as
 * the clusters' export: a batch of articles read at a time. Returns the printings the releases have.
 */
export async function exportReleases(
  rows: readonly ReleaseRow[],
  format: ClusterExportFormat,
  sink: Pick<SaveStream, 'write'>,
  options: ClusterExportOptions,
): Promise<number> {
  const { read, signal, onProgress } = options;
  const { put, flush } = pieceWriter(sink);
  await put(
    format === 'csv' ? releaseCsvHeader() : htmlHead(options.title, options.made ?? new Date()),
  );
  let printings = 0;
  for (const [index, row] of rows.entries()) {
    signal?.throwIfAborted();
    const facts = await releaseFacts(index + 1, row, read);
    signal?.throwIfAborted();
    const { summary } = row;
    printings += summary.printings.length;
    if (format === 'csv') await put(releaseCsvRow(facts));
    else {
      await put(htmlReleaseHead(facts));
      for (let at = 0; at < summary.printings.length; at += readBatch) {
        const batch = summary.printings.slice(at, at + readBatch);
        const articles = await read(batch.map((p) => p.doc));
        signal?.throwIfAborted();
        for (const p of batch)
          await put(
            htmlReleasePrinting(
              printingFacts(row, p.doc, articles.get(p.doc)),
              p.kept,
              summary.passages,
            ),
          );
      }
      await put(htmlReleaseEnd());
    }
    onProgress?.(index + 1, rows.length);
  }
  if (format === 'html') await put(htmlEnd());
  await flush();
  return printings;
}

/** A file name for a releases export: "verso-releases-2026-12-03.csv". */
export const releaseExportName = (format: ClusterExportFormat, when: Date): string =>
  `verso-releases-${when.toISOString().slice(0, 10)}.${format}`;

/** What a release's export says of an article that printed it (undefined: deleted since). */
function printingFacts(
  row: ReleaseRow,
  doc: string,
  article: ExportedArticle | undefined,
): PrintingFacts {
  const record = row.dated.get(doc);
  return {
    source: record?.source ?? '',
    ...(record ? exportedDate(record) : { date: '', datedBy: 'published' as const }),
    title: article?.title ?? '',
    url: article?.url ?? '',
    articleId: doc,
  };
}

// The passage of `cluster` in `doc` (its first there), else the one the others were aligned to.
function passageIn(cluster: ClusterRecord, doc: string | undefined) {
  let found: ClusterRecord['passages'][number] | undefined;
  for (const p of cluster.passages)
    if (p.doc === doc && (!found || p.start < found.start)) found = p;
  return found ?? cluster.passages[cluster.representative] ?? cluster.passages[0];
}

/**
 * A release's facts: its first printers (read a batch at a time, only their titles kept) and its
 * passages' words as the first printing has them (one read of the articles they are in).
 */
async function releaseFacts(number: number, row: ReleaseRow, read: Read): Promise<ReleaseFacts> {
  const { summary } = row;
  const firstDocs = (summary.first?.first ?? []).map((p) => p.doc);
  const first: PrintingFacts[] = [];
  for (let at = 0; at < firstDocs.length; at += readBatch) {
    const batch = firstDocs.slice(at, at + readBatch);
    const articles = await read(batch);
    for (const doc of batch) first.push(printingFacts(row, doc, articles.get(doc)));
  }
  const textDoc = firstDocs[0] ?? summary.printings[0]?.doc;
  const passages = row.clusters.map((c) => passageIn(c, textDoc));
  const articles = await read([...new Set(passages.flatMap((p) => (p ? [p.doc] : [])))]);
  const texts = passages.flatMap((p) => {
    if (!p) return [];
    const article = articles.get(p.doc);
    const span = article && shownSpan(article.text, p);
    const text = article && span ? article.text.slice(span.start, span.end) : '';
    return [{ text, from: printingFacts(row, p.doc, article) }];
  });
  const whole = summary.printings.filter((p) => p.kept >= summary.passages).length;
  return {
    number,
    headline: describeRelease(row),
    passages: summary.passages,
    articles: summary.printings.length,
    sources: summary.sources,
    whole,
    first,
    clusterIds: row.clusters.map((c) => c.id),
    texts,
  };
}
