import { existsSync } from 'node:fs';
import { extractText } from '../src/core/extract/extract-bytes';
import { extractHtmlArticle } from '../src/core/extract/html-article';
import { stripInertMarkup } from '../src/core/extract/strip-inert';
import { parseHtmlWithLinkedom } from '../src/cli/html-reader';
import type { ExtractOutcome } from '../src/core/extract/types';
import {
  loadNewsPages,
  newsPageHtml,
  newsPagesDir,
  scoreNewsPage,
  type NewsPage,
} from '../tests/support/news-pages';

type Extractor = (html: string) => ExtractOutcome;

const withCleanUp: Extractor = (html) => extractText(html, 'html', parseHtmlWithLinkedom);
const readabilityOnly: Extractor = (html) =>
  extractHtmlArticle(parseHtmlWithLinkedom(stripInertMarkup(html), ''), '', false);

/** One page's result in one configuration. */
export interface NewsPageResult {
  readonly file: string;
  readonly f1: number;
  readonly recall: number;
  readonly precision: number;
  readonly titleRight: boolean;
  readonly missing: readonly string[];
  readonly leaked: readonly string[];
}

function measure(pages: readonly NewsPage[], extract: Extractor) {
  const htmls = pages.map(newsPageHtml);
  const cpuBefore = process.cpuUsage();
  const outcomes = htmls.map(extract);
  const cpu = process.cpuUsage(cpuBefore);
  const results: NewsPageResult[] = pages.map((page, i) => {
    const outcome = outcomes[i];
    const text = outcome?.kind === 'ok' ? outcome.article.text : '';
    const title = outcome?.kind === 'ok' ? outcome.article.title : '';
    return {
      file: page.file,
      titleRight: !page.title || title === page.title,
      ...scoreNewsPage(page, text),
    };
  });
  const mean = (key: 'f1' | 'recall' | 'precision'): number =>
    results.reduce((s, r) => s + r[key], 0) / Math.max(1, results.length);
  const titled = pages.filter((p) => p.title).length;
  return {
    results,
    summary: {
      pages: pages.length,
      meanF1: mean('f1'),
      meanRecall: mean('recall'),
      meanPrecision: mean('precision'),
      pagesWithFurniture: results.filter((r) => r.leaked.length > 0).length,
      titleExact:
        results.filter((r, i) => pages[i]?.title && r.titleRight).length / Math.max(1, titled),
      pagesPerCpuSecond: pages.length / ((cpu.user + cpu.system) / 1e6),
    },
  };
}

/**
 * Extraction on the news dev set (tests/fixtures/news-pages): per page, the share of the
 * hand-checked article snippets found (recall), of the furniture snippets kept out (precision),
 * their F1, and the title; with Verso's clean-up and with Readability alone, in one run.
 */
export function benchNewsPages() {
  if (!existsSync(`${newsPagesDir}expectations.json`)) return undefined;
  const pages = loadNewsPages();
  // One untimed pass so the figure is not JIT warm-up.
  for (const p of pages) withCleanUp(newsPageHtml(p));
  return { before: measure(pages, readabilityOnly), after: measure(pages, withCleanUp) };
}

const f2 = (n: number | undefined): string => (n ?? NaN).toFixed(3);

/** Runs the news dev set, prints it page by page (Readability alone → with clean-up), returns the summaries. */
export function printNewsPages():
  { before: Record<string, number>; after: Record<string, number> } | undefined {
  const run = benchNewsPages();
  if (!run) return undefined;
  const { before, after } = run;
  console.log(
    `Archive: news dev set (tests/fixtures/news-pages, ${after.summary.pages} pages); snippet F1 per page, Readability alone → with Verso's clean-up`,
  );
  after.results.forEach((a, i) => {
    const b = before.results[i];
    const notes = [
      a.titleRight ? '' : 'title wrong',
      a.missing.length ? `missing ${JSON.stringify(a.missing)}` : '',
      a.leaked.length ? `leaked ${JSON.stringify(a.leaked)}` : '',
    ].filter(Boolean);
    console.log(`  ${a.file.padEnd(44)} ${f2(b?.f1)} → ${f2(a.f1)}  ${notes.join('; ')}`);
  });
  const row = (label: string, key: keyof typeof after.summary) =>
    console.log(`  ${label.padEnd(44)} ${f2(before.summary[key])} → ${f2(after.summary[key])}`);
  row('mean snippet F1', 'meanF1');
  row('mean recall (article snippets found)', 'meanRecall');
  row('mean furniture precision (furniture kept out)', 'meanPrecision');
  row('pages with furniture leaked', 'pagesWithFurniture');
  row('title exact', 'titleExact');
  row('pages per CPU-second', 'pagesPerCpuSecond');
  return { before: before.summary, after: after.summary };
}
