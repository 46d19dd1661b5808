import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractText } from '../src/core/extract/extract-bytes';
import { parseHtmlWithLinkedom } from '../src/cli/html-reader';

/** The Readability test pages (130 cases), beside the checkout. */
export const corpusDir = fileURLToPath(
  new URL('../../shared/corpora/readability-test-pages/', import.meta.url),
);

interface Case {
  readonly name: string;
  readonly source: string;
  readonly expectedText: string;
  readonly meta: { title: string | null; byline: string | null; publishedTime: string | null };
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** F1 of the multisets of word 4-grams (1 when both are empty). */
export function fourGramF1(got: string, want: string): number {
  const grams = (text: string): Map<string, number> => {
    const w = words(text);
    const counts = new Map<string, number>();
    for (let i = 0; i + 4 <= w.length; i++) {
      const g = w.slice(i, i + 4).join(' ');
      counts.set(g, (counts.get(g) ?? 0) + 1);
    }
    return counts;
  };
  const a = grams(got);
  const b = grams(want);
  let overlap = 0;
  let sizeA = 0;
  let sizeB = 0;
  for (const n of a.values()) sizeA += n;
  for (const n of b.values()) sizeB += n;
  for (const [g, n] of a) overlap += Math.min(n, b.get(g) ?? 0);
  if (sizeA === 0 && sizeB === 0) return 1;
  if (overlap === 0) return 0;
  const precision = overlap / sizeA;
  const recall = overlap / sizeB;
  return (2 * precision * recall) / (precision + recall);
}

function loadCases(): Case[] {
  return readdirSync(corpusDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = `${corpusDir}${d.name}/`;
      const expected = parseHTML(
        `<html><body>${readFileSync(`${dir}expected.html`, 'utf8')}</body></html>`,
      );
      return {
        name: d.name,
        source: readFileSync(`${dir}source.html`, 'utf8'),
        expectedText: expected.document.body.textContent,
        meta: JSON.parse(readFileSync(`${dir}expected-metadata.json`, 'utf8')) as Case['meta'],
      };
    });
}

function naiveTagStrip(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

/** Extraction quality and speed on the Readability test pages; undefined when the corpus is absent. */
export function benchExtraction(): Record<string, number> | undefined {
  if (!existsSync(corpusDir)) return undefined;
  const cases = loadCases();
  let f1 = 0;
  let naiveF1 = 0;
  let title = 0;
  let byline = 0;
  let published = 0;
  let failures = 0;
  // One untimed pass over 20 pages first, so the figure is steady-state throughput, not JIT warm-up.
  for (const c of cases.slice(0, 20)) extractText(c.source, 'html', parseHtmlWithLinkedom);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const results = cases.map((c) => extractText(c.source, 'html', parseHtmlWithLinkedom));
  const extractMs = performance.now() - started;
  // CPU time as well as wall time: on a shared machine the wall clock also counts waiting for a core.
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const naiveStart = performance.now();
  const naive = cases.map((c) => naiveTagStrip(c.source));
  const naiveMs = performance.now() - naiveStart;
  cases.forEach((c, i) => {
    const outcome = results[i];
    naiveF1 += fourGramF1(naive[i] ?? '', c.expectedText);
    if (outcome?.kind !== 'ok') {
      failures++;
      return;
    }
    const a = outcome.article;
    f1 += fourGramF1(a.text, c.expectedText);
    if (a.title === (c.meta.title ?? '')) title++;
    if (a.byline === (c.meta.byline ?? '')) byline++;
    if (a.publishedAt === (c.meta.publishedTime ?? '')) published++;
  });
  const n = cases.length;
  return {
    cases: n,
    failures,
    meanF1: f1 / n,
    naiveMeanF1: naiveF1 / n,
    titleExact: title / n,
    bylineExact: byline / n,
    publishedExact: published / n,
    pagesPerSecond: n / (extractMs / 1000),
    pagesPerCpuSecond: n / cpuSeconds,
    naivePagesPerSecond: n / (naiveMs / 1000),
  };
}
