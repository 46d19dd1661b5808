import { existsSync } from 'node:fs';
import { extractBytes } from '../src/core/extract/extract-bytes';
import { extractHtmlArticle } from '../src/core/extract/html-article';
import { readInput } from '../src/core/extract/read-input';
import { stripInertMarkup } from '../src/core/extract/strip-inert';
import { parseHtmlWithLinkedom } from '../src/cli/html-reader';
import type { ExtractOutcome } from '../src/core/extract/types';
import {
  loadNewsPages,
  newsPageBytes,
  newsPageExpected,
  newsPagesDir,
  scoreNewsPage,
  type NewsPage,
} from '../tests/support/news-pages';
import { leakedParagraphs, scoreText } from '../tests/support/text-score';

type Extractor = (name: string, bytes: Uint8Array) => ExtractOutcome;

const withCleanUp: Extractor = (name, bytes) =>
  extractBytes({ name, bytes }, parseHtmlWithLinkedom);
const readabilityOnly: Extractor = (name, bytes) => {
  const input = readInput({ name, bytes });
  if (input.kind === 'failed') return input;
  return extractHtmlArticle(parseHtmlWithLinkedom(stripInertMarkup(input.text), ''), '', false);
};

/** One page's result in one configuration. */
export interface NewsPageResult {
  readonly file: string;
  readonly f1: number;
  readonly recall: number;
  readonly precision: number;
  readonly titleRight: boolean;
  readonly missing: readonly string[];
  readonly leaked: readonly string[];
  /** Against the hand-checked whole text, when the page has one. */
  readonly text?: { f1: number; precision: number; recall: number; leaked: readonly string[] };
}

function measure(pages: readonly NewsPage[], dir: string, extract: Extractor) {
  const inputs = pages.map((p) => newsPageBytes(p, dir));
  const cpuBefore = process.cpuUsage();
  const outcomes = pages.map((p, i) => extract(p.file, inputs[i] ?? new Uint8Array()));
  const cpu = process.cpuUsage(cpuBefore);
  const results: NewsPageResult[] = pages.map((page, i) => {
    const outcome = outcomes[i];
    const text = outcome?.kind === 'ok' ? outcome.article.text : '';
    const title = outcome?.kind === 'ok' ? outcome.article.title : '';
    const want = newsPageExpected(page, dir);
    return {
      file: page.file,
      titleRight: !page.title || title === page.title,
      ...scoreNewsPage(page, text),
      ...(want === undefined
        ? {}
        : { text: { ...scoreText(text, want), leaked: leakedParagraphs(text, want) } }),
    };
  });
  const mean = (values: number[]): number =>
    values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);
  const texts = results.flatMap((r) => (r.text ? [r.text] : []));
  // Snippet scores summarise the pages that have only snippets; a whole text scores the others.
  const snippetOnly = results.filter((r) => !r.text);
  const titled = pages.filter((p) => p.title).length;
  return {
    results,
    summary: {
      pages: pages.length,
      snippetPages: snippetOnly.length,
      meanF1: mean(snippetOnly.map((r) => r.f1)),
      meanRecall: mean(snippetOnly.map((r) => r.recall)),
      meanPrecision: mean(snippetOnly.map((r) => r.precision)),
      textPages: texts.length,
      meanTextF1: mean(texts.map((t) => t.f1)),
      meanTextPrecision: mean(texts.map((t) => t.precision)),
      meanTextRecall: mean(texts.map((t) => t.recall)),
      pagesWithFurniture: results.filter(
        (r) => r.leaked.length > 0 || (r.text?.leaked.length ?? 0) > 0,
      ).length,
      titleExact:
        results.filter((r, i) => pages[i]?.title && r.titleRight).length / Math.max(1, titled),
      pagesPerCpuSecond: pages.length / ((cpu.user + cpu.system) / 1e6),
    },
  };
}

/**
 * Extraction on a news page set (tests/fixtures/news-pages, or the held-out set's cache): per
 * page, the snippet scores (article snippets found, furniture snippets kept out), the text F1 and
 * precision against the hand-checked whole text where there is one, and the title; with Verso's
 * clean-up and with Readability alone, in one run.
 */
export function benchNewsPages(dir = newsPagesDir) {
  if (!existsSync(`${dir}expectations.json`)) return undefined;
  const pages = loadNewsPages(dir);
  // One untimed pass so the figure is not JIT warm-up.
  for (const p of pages) withCleanUp(p.file, newsPageBytes(p, dir));
  return { before: measure(pages, dir, readabilityOnly), after: measure(pages, dir, withCleanUp) };
}

const f3 = (n: number | undefined): string => (n ?? NaN).toFixed(3);
const short = (s: string): string => (s.length > 50 ? `${s.slice(0, 47)}…` : s);

/** Runs a news page set, prints it page by page (Readability alone → with clean-up), returns the summaries. */
export function printNewsPages(
  dir = newsPagesDir,
  label = 'news dev set (tests/fixtures/news-pages',
): { before: Record<string, number>; after: Record<string, number> } | undefined {
  const run = benchNewsPages(dir);
  if (!run) return undefined;
  const { before, after } = run;
  console.log(
    `Archive: ${label}, ${after.summary.pages} pages); per page text F1 (else snippet F1), Readability alone → with Verso's clean-up`,
  );
  after.results.forEach((a, i) => {
    const b = before.results[i];
    const notes = [
      a.titleRight ? '' : 'title wrong',
      a.missing.length ? `missing ${JSON.stringify(a.missing)}` : '',
      a.leaked.length ? `leaked ${JSON.stringify(a.leaked)}` : '',
      a.text?.leaked.length ? `furniture ${JSON.stringify(a.text.leaked.map(short))}` : '',
    ].filter(Boolean);
    const score = (r: NewsPageResult | undefined) => f3(r?.text ? r.text.f1 : r?.f1);
    console.log(`  ${a.file.padEnd(40)} ${score(b)} → ${score(a)}  ${notes.join('; ')}`);
  });
  const row = (label: string, key: keyof typeof after.summary) =>
    console.log(`  ${label.padEnd(48)} ${f3(before.summary[key])} → ${f3(after.summary[key])}`);
  if (after.summary.textPages) {
    row(`mean text F1 (${after.summary.textPages} pages with whole text)`, 'meanTextF1');
    row('mean text precision (share that is article)', 'meanTextPrecision');
    row('mean text recall', 'meanTextRecall');
  }
  if (after.summary.snippetPages) {
    row(`mean snippet F1 (${after.summary.snippetPages} pages with snippets only)`, 'meanF1');
    row('mean snippet recall (article snippets found)', 'meanRecall');
    row('mean furniture precision (furniture kept out)', 'meanPrecision');
  }
  row('pages with furniture leaked', 'pagesWithFurniture');
  row('title exact', 'titleExact');
  row('pages per CPU-second', 'pagesPerCpuSecond');
  return { before: before.summary, after: after.summary };
}
