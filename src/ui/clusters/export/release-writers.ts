import { keptWords } from '../../../core/releases/release-summary';
import { csvLine } from './cluster-csv';
import { escapeHtml, htmlWhere } from './cluster-html';
import type { PrintingRow } from './printing-rows';

/** The releases CSV's columns, in order: one row per story reprinted. */
export const RELEASE_CSV_COLUMNS = [
  'release',
  'headline',
  'passages',
  'articles',
  'sources',
  'printed_whole',
  'first_date',
  'first_dated_by',
  'first_sources',
  'first_title',
  'first_url',
  'first_article_id',
  'cluster_ids',
  'text',
] as const;

/** Where and when an article printed a release, as a release's export says it. */
export type PrintingFacts = Pick<
  PrintingRow,
  'source' | 'date' | 'datedBy' | 'title' | 'url' | 'articleId'
>;

/** One release as its export writes it. */
export interface ReleaseFacts {
  /** Its place in the export, from 1 (the list's order). */
  readonly number: number;
  readonly headline: string;
  readonly passages: number;
  readonly articles: number;
  readonly sources: number;
  /** Printings that kept every passage. */
  readonly whole: number;
  /** The first printers (several when tied on the earliest day), none when no printing is dated. */
  readonly first: readonly PrintingFacts[];
  readonly clusterIds: readonly string[];
  /** Its passages in text order, each as the first printing prints it (else as another does). */
  readonly texts: readonly { readonly text: string; readonly from: PrintingFacts }[];
}

/** The releases CSV's header line. */
export const releaseCsvHeader = (): string => csvLine(RELEASE_CSV_COLUMNS);

/** A release's CSV line: its counts, its first printing, its passages joined by blank lines. */
export function releaseCsvRow(release: ReleaseFacts): string {
  const [first] = release.first;
  return csvLine([
    release.number,
    release.headline,
    release.passages,
    release.articles,
    release.sources,
    release.whole,
    first?.date ?? '',
    first?.datedBy ?? '',
    release.first.map((p) => p.source || 'Unknown source').join('; '),
    first?.title ?? '',
    first?.url ?? '',
    first?.articleId ?? '',
    release.clusterIds.join(' '),
    release.texts.map((t) => t.text).join('\n\n'),
  ]);
}

/** A release's opening in the HTML report: headline, counts, first printers and its passages. */
export function htmlReleaseHead(release: ReleaseFacts): string {
  const facts = `${release.passages} ${release.passages === 1 ? 'passage' : 'passages'} · ${release.articles} articles from ${release.sources} ${release.sources === 1 ? 'source' : 'sources'} · ${release.whole} printed it whole`;
  const [first] = release.first;
  const firsts = release.first.length
    ? `<p class="where">First printed by ${release.first.map(htmlWhere).join('; ')}</p>`
    : '<p class="facts">No printing is dated: who printed it first is not known.</p>';
  const passages = release.texts.map(({ text, from }) => {
    const elsewhere =
      first && from.articleId !== first.articleId
        ? `<p class="facts">Not in the first printing; as ${htmlWhere(from)} printed it:</p>\n`
        : '';
    const words = text
      ? `<blockquote>${escapeHtml(text)}</blockquote>`
      : '<p class="facts">This article is no longer in the archive.</p>';
    return `${elsewhere}${words}\n`;
  });
  return `<section>
<h2 id="release-${release.number}">Release ${release.number}: ${escapeHtml(release.headline)}</h2>
<p class="facts">${escapeHtml(facts)}</p>
${firsts}
${passages.join('')}<ol class="printings">
`;
}

/** One printing of a release: where and when, and how much of the release it kept. */
export function htmlReleasePrinting(
  printing: PrintingFacts,
  kept: number,
  passages: number,
): string {
  return `<li class="printing">${htmlWhere(printing)} · ${escapeHtml(keptWords(kept, passages))}</li>\n`;
}

/** A release's closing. */
export const htmlReleaseEnd = (): string => '</ol>\n</section>\n';
